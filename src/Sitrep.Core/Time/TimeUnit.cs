namespace Sitrep.Core.Time;

/// Calendar units a duration, an "ago" phrase or a relative phrase ("last week") counts in.
internal enum TimeUnit { Second, Minute, Hour, Day, Week, Fortnight, Weekend, Month, Quarter, Year, Decade, Century }
