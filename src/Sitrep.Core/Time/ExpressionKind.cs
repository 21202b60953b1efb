namespace Sitrep.Core.Time;

/// The shapes of temporal expression the grammar recognises; each resolves in its own way.
internal enum ExpressionKind
{
    /// Calendar fields, any of which may be missing: "3 January", "October 2015", "in July", "2001".
    Date,
    /// Two calendar days: "between 1 and 3 May".
    DayRange,
    /// "Monday", "last Friday".
    Weekday,
    /// "yesterday", "tonight", "last night": a day counted from publication.
    DayOffset,
    /// "overnight": the night before publication.
    Overnight,
    /// A unit counted from publication: "last week", "this month", "next year", "last weekend".
    Relative,
    /// A unit counted from the previous mention: "the following day", "that night".
    Anchored,
    /// "three weeks ago".
    Ago,
    /// A half, quarter or season of a year: "the first half of 2016", "last summer".
    PartOfYear,
    Decade,
    Century,
    /// "two days", "the past two days" (P2D).
    Duration,
    /// PAST_REF, PRESENT_REF, FUTURE_REF.
    Reference,
    /// "every day", "on Mondays".
    Set,
    /// "10:30", "10 pm": a clock time on the day in context.
    Clock,
    /// A named day ("Christmas", "Thanksgiving"): its rule in Code, resolved to the occurrence nearest in the
    /// direction of the clause.
    Holiday,
}
