using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// A temporal expression with its TIMEX3 type and value and, when it names a calendar interval we could
/// resolve, the first and last day of that interval (inclusive) and its granularity.
/// Anchor: null when resolved against the publication date (or absolute), else the index of the
/// mention it was resolved against. ClockOnly marks a clock time or part of day that names no day ("at 9:30 pm"),
/// put on the publication day as TimeML does: it says when in a day, not which day. IsDateline marks the date of a
/// dateline that opens the text ("Pabna, Jan 14 (UNB) -"): the day the report was filed, not the day of what it tells.
public sealed record TimeMention(
    TextSpan Span,
    string Text,
    TimexType Type,
    string Value,
    DateOnly? Start,
    DateOnly? End,
    TimeGranularity Granularity,
    int? Anchor,
    bool ClockOnly = false,
    bool IsDateline = false);
