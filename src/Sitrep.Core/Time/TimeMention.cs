using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// A temporal expression with its TIMEX3 type and value and, when it names a calendar interval we could
/// resolve, the first and last day of that interval (inclusive) and its granularity.
/// Anchor: null when resolved against the publication date (or absolute), else the index of the
/// mention it was resolved against.
public sealed record TimeMention(
    TextSpan Span,
    string Text,
    TimexType Type,
    string Value,
    DateOnly? Start,
    DateOnly? End,
    TimeGranularity Granularity,
    int? Anchor);
