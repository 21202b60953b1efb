namespace Sitrep.Core.Store;

/// Events, fatalities (sum of best figures) and injuries in one area over one period starting PeriodStart.
/// Admin1 is null when tallying by country (or when the events' admin1 is unknown).
public sealed record Tally(string Country, string? Admin1, DateOnly PeriodStart, int Events, int Fatalities, int Injuries);
