namespace Sitrep.Web.Api;

/// A period whose figure rose above the area's own history, with a sentence saying so.
public sealed record AlertView(
    string CountryCode,
    string Country,
    string? Admin1,
    DateOnly PeriodStart,
    string Metric,
    int Value,
    string Reason,
    double Threshold,
    int EarlierPeriods,
    string Message);
