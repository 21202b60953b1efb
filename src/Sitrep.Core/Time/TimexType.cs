namespace Sitrep.Core.Time;

/// TimeML TIMEX3 types.
public enum TimexType { Date, Time, Duration, Set }
