namespace Sitrep.Core.Time;

/// What the grammar read, before resolution: TIMEX3-style fields, each null when the text left it open.
/// The resolver turns it into a value and an interval using the publication date or the narrative.
internal sealed record TimeExpression(ExpressionKind Kind)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    /// Year relative to publication: "September 28 last year" -> -1.
    public int? YearShift { get; init; }
    public int? EndYear { get; init; }
    public int? EndMonth { get; init; }
    public int? EndDay { get; init; }
    /// ISO weekday, Monday = 1.
    public int Weekday { get; init; }
    /// Set by "last"/"next"/"this"; null lets the tense of the clause decide.
    public Direction? Direction { get; init; }
    public TimeUnit Unit { get; init; }
    /// Units to move (Relative, Anchored, DayOffset) or count (Ago, Duration); null = vague ("several days").
    public int? Amount { get; init; }
    /// The TIMEX3 time part after "T": a part-of-day code (MO, AF, EV, NI, ...) or a clock time ("22:30", "20").
    public string? PartOfDay { get; init; }
    /// Fixed value: the reference or set value, the season code, "H" or "Q" for halves and quarters.
    public string? Code { get; init; }
    /// Which half or quarter; the decade or century digits.
    public int Part { get; init; }
    /// "two days later": with nothing to anchor on, read as the duration P2D rather than an unknown date.
    public bool DurationWhenUnanchored { get; init; }
    /// The year was said outright (not "since 2001"): later yearless dates in the paragraph take it.
    public bool SetsYear { get; init; }
    /// "(03/02)": both numbers could be the month. Read day-month first; the resolver takes month-day instead when
    /// that puts the date nearer before publication.
    public bool DayMonthSwappable { get; init; }
    /// "today (27/03)", "on Thursday (29/01)": the date restates a day counted from publication, so it takes the year
    /// nearest publication, not one the narrative told.
    public bool FromPublication { get; init; }
    /// "today (16/02)", "yesterday (15/02)": the day offset the bracketed date restates, which tells the text's own
    /// "today" (16/02) for its other deictic words ("this evening"); null for a weekday or no restatement.
    public int? RestatedDayOffset { get; init; }
    /// "5 1/2 hours", "two and a half years", "a minute and a half": half a unit more than Amount.
    public bool AndAHalf { get; init; }
    /// "the latest period": the quarter a report named, and no timex at all in a text that named none.
    public bool ReportedQuarterOnly { get; init; }
    /// "the 1988 quarter", "the 1988 third quarter": a period named to compare with, not the one the report is about.
    public bool Comparison { get; init; }
}
