using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// Gives each parsed expression its TIMEX3 value and calendar interval. Relative expressions are anchored on
/// the publication date, preferring the past; a yearless date takes the year an earlier mention in the same
/// paragraph set ("On September 28 last year, ... on October 15" -> 2015-10-15), and "the following day"
/// counts from the previous dated mention. Without a publication date, relative expressions stay
/// underspecified ("XXXX-10-03") rather than guessed.
internal sealed class TimeResolver
{
    /// dateline: the day a dateline opening the text gives and its parse, when it is to be the text's today.
    public ImmutableArray<TimeMention> Resolve(string text, List<TimeToken> tokens, List<ParsedExpression> parsed, DateOnly? published,
        (DateOnly Day, int Parse)? dateline)
    {
        var mentions = ImmutableArray.CreateBuilder<TimeMention>(parsed.Count);
        var narrative = new Narrative(TextToday(parsed, published) ?? dateline);
        var ahead = YearsAhead(tokens, parsed);
        var mentionOfParse = new int[parsed.Count];
        var forward = false;
        for (var k = 0; k < parsed.Count; k++)
        {
            var p = parsed[k];
            mentionOfParse[k] = -1;
            narrative.Ahead = ahead[k];
            var index = mentions.Count;
            if (Resolve(p, published, narrative) is not { } r) continue;
            var span = new TextSpan(tokens[p.First].Start, tokens[p.Last].End);
            var mention = new TimeMention(span, span.Of(text), r.Type, r.Value, r.Start, r.End, r.Granularity, r.Anchor, r.ClockOnly);
            forward |= r.Anchor < 0;
            mentionOfParse[k] = index;
            mentions.Add(mention);
            narrative.Record(index, p, mention, r.SetYear);
        }
        if (forward)
        {
            // Anchors on later mentions were written as -(parse index + 1); now the mention indices are known.
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Anchor is < 0 and var code)
                    mentions[m] = mentions[m] with { Anchor = mentionOfParse[-code - 1] is >= 0 and var target ? target : null };
            }
        }
        return mentions.ToImmutable();
    }

    /// The text's own "today" when it restates one with a date that is not the publication day ("killed today (16/02)"
    /// in a report filed on the 17th): its other "today", "this evening", "yesterday" count from that day. The
    /// first restatement wins; null when there is none.
    static (DateOnly Day, int Parse)? TextToday(List<ParsedExpression> parsed, DateOnly? published)
    {
        if (published is null) return null;
        for (var k = 0; k < parsed.Count; k++)
        {
            var p = parsed[k];
            if (p.Expression is not { Kind: ExpressionKind.Date, RestatedDayOffset: { } offset } e) continue;
            // A restated date takes no year from the narrative, so an empty one resolves it.
            if (ResolveDate(e, p, p.Tense == Tense.Future ? Direction.Future : Direction.Past, published, new Narrative()) is not { Start: { } day }) continue;
            var today = day.AddDays(-offset);
            return today == published ? null : (today, k);
        }
        return null;
    }

    /// For each expression, the year said outright by a later date of the same list, if any:
    /// "On 3 January and 5 January 2015" puts both in 2015. Only a date a few joining words on continues the list:
    /// past other words it is another date of the sentence ("to redeem on Nov. 16 its notes due March 1, 2011").
    static (int Year, int Parse)?[] YearsAhead(List<TimeToken> tokens, List<ParsedExpression> parsed)
    {
        var ahead = new (int Year, int Parse)?[parsed.Count];
        (int Year, int Parse)? next = null;
        for (var k = parsed.Count - 1; k >= 0; k--)
        {
            if (k + 1 < parsed.Count && (parsed[k + 1].Sentence != parsed[k].Sentence || !JoinsList(tokens, parsed[k].Last, parsed[k + 1].First))) next = null;
            ahead[k] = next;
            var e = parsed[k].Expression;
            if (e is { Kind: ExpressionKind.Date or ExpressionKind.DayRange, SetsYear: true, Year: { } year, Month: not null }) next = (year, k);
            else if (e is { Kind: ExpressionKind.DayRange, SetsYear: true, EndYear: { } endYear }) next = (endYear, k);
        }
        return ahead;
    }

    /// Whether the tokens between two dates, at most ListGapTokens of them, are punctuation and list joiners.
    static bool JoinsList(List<TimeToken> tokens, int last, int next)
    {
        if (next - last - 1 > ListGapTokens) return false;
        for (var j = last + 1; j < next; j++)
        {
            if (tokens[j].Kind != TokenKind.Punctuation && tokens[j].Lex is not { ListJoiner: true }) return false;
        }
        return true;
    }

    /// Tokens that may stand between two dates of one list: "3 January, and on 5 January 2015".
    const int ListGapTokens = 4;

    /// What the earlier mentions of this text established; lives for one Resolve call.
    sealed class Narrative
    {
        (int Paragraph, int Sentence, bool SentenceOnly, int Year, int Index)? _year;

        public (int Index, DateOnly Day, int Sentence)? LastDay { get; private set; }
        /// The text's own "today" (see TextToday) and the parse that told it.
        public (DateOnly Day, int Parse)? Today { get; private set; }

        public Narrative() { }

        public Narrative((DateOnly Day, int Parse)? today) => Today = today;

        /// A copy that resolves against the text's today as if it were the publication date.
        public Narrative WithoutToday()
        {
            var copy = (Narrative)MemberwiseClone();
            copy.Today = null;
            return copy;
        }

        /// The year a later date of the current expression's sentence states, and that date's parse index.
        public (int Year, int Parse)? Ahead { get; set; }
        public (int Index, DateOnly Start)? LastDated { get; private set; }
        /// The last quarter named ("the third quarter", "1989-Q3"): in a report on a quarter's results, "a year ago"
        /// and "a year earlier" mean that quarter of the year before.
        public (int Index, DateOnly Start)? LastQuarter { get; private set; }
        /// A period of months ("the nine months") was named after the quarter: "a year earlier" now compares whole
        /// years, the year before the quarter's.
        public bool MonthsReported { get; private set; }

        /// The narrative year for a date at this place: a month or day with its year ("1 January 2015",
        /// "September 28 last year") holds for the rest of its paragraph; a bare year ("in 2015", "last year")
        /// only for the rest of its sentence, as it is often background ("founded in 2001. In July, ...").
        public (int Year, int Index)? YearAt(ParsedExpression p) =>
            _year is { } y && y.Paragraph == p.Paragraph && (y.SentenceOnly ? y.Sentence == p.Sentence : p.Sentence - y.Sentence <= NarrativeSentences)
                ? (y.Year, y.Index) : null;

        /// How many sentences after it a dated sentence still sets the year. A news paragraph is one to three
        /// sentences; some wires send a whole story as one block, where a year told early ("joined in May 1980")
        /// must not date a bare month told much later ("retired in December").
        const int NarrativeSentences = 2;

        public void Record(int index, ParsedExpression p, TimeMention m, int? setYear)
        {
            if (setYear is { } year) _year = (p.Paragraph, p.Sentence, m.Granularity >= TimeGranularity.Year, year, index);
            // "For the nine months, net rose ... from a year earlier": a period of months is now what the report
            // compares, so "a year earlier" is the year before, no longer a quarter.
            if (p.Expression is { Kind: ExpressionKind.Duration, Unit: TimeUnit.Month } && LastQuarter is not null) MonthsReported = true;
            if (m.Start is not { } start) return;
            LastDated = (index, start);
            // Only a quarter named outright: "the year-ago quarter" and "the 1988 quarter" are comparisons, not the
            // report's subject.
            if (m.Granularity == TimeGranularity.Quarter && p.Expression is { Kind: ExpressionKind.PartOfYear or ExpressionKind.Relative, Comparison: false })
                (LastQuarter, MonthsReported) = ((index, start), false);
            // (A clock time that names no day -- "from 6am to 6pm" -- sets none: "6pm" is on no day "6am" told.)
            if (m.Granularity == TimeGranularity.Day && m.Type is TimexType.Date or TimexType.Time && !m.ClockOnly) LastDay = (index, start, p.Sentence);
        }
    }

    readonly record struct Resolution(
        TimexType Type, string Value, DateOnly? Start, DateOnly? End, TimeGranularity Granularity, int? Anchor, int? SetYear = null)
    {
        public bool ClockOnly { get; init; }
    }

    static Resolution? Resolve(ParsedExpression p, DateOnly? published, Narrative narrative)
    {
        var e = p.Expression;
        // Words counted from "now" ("yesterday", "on Monday", "last week", "two days ago") count from the text's own
        // today when it told one ("today (16/02)", a dateline), else from publication.
        if (narrative.Today is { } told && e.Kind is ExpressionKind.Weekday or ExpressionKind.DayOffset or ExpressionKind.Overnight
            or ExpressionKind.Relative or ExpressionKind.Ago && Resolve(p, told.Day, narrative.WithoutToday()) is { } fromToday)
        {
            return fromToday with { Anchor = fromToday.Anchor ?? -(told.Parse + 1) };
        }
        var direction = e.Direction ?? (p.Tense == Tense.Future ? Direction.Future : Direction.Past);
        return e.Kind switch
        {
            ExpressionKind.Date => ResolveDate(e, p, direction, published, narrative),
            ExpressionKind.DayRange => ResolveRange(e, p, direction, published, narrative),
            ExpressionKind.Weekday => ResolveWeekday(e, direction, published),
            ExpressionKind.DayOffset => published is { } pub
                ? Day(pub.AddDays(e.Amount ?? 0), e.PartOfDay, null)
                : Unresolved(e.PartOfDay is null ? TimexType.Date : TimexType.Time, "XXXX-XX-XX" + PartOfDaySuffix(e.PartOfDay), TimeGranularity.Day),
            // "overnight": the night that ended on the publication morning.
            ExpressionKind.Overnight => published is { } night
                ? new Resolution(TimexType.Time, Iso(night.AddDays(-1)) + "TNI", night.AddDays(-1), night, TimeGranularity.DayRange, null)
                : Unresolved(TimexType.Time, "XXXX-XX-XXTNI", TimeGranularity.DayRange),
            ExpressionKind.Relative => ResolveRelative(e, direction, published),
            ExpressionKind.Anchored => ResolveAnchored(e, narrative),
            ExpressionKind.Ago => ResolveAgo(e, published, narrative),
            // A quarter without "next"/"last" is this year's or last, even in a future clause ("will report
            // third-quarter results" in October): quarters are named once they are over.
            ExpressionKind.PartOfYear => ResolvePartOfYear(e, p, e is { Code: "Q", Direction: null } ? Direction.Past : direction, published, narrative),
            ExpressionKind.Decade => new Resolution(TimexType.Date, e.Part.ToString(CultureInfo.InvariantCulture),
                new DateOnly(e.Part * 10, 1, 1), new DateOnly((e.Part * 10) + 9, 12, 31), TimeGranularity.Decade, null),
            ExpressionKind.Century => new Resolution(TimexType.Date, e.Part.ToString("D2", CultureInfo.InvariantCulture),
                new DateOnly(Math.Max(1, e.Part * 100), 1, 1), new DateOnly((e.Part * 100) + 99, 12, 31), TimeGranularity.Century, null),
            ExpressionKind.Duration => new Resolution(TimexType.Duration, e.AndAHalf ? HalfDurationValue(e.Unit, e.Amount ?? 0) : DurationValue(e.Unit, e.Amount),
                null, null, GranularityOf(e.Unit), null),
            // "recent weeks" is a vague duration (PXW); the others are PAST_REF, PRESENT_REF, FUTURE_REF.
            ExpressionKind.Reference => new Resolution(e.Code![0] == 'P' && e.Code != "PAST_REF" && e.Code != "PRESENT_REF" ? TimexType.Duration : TimexType.Date,
                e.Code, null, null, TimeGranularity.Day, null),
            ExpressionKind.Set => new Resolution(TimexType.Set, e.Code ?? DurationValue(e.Unit, e.Amount), null, null, GranularityOf(e.Unit), null),
            ExpressionKind.Clock => ResolveClock(e, p, published, narrative),
            ExpressionKind.Holiday => ResolveHoliday(e, p, direction, published, narrative),
            _ => null,
        };
    }

    // ---- dates ----

    static Resolution? ResolveDate(TimeExpression e, ParsedExpression p, Direction direction, DateOnly? published, Narrative narrative)
    {
        // "(03/02)": of the two readings, the one on or before publication and nearest to it -- a report names days
        // just past -- else the nearer one.
        if (e.DayMonthSwappable && published is { } pub)
        {
            var dayMonth = ResolveDate(e with { DayMonthSwappable = false }, p, direction, published, narrative);
            var monthDay = ResolveDate(e with { DayMonthSwappable = false, Day = e.Month, Month = e.Day }, p, direction, published, narrative);
            if (dayMonth?.Start is not { } first) return monthDay;
            if (monthDay?.Start is not { } second) return dayMonth;
            static (bool After, int Distance) Rank(DateOnly d, DateOnly pub) => (d > pub, Math.Abs(d.DayNumber - pub.DayNumber));
            return Rank(second, pub).CompareTo(Rank(first, pub)) < 0 ? monthDay : dayMonth;
        }
        var (year, anchor) = YearOf(e, e.Month, e.Day, p, direction, published, narrative);
        var type = e.PartOfDay is null ? TimexType.Date : TimexType.Time;
        if (e.Month is not { } month)
        {
            if (year is not { } y) return null;
            return new Resolution(type, Year4(y), new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), TimeGranularity.Year, anchor, e.SetsYear ? y : null);
        }
        if (e.Day is not { } day)
        {
            if (year is not { } y)
                return Unresolved(type, $"XXXX-{Two(month)}", TimeGranularity.Month);
            return new Resolution(type, $"{Year4(y)}-{Two(month)}", new DateOnly(y, month, 1), new DateOnly(y, month, DateTime.DaysInMonth(y, month)),
                TimeGranularity.Month, anchor, e.SetsYear ? y : null);
        }
        // "31 September" or "29 February 2015" is no date at all.
        if (day > DateTime.DaysInMonth(year ?? 2000, month)) return null;
        if (year is not { } known)
            return Unresolved(type, $"XXXX-{Two(month)}-{Two(day)}{PartOfDaySuffix(e.PartOfDay)}", TimeGranularity.Day);
        return Day(new DateOnly(known, month, day), e.PartOfDay, anchor) with { SetYear = e.SetsYear ? known : null };
    }

    /// The year of a date: said outright, shifted from publication ("last year"), taken from the narrative
    /// of the paragraph, or the one that puts the date on the right side of the publication date.
    static (int? Year, int? Anchor) YearOf(TimeExpression e, int? month, int? day, ParsedExpression p, Direction direction,
        DateOnly? published, Narrative narrative)
    {
        if (e.Year is { } y) return (y, null);
        if (e.YearShift is { } shift) return (published is { } pub ? pub.Year + shift : null, null);
        if (month is not { } m) return (null, null);
        // A future clause does not take an earlier narrative year: "joined in July 1997, it will join on March 12".
        // Nor does a date that restates "today" or "on Thursday" ("booked over the 2010 unrest, protested today (27/03)").
        var narrated = e.Direction is null && !(e.FromPublication && published is not null);
        if (narrated && narrative.YearAt(p) is { } told && !(p.Tense == Tense.Future && published is { } pub0 && told.Year < pub0.Year))
            return (told.Year, told.Index);
        // Anchored on a mention not yet resolved: marked -(parse index + 1) and patched once it is.
        if (narrated && narrative.Ahead is { } later) return (later.Year, -(later.Parse + 1));
        if (published is not { } reference) return (null, null);
        var compare = day is { } d ? (m, d).CompareTo((reference.Month, reference.Day)) : m.CompareTo(reference.Month);
        var year = direction switch
        {
            Direction.Past => compare <= 0 ? reference.Year : reference.Year - 1,
            Direction.StrictPast => compare < 0 ? reference.Year : reference.Year - 1,
            Direction.Future => compare >= 0 ? reference.Year : reference.Year + 1,
            Direction.StrictFuture => compare > 0 ? reference.Year : reference.Year + 1,
            _ => reference.Year,
        };
        // With no tense to go by, a yearless date a little after publication is an announced one ("payable Dec. 15"
        // in a November paper): news names a date months back with its year more often than one weeks ahead without.
        if (e.Direction is null && p.Tense == Tense.None && direction == Direction.Past
            && NextOccurrence(reference, m, day) is { } next && next.DayNumber - reference.DayNumber <= FutureWindowDays)
        {
            year = next.Year;
        }
        // "Saturday, April 25": the weekday says which year, if one nearby fits.
        if (e.Weekday > 0 && day is { } dd && dd <= DateTime.DaysInMonth(year, m) && IsoDay(new DateOnly(year, m, dd)) != e.Weekday)
        {
            foreach (var candidate in new[] { year + 1, year - 1 })
            {
                if (dd <= DateTime.DaysInMonth(candidate, m) && IsoDay(new DateOnly(candidate, m, dd)) == e.Weekday) return (candidate, null);
            }
        }
        // 29 February: step to the nearest leap year in the chosen direction.
        if (day == 29 && m == 2)
        {
            var step = direction is Direction.Future or Direction.StrictFuture ? 1 : -1;
            while (!DateTime.IsLeapYear(year)) year += step;
        }
        return (year, null);
    }

    /// How far ahead of publication a yearless date may be read as the coming one when the clause has no tense.
    const int FutureWindowDays = 90;

    /// The first month/day after reference (the middle of the month when day is null), this year or next.
    static DateOnly? NextOccurrence(DateOnly reference, int month, int? day)
    {
        foreach (var year in new[] { reference.Year, reference.Year + 1 })
        {
            var d = day ?? 15;
            if (d > DateTime.DaysInMonth(year, month)) continue;
            var target = new DateOnly(year, month, d);
            if (target > reference) return target;
        }
        return null;
    }

    static Resolution? ResolveRange(TimeExpression e, ParsedExpression p, Direction direction, DateOnly? published, Narrative narrative)
    {
        var endMonth = e.EndMonth!.Value;
        var endDay = e.EndDay!.Value;
        var endExpression = e with { Year = e.EndYear, Day = endDay, Month = endMonth };
        var (endYear, anchor) = YearOf(endExpression, endMonth, endDay, p, direction, published, narrative);
        var startMonth = e.Month ?? endMonth;
        var startDay = e.Day!.Value;
        // "protests from 18-21 October" in a paper of 19 October: a range under way is this year's, though it ends
        // after publication.
        if (anchor is null && e.Year is null && e.EndYear is null && direction == Direction.Past && published is { } pub && endYear == pub.Year - 1
            && startDay <= DateTime.DaysInMonth(pub.Year, startMonth) && endDay <= DateTime.DaysInMonth(pub.Year, endMonth)
            && new DateOnly(pub.Year, startMonth, startDay) <= pub && pub < new DateOnly(pub.Year, endMonth, endDay))
        {
            endYear = pub.Year;
        }
        if (endDay > DateTime.DaysInMonth(endYear ?? 2000, endMonth) || startDay > DateTime.DaysInMonth(e.Year ?? endYear ?? 2000, startMonth)) return null;
        if (endYear is not { } ey)
            return Unresolved(TimexType.Date, $"XXXX-{Two(startMonth)}-{Two(startDay)}/XXXX-{Two(endMonth)}-{Two(endDay)}", TimeGranularity.DayRange);
        var sy = e.Year ?? ey;
        var start = new DateOnly(sy, startMonth, startDay);
        var end = new DateOnly(ey, endMonth, endDay);
        // "28 December to 2 January 2016": the start is in the year before.
        if (e.Year is null && start > end) start = start.AddYears(-1);
        if (start > end) return null;
        return new Resolution(TimexType.Date, $"{Iso(start)}/{Iso(end)}", start, end, TimeGranularity.DayRange, anchor, e.SetsYear ? ey : null);
    }

    static Resolution ResolveWeekday(TimeExpression e, Direction direction, DateOnly? published)
    {
        if (published is not { } pub)
            return Unresolved(e.PartOfDay is null ? TimexType.Date : TimexType.Time,
                $"XXXX-WXX-{e.Weekday}{PartOfDaySuffix(e.PartOfDay)}", TimeGranularity.Day);
        var today = IsoDay(pub);
        var back = (today - e.Weekday + 7) % 7;
        var forward = (e.Weekday - today + 7) % 7;
        var offset = direction switch
        {
            Direction.Past => -back,
            Direction.StrictPast => back == 0 ? -7 : -back,
            // "will meet on Monday" in Monday's paper: the coming Monday, as the publication day would be "today".
            Direction.Future => forward == 0 ? 7 : forward,
            Direction.StrictFuture => forward == 0 ? 7 : forward,
            _ => e.Weekday - today, // "this Monday": the day of the publication week
        };
        return Day(pub.AddDays(offset), e.PartOfDay, null);
    }

    // ---- units counted from publication or from the narrative ----

    static Resolution ResolveRelative(TimeExpression e, Direction direction, DateOnly? published)
    {
        if (published is not { } pub) return Unresolved(TimexType.Date, UnknownValue(e.Unit), GranularityOf(e.Unit));
        if (e.Unit == TimeUnit.Weekend && e.Amount is null)
        {
            // "the weekend": the one under way or just past; with a future verb, the one ahead.
            var weeks = IsoDay(pub) >= 6 || direction is Direction.Future or Direction.StrictFuture ? 0 : -1;
            return Weekend(pub.AddDays(7 * weeks), null);
        }
        return Period(pub, e.Unit, e.Amount ?? 0, null) with { SetYear = e.SetsYear ? pub.Year + (e.Amount ?? 0) : null };
    }

    static Resolution ResolveAnchored(TimeExpression e, Narrative narrative)
    {
        var type = e.PartOfDay is null ? TimexType.Date : TimexType.Time;
        var unanchored = e.Unit == TimeUnit.Day ? narrative.LastDay is null : narrative.LastDated is null;
        if (unanchored && e.DurationWhenUnanchored)
            return new Resolution(TimexType.Duration, DurationValue(e.Unit, Math.Abs(e.Amount ?? 0)), null, null, GranularityOf(e.Unit), null);
        if (e.Unit == TimeUnit.Day)
        {
            if (narrative.LastDay is not { } last)
                return Unresolved(type, "XXXX-XX-XX" + PartOfDaySuffix(e.PartOfDay), TimeGranularity.Day);
            return Day(last.Day.AddDays(e.Amount ?? 0), e.PartOfDay, last.Index);
        }
        // Only looking back is a comparison with the quarter a year before: "over the next year" is the year ahead.
        if (e.Unit == TimeUnit.Year && e.Amount < 0 && narrative.LastQuarter is { } quarter)
            return Period(quarter.Start.AddYears(e.Amount.Value), narrative.MonthsReported ? TimeUnit.Year : TimeUnit.Quarter, 0, quarter.Index);
        if (narrative.LastDated is not { } dated) return Unresolved(type, UnknownValue(e.Unit), GranularityOf(e.Unit));
        return Period(dated.Start, e.Unit, e.Amount ?? 0, dated.Index);
    }

    /// The calendar unit containing reference, moved by shift units: a week, weekend, month, quarter, year...
    static Resolution Period(DateOnly reference, TimeUnit unit, int shift, int? anchor)
    {
        switch (unit)
        {
            case TimeUnit.Week:
            case TimeUnit.Fortnight:
            {
                var day = reference.AddDays(7 * shift);
                var monday = day.AddDays(1 - IsoDay(day));
                var dt = day.ToDateTime(TimeOnly.MinValue);
                var value = $"{Year4(ISOWeek.GetYear(dt))}-W{Two(ISOWeek.GetWeekOfYear(dt))}";
                return new Resolution(TimexType.Date, value, monday, monday.AddDays(6), TimeGranularity.Week, anchor);
            }
            case TimeUnit.Weekend:
                return Weekend(reference.AddDays(7 * shift), anchor);
            case TimeUnit.Month:
            {
                var first = new DateOnly(reference.Year, reference.Month, 1).AddMonths(shift);
                return new Resolution(TimexType.Date, $"{Year4(first.Year)}-{Two(first.Month)}", first, first.AddMonths(1).AddDays(-1), TimeGranularity.Month, anchor);
            }
            case TimeUnit.Quarter:
            {
                var first = new DateOnly(reference.Year, (((reference.Month - 1) / 3) * 3) + 1, 1).AddMonths(3 * shift);
                return new Resolution(TimexType.Date, $"{Year4(first.Year)}-Q{((first.Month - 1) / 3) + 1}", first, first.AddMonths(3).AddDays(-1), TimeGranularity.Quarter, anchor);
            }
            case TimeUnit.Year:
            {
                var year = reference.Year + shift;
                return new Resolution(TimexType.Date, Year4(year), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimeGranularity.Year, anchor);
            }
            case TimeUnit.Decade:
            {
                var decade = (reference.Year / 10) + shift;
                return new Resolution(TimexType.Date, decade.ToString(CultureInfo.InvariantCulture), new DateOnly(decade * 10, 1, 1),
                    new DateOnly((decade * 10) + 9, 12, 31), TimeGranularity.Decade, anchor);
            }
            case TimeUnit.Century:
            {
                var century = (reference.Year / 100) + shift;
                return new Resolution(TimexType.Date, century.ToString("D2", CultureInfo.InvariantCulture), new DateOnly(Math.Max(1, century * 100), 1, 1),
                    new DateOnly((century * 100) + 99, 12, 31), TimeGranularity.Century, anchor);
            }
            default:
                return Day(reference.AddDays(shift), null, anchor);
        }
    }

    static Resolution Weekend(DateOnly inWeek, int? anchor)
    {
        var saturday = inWeek.AddDays(6 - IsoDay(inWeek));
        var dt = saturday.ToDateTime(TimeOnly.MinValue);
        var value = $"{Year4(ISOWeek.GetYear(dt))}-W{Two(ISOWeek.GetWeekOfYear(dt))}-WE";
        return new Resolution(TimexType.Date, value, saturday, saturday.AddDays(1), TimeGranularity.DayRange, anchor);
    }

    /// "three weeks ago": the unit that contains publication minus the amount, at the unit's granularity.
    static Resolution ResolveAgo(TimeExpression e, DateOnly? published, Narrative narrative)
    {
        var amount = e.Amount ?? 0;
        if (published is not { } pub) return Unresolved(TimexType.Date, UnknownValue(e.Unit), GranularityOf(e.Unit));
        // "up from $10 million a year ago" in a report on the third quarter: that quarter a year before.
        if (e.Unit == TimeUnit.Year && narrative.LastQuarter is { } quarter && quarter.Start <= pub)
            return Period(quarter.Start.AddYears(-amount), narrative.MonthsReported ? TimeUnit.Year : TimeUnit.Quarter, 0, quarter.Index);
        return e.Unit switch
        {
            TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => Day(pub, null, null),
            TimeUnit.Day => Day(pub.AddDays(-amount), null, null),
            TimeUnit.Fortnight => Period(pub.AddDays(-14 * amount), TimeUnit.Week, 0, null),
            TimeUnit.Week or TimeUnit.Weekend => Period(pub.AddDays(-7 * amount), e.Unit, 0, null),
            TimeUnit.Month => Period(pub.AddMonths(-amount), TimeUnit.Month, 0, null),
            TimeUnit.Quarter => Period(pub.AddMonths(-3 * amount), TimeUnit.Quarter, 0, null),
            TimeUnit.Year => Period(pub, TimeUnit.Year, -amount, null),
            TimeUnit.Decade => Period(pub.AddYears(-10 * amount), TimeUnit.Decade, 0, null),
            _ => Period(pub.AddYears(-100 * amount), TimeUnit.Century, 0, null),
        };
    }

    // ---- parts of a year ----

    static Resolution? ResolvePartOfYear(TimeExpression e, ParsedExpression p, Direction direction, DateOnly? published, Narrative narrative)
    {
        var code = e.Code!;
        if (e.ReportedQuarterOnly)
            return narrative.LastQuarter is { } reported ? Period(reported.Start, TimeUnit.Quarter, 0, reported.Index) : null;
        if (code == "Q" && e.Part == -1)
        {
            if (published is not { } when) return Unresolved(TimexType.Date, "XXXX-QX", TimeGranularity.Quarter);
            return Period(when, TimeUnit.Quarter, -1, null);
        }
        if (code == "Q" && e.Part == 0 && e.Year is { } ofYear)
        {
            // "the 1988 quarter", "the 1988 period": the quarter the report is about, in that year; with no quarter
            // named, or once it moved on to a period of months, the year.
            if (narrative.LastQuarter is { } reported && !narrative.MonthsReported)
                return Period(new DateOnly(ofYear, reported.Start.Month, 1), TimeUnit.Quarter, 0, reported.Index);
            return new Resolution(TimexType.Date, Year4(ofYear), new DateOnly(ofYear, 1, 1), new DateOnly(ofYear, 12, 31), TimeGranularity.Year, null);
        }
        if (code == "Q" && e.Part == 0)
        {
            // "the quarter": the one the narrative named, else the last one over before publication.
            if (narrative.LastQuarter is { } named) return Period(named.Start, TimeUnit.Quarter, 0, named.Index);
            if (published is not { } when) return Unresolved(TimexType.Date, "XXXX-QX", TimeGranularity.Quarter);
            return Period(when, TimeUnit.Quarter, -1, null);
        }
        var granularity = code switch { "H" => TimeGranularity.HalfYear, "Q" => TimeGranularity.Quarter, _ => TimeGranularity.Season };
        var suffix = code is "H" or "Q" ? code + e.Part.ToString(CultureInfo.InvariantCulture) : code;
        int? anchor = null;
        int? year = e.Year;
        if (year is null && e.YearShift is { } shift && published is { } pub) year = pub.Year + shift;
        if (year is null && e.YearShift is null && e.Direction is null && narrative.YearAt(p) is { } told) (year, anchor) = (told.Year, told.Index);
        if (year is null && e.YearShift is null && published is { } reference) year = ChooseYear(reference, y => PartInterval(code, e.Part, y), direction);
        if (year is not { } known) return Unresolved(TimexType.Date, "XXXX-" + suffix, granularity);
        var (start, end) = PartInterval(code, e.Part, known);
        return new Resolution(TimexType.Date, $"{Year4(known)}-{suffix}", start, end, granularity, anchor, e.SetsYear ? known : null);
    }

    /// The year whose interval stands in the wanted relation to the reference date ("last summer": the latest
    /// summer over before it; "this winter": the one containing it, else the one of its year).
    static int ChooseYear(DateOnly reference, Func<int, (DateOnly Start, DateOnly End)> interval, Direction direction)
    {
        var candidates = new[] { reference.Year - 2, reference.Year - 1, reference.Year, reference.Year + 1 };
        return direction switch
        {
            Direction.Past => candidates.Last(y => interval(y).Start <= reference),
            Direction.StrictPast => candidates.Last(y => interval(y).End < reference),
            Direction.Future => candidates.First(y => interval(y).End >= reference),
            Direction.StrictFuture => candidates.First(y => interval(y).Start > reference),
            _ => candidates.Where(y => interval(y).Start <= reference && reference <= interval(y).End).DefaultIfEmpty(reference.Year).First(),
        };
    }

    static (DateOnly Start, DateOnly End) PartInterval(string code, int part, int year)
    {
        (int FirstMonth, int Months) months = code switch
        {
            "H" => (((part - 1) * 6) + 1, 6),
            "Q" => (((part - 1) * 3) + 1, 3),
            "SP" => (3, 3),
            "SU" => (6, 3),
            "FA" => (9, 3),
            _ => (12, 3), // winter of a year: its December and the next January and February
        };
        var start = new DateOnly(year, months.FirstMonth, 1);
        return (start, start.AddMonths(months.Months).AddDays(-1));
    }

    // ---- named days ----

    static Resolution ResolveHoliday(TimeExpression e, ParsedExpression p, Direction direction, DateOnly? published, Narrative narrative)
    {
        var rule = e.Code!;
        int? year = e.Year;
        int? anchor = null;
        if (year is null && e.Direction is null && narrative.YearAt(p) is { } told) (year, anchor) = (told.Year, told.Index);
        if (year is null && published is { } pub)
        {
            var dates = new[] { pub.Year - 1, pub.Year, pub.Year + 1 }.Select(y => HolidayDate(rule, y)).ToArray();
            var date = direction switch
            {
                Direction.Past => dates.Last(d => d <= pub),
                Direction.StrictPast => dates.Last(d => d < pub),
                Direction.Future => dates.First(d => d >= pub),
                Direction.StrictFuture => dates.First(d => d > pub),
                _ => dates[1],
            };
            // As for dates: with no tense, a named day just ahead is the coming one.
            if (e.Direction is null && p.Tense == Tense.None && direction == Direction.Past
                && dates.First(d => d > pub) is var next && next.DayNumber - pub.DayNumber <= FutureWindowDays)
            {
                date = next;
            }
            return Day(date, null, null);
        }
        if (year is not { } known)
        {
            var fixedDay = rule.Length == 5 && rule[2] == '-';
            return Unresolved(TimexType.Date, fixedDay ? "XXXX-" + rule : "XXXX-XX-XX", TimeGranularity.Day);
        }
        return Day(HolidayDate(rule, known), null, anchor) with { SetYear = e.SetsYear ? known : null };
    }

    /// The date a holiday rule gives in a year: "12-25", "nth:11:4:4" (fourth Thursday of November), "easter+1".
    static DateOnly HolidayDate(string rule, int year)
    {
        if (rule.StartsWith("easter", StringComparison.Ordinal))
        {
            var shift = rule.Length > 6 ? int.Parse(rule.AsSpan(6), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            return EasterSunday(year).AddDays(shift);
        }
        if (rule.StartsWith("nth:", StringComparison.Ordinal))
        {
            var f = rule.Split(':');
            var (month, weekday, n) = (Int(f[1]), Int(f[2]), Int(f[3]));
            var first = new DateOnly(year, month, 1);
            return first.AddDays(((weekday - IsoDay(first) + 7) % 7) + (7 * (n - 1)));
        }
        return new DateOnly(year, Int(rule[..2]), Int(rule[3..]));

        static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
    }

    /// Western Easter Sunday (the anonymous Gregorian algorithm).
    static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // ---- clock times ----

    /// A clock time is on the day mentioned earlier in its sentence ("On Monday at 10 pm"), else on the
    /// publication day.
    static Resolution ResolveClock(TimeExpression e, ParsedExpression p, DateOnly? published, Narrative narrative)
    {
        var clock = PartOfDaySuffix(e.PartOfDay);
        if (narrative.LastDay is { } day && day.Sentence == p.Sentence)
            return new Resolution(TimexType.Time, Iso(day.Day) + clock, day.Day, day.Day, TimeGranularity.Day, day.Index);
        if (published is { } pub) return new Resolution(TimexType.Time, Iso(pub) + clock, pub, pub, TimeGranularity.Day, null) { ClockOnly = true };
        return Unresolved(TimexType.Time, "XXXX-XX-XX" + clock, TimeGranularity.Day);
    }

    // ---- formatting ----

    static Resolution Day(DateOnly day, string? partOfDay, int? anchor) =>
        new(partOfDay is null ? TimexType.Date : TimexType.Time, Iso(day) + PartOfDaySuffix(partOfDay), day, day, TimeGranularity.Day, anchor);

    static Resolution Unresolved(TimexType type, string value, TimeGranularity granularity) => new(type, value, null, null, granularity, null);

    static string PartOfDaySuffix(string? partOfDay) => partOfDay is null ? "" : "T" + partOfDay;

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Year4(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);

    /// ISO day of week, Monday = 1 ... Sunday = 7.
    static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    static string UnknownValue(TimeUnit unit) => unit switch
    {
        TimeUnit.Week or TimeUnit.Fortnight => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Year => "XXXX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Century => "XX",
        _ => "XXXX-XX-XX",
    };

    static string DurationValue(TimeUnit unit, int? amount)
    {
        var n = amount?.ToString(CultureInfo.InvariantCulture) ?? "X";
        return unit switch
        {
            TimeUnit.Second => $"PT{n}S",
            TimeUnit.Minute => $"PT{n}M",
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Fortnight => amount is { } a ? $"P{checked(a * 2)}W" : "PXW",
            TimeUnit.Weekend => $"P{n}WE",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => $"P{n}Q",
            TimeUnit.Year => $"P{n}Y",
            // Decades and centuries in years, as TimeBank writes them ("a decade" = P10Y).
            TimeUnit.Decade => amount is { } d ? $"P{checked(d * 10)}Y" : "PXDE",
            _ => amount is { } c ? $"P{checked(c * 100)}Y" : "PXCE",
        };
    }

    /// "5 1/2 hours" = PT5H30M, "2 1/2 years" = P2Y6M, "a day and a half" = P1DT12H, "a minute and a half" = PT1M30S.
    static string HalfDurationValue(TimeUnit unit, int amount)
    {
        var n = amount.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Year => $"P{n}Y6M",
            TimeUnit.Day => $"P{n}DT12H",
            TimeUnit.Hour => $"PT{n}H30M",
            TimeUnit.Minute => $"PT{n}M30S",
            _ => DurationValue(unit, amount),
        };
    }

    static TimeGranularity GranularityOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day => TimeGranularity.Day,
        TimeUnit.Week or TimeUnit.Fortnight => TimeGranularity.Week,
        TimeUnit.Weekend => TimeGranularity.DayRange,
        TimeUnit.Month => TimeGranularity.Month,
        TimeUnit.Quarter => TimeGranularity.Quarter,
        TimeUnit.Year => TimeGranularity.Year,
        TimeUnit.Decade => TimeGranularity.Decade,
        _ => TimeGranularity.Century,
    };
}
