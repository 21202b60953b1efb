namespace Sitrep.Core.Store;

/// The area a tally groups by.
public enum TallyArea { Country, Admin1 }

/// The period a tally groups by: ISO weeks (starting Monday) or calendar months.
public enum TallyPeriod { Week, Month }

/// What to tally: area and period, optionally limited to dates and a country (ISO2).
/// Historical events count in the period of their own date.
public sealed record TallyQuery(
    TallyArea Area = TallyArea.Country,
    TallyPeriod Period = TallyPeriod.Month,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Country = null);
