namespace Sitrep.Core.Store;

/// Which tally rose.
public enum AlertMetric { Fatalities, Events }

/// Why it is an alert: above every earlier period of the area, or above mean + 3 sd of the previous 12 periods.
public enum AlertReason { AboveAllEarlier, AboveMeanPlus3Sd }

/// A period whose figure rises above the area's own history (at least 3 earlier periods, empty periods counting
/// as zero). Threshold: the earlier maximum, or mean + 3 sd; EarlierPeriods: how much history was compared.
public sealed record Alert(
    string Country,
    string? Admin1,
    DateOnly PeriodStart,
    AlertMetric Metric,
    int Value,
    AlertReason Reason,
    double Threshold,
    int EarlierPeriods);
