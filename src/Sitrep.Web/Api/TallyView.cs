namespace Sitrep.Web.Api;

/// Events, fatalities and injuries in one area over the period starting PeriodStart.
public sealed record TallyView(string CountryCode, string Country, string? Admin1, DateOnly PeriodStart, int Events, int Fatalities, int Injuries);
