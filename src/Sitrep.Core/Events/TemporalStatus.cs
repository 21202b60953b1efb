namespace Sitrep.Core.Events;

/// Current: the news the report brings. Historical: a past event told as background, with its own date.
public enum TemporalStatus { Current, Historical }
