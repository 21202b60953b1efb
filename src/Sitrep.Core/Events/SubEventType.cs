namespace Sitrep.Core.Events;

/// One row of the ACLED taxonomy: a sub-event type, its event type, and the label older ACLED files use.
public sealed record SubEventType(string Name, string EventType, string Acled2015Label);
