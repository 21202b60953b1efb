namespace Sitrep.Core.Events;

/// An event is one incident; a statistic is a tally over a period ("1,601 civilian deaths in the first half of 2016").
public enum RecordKind { Event, Statistic }
