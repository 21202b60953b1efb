using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// The temporal grammar: small recursive-descent rules over TimeTokens, tried at every token; the longest
/// match wins and scanning resumes after it. Rules only read (extract); the TimeResolver gives values (resolve),
/// as in Recognizers-Text. Prepositions ("on", "in", "since") give context but stay outside the match, as in TIMEX3.
internal sealed class TimeGrammar(TimeLexicon lexicon)
{
    public List<ParsedExpression> Parse(List<TimeToken> tokens) => new Run(lexicon, tokens).Parse();

    readonly record struct Hit(int First, int Last, TimeExpression E);

    /// Words outside the lexicons that a rule can start with ("the early hours of", "between 1 and 3 May",
    /// "every day", "earlier this month"); part of the grammar, not of a word list.
    static readonly FrozenSet<string> RuleStarters =
        FrozenSet.ToFrozenSet(["the", "between", "from", "every", "each", "earlier", "later", "fiscal"], StringComparer.OrdinalIgnoreCase);

    /// One pass over one text; holds only that text's tokens.
    sealed class Run(TimeLexicon lexicon, List<TimeToken> t)
    {
        const int TenseWindow = 12;
        const int TenseWindowAfter = 5;

        public List<ParsedExpression> Parse()
        {
            var found = new List<ParsedExpression>();
            var paragraphOf = new int[t.Count];
            var sentenceOf = new int[t.Count];
            int paragraph = 0, sentence = 0;
            for (var k = 0; k < t.Count; k++)
            {
                if (k > 0 && t[k].LineBreakBefore) { paragraph++; sentence++; }
                else if (k > 0 && EndsSentence(k - 1)) sentence++;
                paragraphOf[k] = paragraph;
                sentenceOf[k] = sentence;
            }
            var i = 0;
            while (i < t.Count)
            {
                if (Best(i) is not { } hit) { i++; continue; }
                // "the worst since 12 March 2009": a date that bounds a period is no part of the narrative.
                if (hit.E.SetsYear && L(hit.First - 1) is { YearBoundary: true }) hit = hit with { E = hit.E with { SetsYear = false } };
                hit = WithApproximator(hit);
                found.Add(new ParsedExpression(hit.First, hit.Last, hit.E, TenseAround(hit.First, hit.Last), paragraphOf[hit.First], sentenceOf[hit.First]));
                i = hit.Last + 1;
            }
            return found;
        }

        Hit? Best(int i)
        {
            var token = t[i];
            if (token.Kind == TokenKind.Punctuation && token.Text is not ("'" or "’")) return null;
            // Most words are neither in a time lexicon nor a word a rule starts with: skip them at once.
            if (token.Kind == TokenKind.Word && token.Digits == 0 && token.Lex is null && !RuleStarters.Contains(token.Text)) return null;
            Hit? best = null;
            Consider(ref best, TryRange(i));
            Consider(ref best, TryDayPhrase(i));
            Consider(ref best, TryPeriod(i));
            Consider(ref best, TryQuantityPhrase(i));
            Consider(ref best, TrySet(i));
            Consider(ref best, TryReference(i));
            Consider(ref best, TryClock(i));
            Consider(ref best, TryYearAgo(i));
            Consider(ref best, TryHoliday(i));
            Consider(ref best, TryListedDay(i));
            return best;
        }

        /// A bare day number joined to a date of its month: "on 24 and 25 January" (24), "on April 24 and 25" (25).
        /// TimeML tags each day of the list; the bare one takes the month (and year) of its neighbour.
        Hit? TryListedDay(int i)
        {
            if (!TryDayNumber(i, allowWords: false, out var day, out _) || T(i)!.Kind != TokenKind.Number) return null;
            // "24 and 25 January": the date after the joiner gives the month.
            if (L(i + 1) is { ListJoiner: true } && !Is(i + 1, "to") && TryDateBody(i + 2) is { E: { Day: not null, Month: { } month } after })
                return new Hit(i, i, new TimeExpression(ExpressionKind.Date) { Month = month, Day = day, Year = after.Year });
            // "April 24 and 25": a month and day before the joiner; not a count ("April 24 and 25 people").
            if (L(i - 1) is { ListJoiner: true } && !Is(i - 1, "to") && T(i - 2) is { Kind: TokenKind.Number } && TryDayNumber(i - 2, allowWords: false, out _, out _)
                && !CountedNounAt(i + 1) && T(i + 1)?.Lex?.Month is null or 0
                && ((TryMonth(i - 3, out var before, out var monthLast) && monthLast == i - 3) || (TryMonth(i - 4, out before, out monthLast) && monthLast == i - 3)))
                return new Hit(i, i, new TimeExpression(ExpressionKind.Date) { Month = before, Day = day });
            return null;
        }

        /// "[nearly forty years]", "[around 7:15 p.m.]": an approximator before a counted duration, an "ago" phrase
        /// or a clock time is part of the timex.
        Hit WithApproximator(Hit hit)
        {
            if (hit.E.Kind is not (ExpressionKind.Duration or ExpressionKind.Ago or ExpressionKind.Clock) || Is(hit.First, "the")) return hit;
            foreach (var phrase in lexicon.Approximators)
            {
                var start = hit.First - phrase.Words.Length;
                if (start >= 0 && MatchesPhrase(start, phrase)) return hit with { First = start };
            }
            return hit;
        }

        static void Consider(ref Hit? best, Hit? candidate)
        {
            if (candidate is { } c && (best is null || c.Last > best.Value.Last)) best = c;
        }

        // ---- token helpers ----

        TimeToken? T(int i) => i >= 0 && i < t.Count ? t[i] : null;
        LexEntry? L(int i) => T(i)?.Lex;
        bool Is(int i, string word) => T(i)?.Is(word) == true;
        bool Adjacent(int a, int b) => T(a) is { } x && T(b) is { } y && x.End == y.Start && !y.LineBreakBefore;
        /// "days", "weeks", "hrs"; short words ("its", "was") only when they are units.
        bool IsPlural(int i) => T(i) is { } x && (x.Text.Length > 3 || x.Lex?.Unit is not null) && x.Text.Length > 2
            && (x.Text[^1] is 's' or 'S') && !x.Text.EndsWith("ss", StringComparison.OrdinalIgnoreCase);

        bool EndsSentence(int k)
        {
            var x = t[k];
            if (x.Kind != TokenKind.Punctuation || x.Text is not ("." or "!" or "?")) return false;
            // "Oct. 3": the dot of a month abbreviation does not end the sentence, nor that of an initial ("Daniel P. Davison").
            return !(x.Text == "." && k > 0 && Adjacent(k - 1, k)
                && (t[k - 1].Lex is { MonthAbbreviation: true } || t[k - 1] is { IsWord: true, Text.Length: 1 } initial && char.IsUpper(initial.Text[0])));
        }

        /// Where the clause of a tense cue ends: a sentence end, or ";".
        bool EndsClause(int k) => t[k].Kind == TokenKind.Punctuation && (t[k].Text == ";" || EndsSentence(k));

        bool StartsSentence(int k) => k == 0 || t[k].LineBreakBefore || EndsSentence(k - 1);

        /// The nearest tense cue before the expression in its sentence ("will meet on Monday" reads forward),
        /// else the nearest after it ("On Monday, the leaders will meet").
        Tense TenseAround(int first, int last)
        {
            // "as soon as Tuesday", "as early as next week": a date not yet reached.
            if (Is(first - 1, "as") && (Is(first - 2, "soon") || Is(first - 2, "early")) && Is(first - 3, "as")) return Tense.Future;
            for (var k = first - 1; k >= 0 && k >= first - TenseWindow; k--)
            {
                var x = t[k];
                if (EndsClause(k)) break;
                // "will be held on Monday": the participle after "be" defers to the auxiliary further back.
                if (CueOf(k, regular: false) is not Tense.None and var cue && !(cue == Tense.Past && T(k - 1)?.Lex?.PassiveAuxiliary == true))
                    return cue == Tense.Future && AfterPerfect(k) ? Tense.None : cue;
                if (x.Lex is { Present: true }) return Tense.None;
                if (x.LineBreakBefore) break;
            }
            // Only just after: further on, a cue belongs to another clause ("said Friday the entry will ...").
            for (var k = last + 1; k < t.Count && k <= last + TenseWindowAfter; k++)
            {
                var x = t[k];
                if (x.LineBreakBefore || EndsClause(k)) break;
                // "warned on Wednesday that they should expect ...", "shares issued July 1, which will receive ...": what
                // follows "that" or a relative pronoun is another clause.
                if (x.Is("that") || x.Is("which") || x.Is("who")) break;
                // "on 29 June on charges of planning attacks": an -ing form carries no tense of its own.
                if (x.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
                if (CueOf(k, regular: true) is not Tense.None and var cue) return cue;
            }
            return Tense.None;
        }

        /// "had planned to", "had been due to expire": the future cue at k hangs on a perfect auxiliary through nothing
        /// but "been", "to" and other future cues, so it looks forward from a past moment and tells nothing of the date's
        /// side of publication ("had been due to expire Friday" in Monday's paper; "had been set to expire Nov. 6" in
        /// a paper of Nov. 2).
        bool AfterPerfect(int k)
        {
            for (var j = k - 1; j >= 0 && j >= k - TenseWindowAfter; j--)
            {
                if (L(j) is { PerfectAuxiliary: true }) return true;
                if (!(Is(j, "to") || L(j) is { PassiveAuxiliary: true } or { Tense: Tense.Future } or { FutureBeforeTo: true })) return false;
            }
            return false;
        }

        /// A listed cue ("will", "said", "struck"), else, when regular, a regular past form ("attacked", "arrested").
        /// Regular forms count only after the date ("On 3 January, police arrested ..."): before it an "-ed" word is
        /// as often an adjective or a future-leaning verb ("the reduced dividend is payable Jan. 2", "postponed until").
        Tense CueOf(int k, bool regular)
        {
            var x = t[k];
            // Part of a compound ("lower-than-expected earnings") is no verb of the clause.
            if (T(k - 1)?.IsDash == true && Adjacent(k - 1, k)) return Tense.None;
            if (x.Lex is { Tense: not Tense.None } e) return e.Tense;
            // Only before the date: after it, "Saturday vowed to hunt them down" is the past verb of the date's clause.
            if (!regular && x.Lex is { FutureBeforeTo: true } && Is(k + 1, "to")) return Tense.Future;
            var w = x.Text;
            return regular && x.IsWord && w.Length >= 5 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal) ? Tense.Past : Tense.None;
        }

        static Direction DirectionOf(int shift) => shift < 0 ? Direction.StrictPast : shift > 0 ? Direction.StrictFuture : Direction.Current;

        // ---- numbers ----

        /// A day of the month: "3", "03", "3rd"; with allowWords also "third", "twenty-first".
        bool TryDayNumber(int i, bool allowWords, out int day, out int last)
        {
            day = 0;
            last = i;
            var x = T(i);
            if (x is null) return false;
            if (x.Number > 0 && x.Digits <= 2 && x.Number <= 31)
            {
                if (x.Suffix.Length == 0 && x.Kind == TokenKind.Number) { day = x.Number; return true; }
                if (x.Suffix.ToLowerInvariant() is "st" or "nd" or "rd" or "th") { day = x.Number; return true; }
                return false;
            }
            if (allowWords && TryOrdinalWord(i, out var value, out last) && value <= 31) { day = value; return true; }
            return false;
        }

        /// "third", "twenty-first", "twenty first".
        bool TryOrdinalWord(int i, out int value, out int last)
        {
            value = 0;
            last = i;
            if (L(i) is { Ordinal: { } o }) { value = o; return true; }
            if (L(i) is { Cardinal: { } tens } && tens is >= 20 and < 100 && tens % 10 == 0)
            {
                var j = i + 1;
                if (T(j)?.IsDash == true && Adjacent(i, j)) j++;
                if (L(j) is { Ordinal: { } unit } && unit < 10) { value = tens + unit; last = j; return true; }
            }
            return false;
        }

        /// An ordinal in figures or words: "20th", "twentieth".
        bool TryOrdinal(int i, out int value, out int last)
        {
            last = i;
            value = 0;
            if (T(i) is { Number: > 0, Digits: <= 3 } x && x.Suffix.ToLowerInvariant() is "st" or "nd" or "rd" or "th")
            {
                value = x.Number;
                return true;
            }
            return TryOrdinalWord(i, out value, out last);
        }

        /// A count: "3", "1,000", "three", "twenty-five", "a", "a few", "several" (vague: value null).
        bool TryQuantity(int i, out int last, out int? value)
        {
            last = i;
            value = null;
            var x = T(i);
            if (x is null) return false;
            if (x.Kind == TokenKind.Number)
            {
                if (x.IsPlainNumber && x.Digits <= 4) { value = x.Number; return true; }
                if (x.Text.Contains(',', StringComparison.Ordinal) && !x.Text.Contains('.', StringComparison.Ordinal)
                    && int.TryParse(x.Text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, out var n) && n < 100_000)
                {
                    value = n;
                    return true;
                }
                return false;
            }
            if (x.Is("a") || x.Is("an"))
            {
                if (L(i + 1) is { Vague: true }) { last = i + 1; return true; }
                if (Is(i + 1, "couple") && Is(i + 2, "of")) { value = 2; last = i + 2; return true; }
                if (Is(i + 1, "dozen")) { value = 12; last = i + 1; return true; }
                value = 1;
                return true;
            }
            if (x.Lex is { Vague: true }) return true;
            if (x.Lex is { Cardinal: { } c })
            {
                var v = c;
                var j = i;
                if (c is >= 20 and < 100 && c % 10 == 0)
                {
                    var n = j + 1;
                    if (T(n)?.IsDash == true && Adjacent(j, n)) n++;
                    if (L(n) is { Cardinal: { } unit } && unit is >= 1 and < 10 && !Is(n, "a") && !Is(n, "an")) { v += unit; j = n; }
                }
                if (Is(j + 1, "hundred")) { v = checked(v * 100); j++; }
                if (x.Is("couple") && Is(i + 1, "of")) j = i + 1;
                value = v;
                last = j;
                return true;
            }
            return false;
        }

        bool IsYear(int i, int min, int max, out int year)
        {
            year = 0;
            if (T(i) is not { Kind: TokenKind.Number, Digits: 4 } x || !x.IsPlainNumber || x.Number < min || x.Number > max) return false;
            year = x.Number;
            return true;
        }

        /// A year said in words, as transcripts of broadcasts write it: "nineteen ninety-six", "nineteen eighty",
        /// "two thousand". Needs both halves: "nineteen" alone is a count.
        bool TryYearWords(int i, out int year, out int last)
        {
            year = 0;
            last = i;
            if (L(i) is not { Cardinal: { } high }) return false;
            if (high == 2 && Is(i + 1, "thousand")) { year = 2000; last = i + 1; return true; }
            if (high is < 11 or > 20 || Is(i, "a") || Is(i, "an")) return false;
            if (L(i + 1) is not { Cardinal: { } tens }) return false;
            var low = tens;
            last = i + 1;
            if (tens is >= 20 and < 100 && tens % 10 == 0)
            {
                var u = T(i + 2)?.IsDash == true && Adjacent(i + 1, i + 2) ? i + 3 : i + 2;
                if (L(u) is { Cardinal: { } unit } && unit is >= 1 and <= 9 && !Is(u, "a") && !Is(u, "an")) { low += unit; last = u; }
            }
            else if (tens is < 10 or > 19) return false;
            year = (high * 100) + low;
            return true;
        }

        /// A month name; abbreviations take their dot ("Oct."). Ambiguous names ("May") must be capitalised.
        bool TryMonth(int i, out int month, out int last)
        {
            month = 0;
            last = i;
            if (T(i) is not { Lex.Month: > 0 } x || x.Digits > 0) return false;
            var e = x.Lex!;
            if ((e.MonthAmbiguous || e.MonthAbbreviation) && !x.IsCapitalised) return false;
            month = e.Month;
            if (e.MonthAbbreviation && T(i + 1) is { } dot && dot.IsPunctuation('.') && Adjacent(i, i + 1)) last = i + 1;
            return true;
        }

        /// "last year", "this year", "next year", "of last year": the year counted from publication.
        bool TryYearShift(int i, out int shift, out int last)
        {
            shift = 0;
            last = i;
            var k = Is(i, "of") ? i + 1 : i;
            if (L(k) is { Shift: { } s, ShiftFromNarrative: false } && !Is(k, "past") && L(k + 1) is { Unit: TimeUnit.Year } && !IsPlural(k + 1))
            {
                shift = s;
                last = k + 1;
                return true;
            }
            return false;
        }

        /// A year as a whole: "2015", "last year", "this year", "the year" (the publication year).
        bool TryYearSpec(int i, out int last, out int? year, out int? shift)
        {
            year = null;
            shift = null;
            last = i;
            if (IsYear(i, 1000, 2199, out var y)) { year = y; return true; }
            if (TryYearWords(i, out y, out last)) { year = y; return true; }
            if (TryYearShift(i, out var s, out last)) { shift = s; return true; }
            if (Is(i, "the") && L(i + 1) is { Unit: TimeUnit.Year } && !IsPlural(i + 1)) { shift = 0; last = i + 1; return true; }
            return false;
        }

        // ---- calendar dates ----

        /// A date with at least a month: "3 January 2015", "January 3", "the 3rd of January", "Oct. 2015",
        /// "2016-10-03", "25/12/2015", with a leading weekday ("Monday, October 3") and a trailing "last year".
        Hit? TryDate(int i)
        {
            if (L(i) is { Weekday: > 0, WeekdayPlural: false })
            {
                var j = Is(i + 1, ",") ? i + 2 : i + 1;
                if (TryDateBody(j) is { E.Day: not null } dated) return dated with { First = i, E = dated.E with { Weekday = L(i)!.Weekday } };
            }
            return TryDateBody(i);
        }

        Hit? TryDateBody(int i)
        {
            if (TryNumericDate(i) is { } numeric) return numeric;
            int day, month, last;
            if (TryDayNumber(i, allowWords: false, out day, out last))
            {
                // "3 January", "3rd of January"
                var k = last + 1;
                if (Is(k, "of")) k++;
                if (TryMonth(k, out month, out last)) return WithYear(i, last, month, day);
            }
            if (Is(i, "the") && TryDayNumber(i + 1, allowWords: true, out day, out last) && Is(last + 1, "of") && TryMonth(last + 2, out month, out last))
                return WithYear(i, last, month, day);
            if (TryMonth(i, out month, out last))
            {
                // "January 3", "Oct. 3, 2016"; not "October 15 people"
                if (TryDayNumber(last + 1, allowWords: false, out day, out var dayLast) && L(dayLast + 1) is not { CountNoun: true })
                    return WithYear(i, dayLast, month, day);
                // "October 2015", "October, 2015"
                var k = Is(last + 1, ",") ? last + 2 : last + 1;
                if (IsYear(k, 1000, 2199, out var year) && !CountedNounAt(k + 1))
                    return new Hit(i, k, new TimeExpression(ExpressionKind.Date) { Year = year, Month = month, SetsYear = true });
                if (TryYearWords(k, out year, out var wordsLast))
                    return new Hit(i, wordsLast, new TimeExpression(ExpressionKind.Date) { Year = year, Month = month, SetsYear = true });
            }
            return null;
        }

        bool PossessiveOrCount(int k) => L(k) is { CountNoun: true } or { Unit: not null };

        /// "2000 supporters", "2015 cases": a lowercase plural noun after a number makes it a count, not a year.
        bool CountedNounAt(int k) => PossessiveOrCount(k) || (T(k) is { IsWord: true, IsCapitalised: false, Lex: null } && IsPlural(k));

        /// Adds a following year ("3 January 2015", "January 3, 2015") or year shift ("September 28 last year").
        Hit WithYear(int first, int last, int month, int day)
        {
            var k = Is(last + 1, ",") ? last + 2 : last + 1;
            if (IsYear(k, 1000, 2199, out var year) && !CountedNounAt(k + 1))
                return new Hit(first, k, new TimeExpression(ExpressionKind.Date) { Year = year, Month = month, Day = day, SetsYear = true });
            if (TryYearShift(last + 1, out var shift, out var shiftLast))
                return new Hit(first, shiftLast, new TimeExpression(ExpressionKind.Date) { YearShift = shift, Month = month, Day = day, SetsYear = true });
            return new Hit(first, last, new TimeExpression(ExpressionKind.Date) { Month = month, Day = day });
        }

        /// "2016-10-03", "2016/10/03", and "25/12/2015", "12/25/2015" or "25-12-2015" when only one reading is a valid date.
        Hit? TryNumericDate(int i)
        {
            if (T(i) is not { Kind: TokenKind.Number } a || !a.IsPlainNumber) return null;
            var sep = T(i + 1);
            if (sep is null || sep.Text is not ("-" or "/") || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2)) return null;
            if (T(i + 2) is not { Kind: TokenKind.Number } b || !b.IsPlainNumber || b.Digits > 2) return null;
            if (T(i + 3)?.Text != sep.Text || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4)) return TryBracketedDayMonth(i, a, b, sep);
            if (T(i + 4) is not { Kind: TokenKind.Number } c || !c.IsPlainNumber) return null;
            if (Adjacent(i + 4, i + 5) && T(i + 5) is { Kind: TokenKind.Number } or { Text: "-" or "/" }) return null;
            int year, month, day;
            if (a.Digits == 4 && c.Digits <= 2)
                (year, month, day) = (a.Number, b.Number, c.Number);
            else if (a.Digits <= 2 && c.Digits == 4)
            {
                year = c.Number;
                if (a.Number > 12 && b.Number <= 12) (day, month) = (a.Number, b.Number);
                else if (b.Number > 12 && a.Number <= 12) (month, day) = (a.Number, b.Number);
                else if (a.Number == b.Number) (day, month) = (a.Number, b.Number);
                else return null; // 03/01/2015: day-month or month-day cannot be told apart
            }
            else return null;
            if (year is < 1000 or > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            return new Hit(i, i + 4, new TimeExpression(ExpressionKind.Date) { Year = year, Month = month, Day = day, SetsYear = true });
        }

        /// "(24/01)": a yearless numeric date, read only inside brackets (elsewhere "3/4" is a fraction or a score).
        /// When both numbers could be the month ("(03/02)") the resolver picks the reading the publication date allows.
        Hit? TryBracketedDayMonth(int i, TimeToken a, TimeToken b, TimeToken sep)
        {
            if (sep.Text != "/" || a.Digits > 2 || T(i - 1)?.Text is not ("(" or "[") || T(i + 3)?.Text is not (")" or "]")) return null;
            int day, month;
            if (a.Number > 12 && b.Number <= 12) (day, month) = (a.Number, b.Number);
            else if (b.Number > 12 && a.Number <= 12) (month, day) = (a.Number, b.Number);
            // Both could be the month: a date only when written as one ("(03/02)", "(10/02)"), not as a fraction ("(3/4)").
            else if (a.Number <= 12 && b.Number <= 12 && (a.Digits == 2 || b.Digits == 2)) (day, month) = (a.Number, b.Number);
            else return null;
            if (month is < 1 or > 12 || day is < 1 or > 31) return null;
            return new Hit(i, i + 2, new TimeExpression(ExpressionKind.Date) { Month = month, Day = day, DayMonthSwappable = day != month && day <= 12 });
        }

        /// "between 1 and 3 May", "1-3 May 2015", "from 28 September to 2 October", "May 1-3".
        Hit? TryRange(int i)
        {
            var k = i;
            var opener = Is(k, "between") || Is(k, "from");
            if (opener) k++;
            if (TryDayNumber(k, allowWords: false, out var d1, out var d1Last))
            {
                var j = d1Last + 1;
                int m1 = 0, y1 = 0;
                if (TryMonth(j, out var month, out var monthLast))
                {
                    m1 = month;
                    j = monthLast + 1;
                    if (IsYear(j, 1000, 2199, out var year)) { y1 = year; j++; }
                }
                if (!Joiner(j, opener, out var afterJoiner)) return null;
                if (!TryDayNumber(afterJoiner, allowWords: false, out var d2, out var d2Last)) return null;
                var second = TryMonth(d2Last + 1, out var m2, out var m2Last) ? WithYear(afterJoiner, m2Last, m2, d2) : (Hit?)null;
                if (second is not { } s) return null;
                if (m1 == 0 && d1 >= d2) return null;
                return new Hit(i, s.Last, RangeOf(d1, m1, y1, s.E));
            }
            if (!opener && TryMonth(k, out var m, out var mLast) && TryDayNumber(mLast + 1, allowWords: false, out var a, out var aLast)
                && T(aLast + 1) is { } dash && (dash.IsDash || dash.Is("to")) && TryDayNumber(aLast + 2, allowWords: false, out var b, out var bLast) && a < b)
            {
                var end = WithYear(aLast + 2, bLast, m, b);
                return new Hit(i, end.Last, RangeOf(a, m, 0, end.E));
            }
            return null;
        }

        bool Joiner(int j, bool opener, out int next)
        {
            next = j + 1;
            var x = T(j);
            if (x is null) return false;
            if (opener) return x.Is("and") || x.Is("to") || x.Is("until") || x.IsDash;
            return x.IsDash || x.Is("to");
        }

        static TimeExpression RangeOf(int startDay, int startMonth, int startYear, TimeExpression end) =>
            new(ExpressionKind.DayRange)
            {
                Day = startDay,
                Month = startMonth == 0 ? null : startMonth,
                Year = startYear == 0 ? null : startYear,
                EndDay = end.Day,
                EndMonth = end.Month,
                EndYear = end.Year,
                YearShift = end.YearShift,
                SetsYear = end.SetsYear || startYear != 0,
            };

        // ---- days ----

        /// A day: a dated day, a weekday or yesterday/today/tomorrow, with what can wrap it:
        /// "late on Sunday", "the early hours of Monday", "Thursday night", "overnight Sunday".
        Hit? TryDayPhrase(int i)
        {
            if ((Is(i, "early") || Is(i, "late")) && !Is(i + 1, "hours"))
            {
                var j = Is(i + 1, "on") ? i + 2 : i + 1;
                if (TryDayCore(j) is { } core) return WithBracketedDate(WithPartOfDaySuffix(core with { First = i }));
            }
            var k = Is(i, "the") ? i + 1 : i;
            // "the early hours of Monday" (a phrase), "the late evening of 3 May" (a modifier and a part of day).
            if (!TryPartOfDay(k, out var code, out var podLast) && (Is(k, "early") || Is(k, "late"))) TryPartOfDay(++k, out code, out podLast);
            if (code.Length > 0 && Is(podLast + 1, "of") && TryDayCore(podLast + 2) is { } day)
                return day with { First = i, E = day.E with { PartOfDay = code } };
            // "the night of 3-4 May": the day range; a range value has no place for a part of day.
            if (code.Length > 0 && Is(podLast + 1, "of") && TryRange(podLast + 2) is { } nights) return nights with { First = i };
            if (Is(i, "overnight"))
            {
                var j = Is(i + 1, "on") || Is(i + 1, "into") ? i + 2 : i + 1;
                if (TryDayCore(j) is { } night) return night with { First = i, E = night.E with { PartOfDay = "NI" } };
            }
            // "10 p.m. Wednesday", "10:30 on Monday"
            if (TryClockCore(i, out var clock, out var clockLast))
            {
                var j = Is(clockLast + 1, "on") ? clockLast + 2 : clockLast + 1;
                if (TryDayCore(j) is { } clocked) return clocked with { First = i, E = clocked.E with { PartOfDay = clock } };
                // "7:30 pm (17/01)"
                var bracketed = WithBracketedDate(new Hit(i, clockLast, new TimeExpression(ExpressionKind.Clock) { PartOfDay = clock }));
                if (bracketed.Last > clockLast) return bracketed;
            }
            // "noon Thursday", "mid-afternoon yesterday", "late Sunday night" (late is handled above)
            var p = Is(i, "mid") && T(i + 1)?.IsDash == true ? i + 2 : i;
            if (TryPartOfDay(p, out var podCode, out var podEnd) && TryDayCore(podEnd + 1) is { E.Kind: ExpressionKind.Weekday or ExpressionKind.DayOffset } named)
                return named with { First = i, E = named.E with { PartOfDay = podCode } };
            return TryDayCore(i) is { } plain ? WithBracketedDate(WithPartOfDaySuffix(plain)) : null;
        }

        /// "on Thursday (29/01)", "today [22 October]": the date in brackets says which day the word meant.
        Hit WithBracketedDate(Hit day)
        {
            if (T(day.Last + 1)?.Text is not ("(" or "[") || TryDateBody(day.Last + 2) is not { E.Day: not null } dated) return day;
            if (T(dated.Last + 1)?.Text is not (")" or "]")) return day;
            return day with
            {
                Last = dated.Last + 1,
                E = dated.E with
                {
                    PartOfDay = day.E.PartOfDay, FromPublication = dated.E.Year is null,
                    RestatedDayOffset = day.E.Kind == ExpressionKind.DayOffset ? day.E.Amount ?? 0 : null,
                },
            };
        }

        Hit WithPartOfDaySuffix(Hit day)
        {
            if (day.E.PartOfDay is not null) return day;
            if (L(day.Last + 1) is { PartOfDay: { } code } && !IsPlural(day.Last + 1))
                return day with { Last = day.Last + 1, E = day.E with { PartOfDay = code } };
            if (Is(day.Last + 1, "at") && Is(day.Last + 2, "night"))
                return day with { Last = day.Last + 2, E = day.E with { PartOfDay = "NI" } };
            // "Monday at 10 pm", "3 May 2015 at 22:30"
            var c = Is(day.Last + 1, "at") ? day.Last + 2 : day.Last + 1;
            if (TryClockCore(c, out var clock, out var clockLast))
                return day with { Last = clockLast, E = day.E with { PartOfDay = clock } };
            return day;
        }

        bool TryPartOfDay(int i, out string code, out int last)
        {
            code = "";
            last = i;
            if (T(i) is not { } x) return false;
            foreach (var phrase in lexicon.PartsOfDayStartingWith(x.Text))
            {
                if (MatchesPhrase(i, phrase)) { code = phrase.Value; last = i + phrase.Words.Length - 1; return true; }
            }
            if (x.Lex is { PartOfDay: { } c } && !IsPlural(i)) { code = c; return true; }
            return false;
        }

        bool MatchesPhrase(int i, Phrase phrase)
        {
            for (var w = 0; w < phrase.Words.Length; w++)
                if (!Is(i + w, phrase.Words[w])) return false;
            return true;
        }

        Hit? TryDayCore(int i)
        {
            if (TryDate(i) is { E.Day: not null } dated) return dated;
            return TryWeekday(i) ?? TryDayOffset(i);
        }

        /// "Monday", "last Friday", "next Tuesday"; not "Sunday Times" or "Bloody Sunday".
        Hit? TryWeekday(int i)
        {
            var k = i;
            Direction? direction = null;
            if (L(k) is { Shift: { } s, ShiftFromNarrative: false } && L(k + 1) is { Weekday: > 0, WeekdayPlural: false })
            {
                direction = DirectionOf(s);
                k++;
            }
            if (L(k) is not { Weekday: > 0, WeekdayPlural: false } e) return null;
            if (direction is null && LooksLikeName(k)) return null;
            return new Hit(i, k, new TimeExpression(ExpressionKind.Weekday) { Weekday = e.Weekday, Direction = direction });
        }

        bool LooksLikeName(int k)
        {
            var previous = T(k - 1);
            var previousIsCue = previous is not null && (previous.Is("on") || previous.Is("at") || previous.IsPunctuation(',')
                || previous.Lex is { YearPreposition: true } or { Shift: not null } or { Modifier: not null } or { PartOfDay: not null });
            if (previousIsCue) return false;
            // "Bloody Sunday", "Good Friday": a name word before, inside the sentence. Other capitalised words are the
            // sentence's subject or place ("Clinton Saturday vowed", "in Iraq Friday").
            if (previous is { IsCapitalised: true, Lex.WeekdayNameWord: true } && !StartsSentence(k - 1)) return true;
            // "Sunday Times": a capitalised word after that is no part of a date.
            var next = T(k + 1);
            return next is { IsCapitalised: true } && next.Lex is not { IsTemporal: true } && !next.LineBreakBefore;
        }

        /// "yesterday", "today", "tonight", "last night", "this morning".
        Hit? TryDayOffset(int i)
        {
            if (L(i) is { DayOffset: { } offset } e)
                return new Hit(i, i, new TimeExpression(ExpressionKind.DayOffset) { Amount = offset, PartOfDay = e.DayOffsetPartOfDay });
            if (Is(i, "overnight")) return new Hit(i, i, new TimeExpression(ExpressionKind.Overnight) { PartOfDay = "NI" });
            if ((Is(i, "last") || Is(i, "this")) && L(i + 1) is { PartOfDay: { } code } && !IsPlural(i + 1) && !Is(i + 1, "overnight"))
                return new Hit(i, i + 1, new TimeExpression(ExpressionKind.DayOffset) { Amount = Is(i, "last") ? -1 : 0, PartOfDay = code });
            return null;
        }

        // ---- months, years and longer ----

        /// Periods longer than a day, with their modifiers: "early 2016", "mid-October", "the end of last year".
        /// "earlier this month" is tagged "this month": TimeML leaves "earlier"/"later" out of a relative unit.
        Hit? TryPeriod(int i)
        {
            if (Is(i, "early") || Is(i, "late") || Is(i, "mid"))
            {
                var j = T(i + 1)?.IsDash == true && Adjacent(i, i + 1) ? i + 2 : i + 1;
                if (TryPeriodCore(j, context: true) is { } modified) return modified with { First = i };
            }
            if (Is(i, "the") && L(i + 1) is { Modifier: not null } && Is(i + 2, "of"))
            {
                if (TryPeriodCore(i + 3, context: true) is { } inside) return inside with { First = i };
                if (Is(i + 3, "the") && L(i + 4) is { Unit: TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Weekend or TimeUnit.Decade } u && !IsPlural(i + 4))
                    return new Hit(i, i + 4, new TimeExpression(ExpressionKind.Relative) { Unit = u.Unit!.Value, Amount = 0, SetsYear = u.Unit == TimeUnit.Year });
            }
            return TryPeriodCore(i, context: false);
        }

        Hit? TryPeriodCore(int i, bool context)
        {
            Hit? best = null;
            Consider(ref best, TryDate(i));
            Consider(ref best, TryMonthName(i, context));
            Consider(ref best, TryYear(i, context));
            Consider(ref best, TryRelativeUnit(i));
            Consider(ref best, TryPartOfYear(i, context));
            Consider(ref best, TryDecade(i));
            Consider(ref best, TryCentury(i));
            return best;
        }

        /// "in July", "last October", "July last year". A month alone needs a cue: a preposition, "last"/"this"/"next",
        /// a modifier or a trailing year shift; "May" and "March" need a stricter one.
        Hit? TryMonthName(int i, bool context)
        {
            var k = i;
            Direction? direction = null;
            if (L(k) is { Shift: { } s, ShiftFromNarrative: false } && !Is(k, "past") && L(k + 1) is { Month: > 0 })
            {
                direction = DirectionOf(s);
                k++;
                context = true;
            }
            if (!TryMonth(k, out var month, out var last)) return null;
            var ambiguous = T(k)!.Lex!.MonthAmbiguous;
            // "by Jan Egeland": an abbreviation alone, without its dot, a day or a year, is a name.
            if (T(k)!.Lex!.MonthAbbreviation && last == k && direction is null) return null;
            int? shift = null;
            if (TryYearShift(last + 1, out var ys, out var shiftLast)) { shift = ys; last = shiftLast; context = true; }
            if (!context)
            {
                var previous = T(k - 1);
                context = ambiguous ? previous?.Lex is { AmbiguousMonthContext: true } : previous?.Lex is { YearPreposition: true } || previous?.Is("on") == true
                    // "the October slaying": a month before a common noun names when that thing happened.
                    || (previous?.Is("the") == true && T(last + 1) is { Kind: TokenKind.Word } noun && char.IsLower(noun.Text[0]) && !noun.LineBreakBefore && !noun.Is("of"));
            }
            // "May's cabinet": a possessive reads as a name.
            if (!context || (ambiguous && Is(last + 1, "'s"))) return null;
            return new Hit(i, last, new TimeExpression(ExpressionKind.Date) { Month = month, Direction = direction, YearShift = shift, SetsYear = shift is not null });
        }

        /// "in 2001", "since 2001", "the 2009 pandemic", "2009-2010": a bare year needs a preposition, modifier or
        /// determiner before it (or another year joined by a dash) and no counted noun after it.
        Hit? TryYear(int i, bool context)
        {
            // "1957-58": the second year of a span written with its last two digits.
            if (T(i) is { Kind: TokenKind.Number, Digits: 2 } shortYear && shortYear.IsPlainNumber && T(i - 1) is { Text: "-" or "–" } && Adjacent(i - 1, i)
                && Adjacent(i - 2, i - 1) && IsYear(i - 2, 1800, 2099, out var before) && (before + 1) % 100 == shortYear.Number)
                return new Hit(i, i, new TimeExpression(ExpressionKind.Date) { Year = before + 1 });
            // "nineteen ninety-six", "the year two thousand"
            if (TryYearWords(i, out var spoken, out var spokenLast) && !CountedNounAt(spokenLast + 1))
            {
                var first = Is(i - 1, "year") && Is(i - 2, "the") ? i - 2 : i;
                return new Hit(first, spokenLast, new TimeExpression(ExpressionKind.Date) { Year = spoken, SetsYear = true });
            }
            // "fiscal 1989", also before a noun ("fiscal 1989 sales"): "fiscal" leaves no reading as a count.
            if (Is(i, "fiscal") && IsYear(i + 1, 1800, 2099, out var fiscal))
                return new Hit(i, i + 1, new TimeExpression(ExpressionKind.Date) { Year = fiscal, SetsYear = true });
            if (!IsYear(i, 1800, 2099, out var year)) return null;
            var previous = T(i - 1);
            var next = T(i + 1);
            if (CountedNounAt(i + 1)) return null;
            // "2015-16" and "2015/16" are seasons of a league or budget, not one year; "2009-2010" is two years.
            var dashToYear = next is { Text: "-" or "–" or "/" } && Adjacent(i, i + 1) && T(i + 2) is { Kind: TokenKind.Number } after;
            if (dashToYear && !IsYear(i + 2, 1800, 2099, out _) && !(next!.Text != "/" && T(i + 2) is { Digits: 2 } tail && tail.Number == (year + 1) % 100)) return null;
            var fromYear = previous is { Text: "-" or "–" } && Adjacent(i - 1, i) && IsYear(i - 2, 1800, 2099, out _);
            // "in 1994, 1995 and 1997": a year after a comma that follows a year continues the list.
            var listed = previous is { Text: "," } && IsYear(i - 2, 1800, 2099, out _);
            var modifiesNoun = previous?.Lex is { YearDeterminer: true } && next is { IsWord: true };
            var weakOk = previous?.Lex is { YearWeak: true } && next is not { Kind: TokenKind.Word };
            var prepositionOk = previous?.Lex is { YearPreposition: true, YearWeak: false };
            if (!context && !modifiesNoun && !weakOk && !prepositionOk && !fromYear && !listed && !(dashToYear && (previous?.Lex?.YearPreposition ?? false))) return null;
            var setsYear = previous?.Lex is not { YearBoundary: true } && !fromYear && !dashToYear;
            return new Hit(i, i, new TimeExpression(ExpressionKind.Date) { Year = year, SetsYear = setsYear });
        }

        /// "last week", "this month", "next year", "last weekend", "the weekend", "the past week" (P1W),
        /// and narrative ones: "the following day", "that night", "the day before".
        Hit? TryRelativeUnit(int i)
        {
            var the = Is(i, "the");
            var k = the ? i + 1 : i;
            if (L(k) is not { Shift: { } s } rel)
            {
                if (the && L(k) is { Unit: TimeUnit.Weekend } && !IsPlural(k))
                    return new Hit(i, k, new TimeExpression(ExpressionKind.Relative) { Unit = TimeUnit.Weekend });
                if (the && L(k) is { Unit: TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year } u && !IsPlural(k) && (Is(k + 1, "before") || Is(k + 1, "after")))
                    // "[the day] before": the value moves, but TimeML tags "before"/"after" as a signal outside the timex.
                    return new Hit(i, k, new TimeExpression(ExpressionKind.Anchored) { Unit = u.Unit!.Value, Amount = Is(k + 1, "before") ? -1 : 1 });
                return null;
            }
            var narrative = rel.ShiftFromNarrative || (the && Is(k, "next"));
            if (narrative && L(k + 1) is { PartOfDay: { } code } && !IsPlural(k + 1))
                return new Hit(i, k + 1, new TimeExpression(ExpressionKind.Anchored) { Unit = TimeUnit.Day, Amount = s, PartOfDay = code });
            // "this fiscal year" is this year.
            if (!narrative && Is(k + 1, "fiscal") && L(k + 2) is { Unit: TimeUnit.Year } && !IsPlural(k + 2))
                return new Hit(i, k + 2, new TimeExpression(ExpressionKind.Relative) { Unit = TimeUnit.Year, Amount = s, SetsYear = true });
            if (L(k + 1) is not { Unit: { } unit } || IsPlural(k + 1)) return null;
            if (narrative)
            {
                // "that"/"same" need their noun to be a day or longer: not "that second".
                if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour) return null;
                return new Hit(i, k + 1, new TimeExpression(ExpressionKind.Anchored) { Unit = unit, Amount = s });
            }
            if (Is(k, "past"))
                return new Hit(i, k + 1, new TimeExpression(ExpressionKind.Duration) { Unit = unit, Amount = 1 });
            if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day or TimeUnit.Fortnight) return null;
            return new Hit(i, k + 1, new TimeExpression(ExpressionKind.Relative) { Unit = unit, Amount = s, SetsYear = unit == TimeUnit.Year });
        }

        /// "the first half of 2016", "the last quarter of last year", "summer 2015", "last summer", "in the spring".
        Hit? TryPartOfYear(int i, bool context)
        {
            var k = Is(i, "the") ? i + 1 : i;
            // "the quarter", "the latest quarter": the quarter the report is about (not "the quarter of a century").
            // "the latest period" of a report on a quarter is that quarter (the resolver drops it where none was named).
            if (Is(i, "the") && Is(k, "latest") && Is(k + 1, "period") && !Is(k + 2, "of"))
                return new Hit(i, k + 1, new TimeExpression(ExpressionKind.PartOfYear) { Code = "Q", Part = 0, ReportedQuarterOnly = true });
            if (Is(i, "the") && (Is(k, "latest") || Is(k, "quarter")))
            {
                var q = Is(k, "latest") ? k + 1 : k;
                if (Is(q, "quarter") && !Is(q + 1, "of") && !(T(q + 1)?.IsDash ?? false))
                    // "the latest quarter" is the last one over (Part -1), "the quarter" the one the narrative is about.
                    return new Hit(i, q, new TimeExpression(ExpressionKind.PartOfYear) { Code = "Q", Part = q > k ? -1 : 0 });
            }
            // "the 1988 third quarter", "the 1988 quarter", "the 1988 period": a year before the noun.
            if (Is(i, "the") && IsYear(k, 1800, 2099, out var yearFirst))
            {
                var q = k + 1;
                if (TryOrdinalWord(q, out var nth, out var nthLast) && nth is >= 1 and <= 4 && Is(nthLast + 1, "quarter"))
                    return new Hit(i, nthLast + 1, new TimeExpression(ExpressionKind.PartOfYear) { Code = "Q", Part = nth, Year = yearFirst, Comparison = true });
                // The quarter (or period) the report is about, in that year; Part 0 asks the narrative which one.
                if ((Is(q, "quarter") || Is(q, "period")) && !Is(q + 1, "of"))
                    return new Hit(i, q, new TimeExpression(ExpressionKind.PartOfYear) { Code = "Q", Part = 0, Year = yearFirst, Comparison = true });
            }
            if (Is(k, "fiscal")) k++;
            var part = 0;
            var ordinalLast = k;
            if (TryOrdinalWord(k, out var ordinal, out ordinalLast)) part = ordinal;
            else if (Is(k, "last")) part = -1;
            var noun = T(ordinalLast + 1)?.IsDash == true && Adjacent(ordinalLast, ordinalLast + 1) ? ordinalLast + 2 : ordinalLast + 1;
            if (part != 0 && (Is(noun, "half") || Is(noun, "quarter")))
            {
                var half = Is(noun, "half");
                var count = half ? 2 : 4;
                if (part == -1) part = count;
                if (part > count) return null;
                var j = Is(noun + 1, "of") ? noun + 2 : noun + 1;
                if (TryYearSpec(j, out var yearLast, out var year, out var shift))
                    return new Hit(i, yearLast, new TimeExpression(ExpressionKind.PartOfYear)
                    {
                        Code = half ? "H" : "Q", Part = part, Year = year, YearShift = shift, SetsYear = true,
                    });
                // "the third quarter", "third-quarter profit": the year comes from the narrative or publication.
                // A half needs its year: "the second half" is as often a match as a year.
                if (!half && (Is(i, "the") || noun == ordinalLast + 2 || T(i - 1)?.Lex is { YearPreposition: true, YearBoundary: false } or { YearDeterminer: true }))
                    return new Hit(i, noun, new TimeExpression(ExpressionKind.PartOfYear) { Code = "Q", Part = part });
                return null;
            }
            return TrySeason(i, context);
        }

        Hit? TrySeason(int i, bool context)
        {
            var the = Is(i, "the");
            var k = the ? i + 1 : i;
            Direction? direction = null;
            if (L(k) is { Shift: { } s, ShiftFromNarrative: false } && !Is(k, "past") && L(k + 1) is { Season: not null })
            {
                direction = DirectionOf(s);
                k++;
                context = true;
            }
            if (L(k) is not { Season: { } code }) return null;
            // "the Arab Spring": a capitalised name before a capitalised season.
            if (T(k)!.IsCapitalised && T(k - 1) is { IsCapitalised: true, Lex: null } && !StartsSentence(k - 1)) return null;
            var j = Is(k + 1, "of") ? k + 2 : k + 1;
            var hasYear = TryYearSpec(j, out var yearLast, out var year, out var shift);
            // "the fall of Kabul": "of" must lead to a year.
            if (Is(k + 1, "of") && !hasYear) return null;
            context |= hasYear;
            if (!context)
            {
                var cue = the ? T(i - 1) : T(k - 1);
                // "into the summer", "before the spring", "over the summer": after "the", a bounding preposition or
                // a season cue also makes it a time.
                context = cue?.Lex is { YearPreposition: true, YearBoundary: false } || cue?.Is("since") == true || cue?.Is("until") == true
                    || (the && cue?.Lex is { YearPreposition: true } or { SeasonCue: true });
            }
            if (!context) return null;
            return new Hit(i, hasYear ? yearLast : k, new TimeExpression(ExpressionKind.PartOfYear)
            {
                Code = code, Direction = direction, Year = year, YearShift = shift, SetsYear = hasYear,
            });
        }

        /// "Christmas", "last Thanksgiving", "Easter 2015": a named day, capitalised as names are.
        Hit? TryHoliday(int i)
        {
            var k = i;
            Direction? direction = null;
            if (L(k) is { Shift: { } s, ShiftFromNarrative: false } && !Is(k, "past"))
            {
                direction = DirectionOf(s);
                k++;
            }
            if (T(k) is not { IsCapitalised: true } name) return null;
            foreach (var phrase in lexicon.HolidaysStartingWith(name.Text))
            {
                if (!MatchesPhrase(k, phrase)) continue;
                var last = k + phrase.Words.Length - 1;
                int? year = null;
                if (direction is null && IsYear(last + 1, 1000, 2199, out var y) && !CountedNounAt(last + 2)) (year, last) = (y, last + 1);
                return new Hit(i, last, new TimeExpression(ExpressionKind.Holiday) { Code = phrase.Value, Year = year, Direction = direction, SetsYear = year is not null });
            }
            return null;
        }

        /// "year-earlier" ("a year-earlier loss"), "the year-ago quarter", "the year-earlier period": the same period
        /// a year before the one the narrative is about.
        Hit? TryYearAgo(int i)
        {
            var k = Is(i, "the") ? i + 1 : i;
            if (L(k) is not { Unit: TimeUnit.Year } || IsPlural(k) || T(k + 1)?.IsDash != true || !Adjacent(k, k + 1)) return null;
            if (!Is(k + 2, "ago") && !Is(k + 2, "earlier")) return null;
            var e = new TimeExpression(ExpressionKind.Anchored) { Unit = TimeUnit.Year, Amount = -1 };
            if (Is(k + 3, "quarter") || Is(k + 3, "period")) return new Hit(i, k + 3, e);
            return new Hit(k, k + 2, e);
        }

        /// "the 1990s", "the '90s", "the nineties", "the early 2000s".
        Hit? TryDecade(int i)
        {
            var the = Is(i, "the");
            var k = the ? i + 1 : i;
            if (Is(k, "early") || Is(k, "late") || Is(k, "mid"))
            {
                k++;
                if (T(k)?.IsDash == true) k++;
            }
            // TimeML leaves the article out: "the [1990s]", "the [early 2000s]".
            var first = the ? i + 1 : i;
            if (T(k) is { Digits: 4, Number: >= 1000 and <= 2190 } x && x.Suffix is "s" && x.Number % 10 == 0)
                return new Hit(first, k, new TimeExpression(ExpressionKind.Decade) { Part = x.Number / 10 });
            if (T(k) is { Text: "'" or "’" } && Adjacent(k, k + 1) && T(k + 1) is { Digits: 2, Suffix: "s" } y && y.Number % 10 == 0)
                return new Hit(first, k + 1, new TimeExpression(ExpressionKind.Decade) { Part = (y.Number < 30 ? 200 : 190) + (y.Number / 10) });
            if (the && L(k) is { DecadeDigit: { } digit })
                return new Hit(first, k, new TimeExpression(ExpressionKind.Decade) { Part = 190 + digit });
            return null;
        }

        /// "the 20th century", "the twenty-first century" (TIMEX3 values 19 and 20).
        Hit? TryCentury(int i)
        {
            var k = Is(i, "the") ? i + 1 : i;
            if (!TryOrdinal(k, out var n, out var last) || n is < 1 or > 22) return null;
            var c = last + 1;
            if (T(c)?.IsDash == true) c++;
            if (L(c) is not { Unit: TimeUnit.Century } || IsPlural(c)) return null;
            // As for decades, "the" stays out: "the [20th century]".
            return new Hit(k, c, new TimeExpression(ExpressionKind.Century) { Part = n - 1 });
        }

        // ---- durations, "ago", sets, references, clock times ----

        /// "two days", "three-day", "the past two days", "three weeks ago", "for days", "years ago".
        Hit? TryQuantityPhrase(int i)
        {
            var core = TryQuantityPhraseCore(i);
            // "[the nine months]", "[the first two years]": TimeML keeps the article (and "first") of a counted duration.
            if (core is null && Is(i, "the"))
            {
                var k = Is(i + 1, "first") ? i + 2 : i + 1;
                if (!Is(k, "a") && !Is(k, "an") && TryQuantityPhraseCore(k) is { E: { Kind: ExpressionKind.Duration, Amount: > 1 } } counted)
                    return counted with { First = i };
            }
            return core;
        }

        Hit? TryQuantityPhraseCore(int i)
        {
            var k = Is(i, "the") ? i + 1 : i;
            if (L(k) is { Shift: { } s } && s != 0 && TryQuantity(k + 1, out var qLast, out var amount)
                && L(qLast + 1) is { Unit: { } rangeUnit } && rangeUnit != TimeUnit.Weekend)
                return new Hit(i, qLast + 1, new TimeExpression(ExpressionKind.Duration) { Unit = rangeUnit, Amount = amount });
            if (!TryQuantity(i, out var last, out var value))
            {
                if (L(i) is { Unit: { } bare } && IsPlural(i))
                {
                    if (Is(i + 1, "ago")) return new Hit(i, i + 1, new TimeExpression(ExpressionKind.Reference) { Code = "PAST_REF" });
                    // "for days", "within weeks", "days later": an unstated number of units.
                    if (Is(i - 1, "for") || Is(i - 1, "within") || Is(i + 1, "later") || Is(i + 1, "earlier") || Is(i + 1, "after") || Is(i + 1, "before"))
                        return new Hit(i, i, new TimeExpression(ExpressionKind.Duration) { Unit = bare });
                }
                return null;
            }
            // "5 1/2 hours", "two and a half years": half a unit more.
            var half = false;
            if (value is not null && T(last + 1) is { Number: 1, IsPlainNumber: true } && Is(last + 2, "/") && T(last + 3) is { Number: 2, IsPlainNumber: true }
                && Adjacent(last + 1, last + 2) && Adjacent(last + 2, last + 3))
            {
                (half, last) = (true, last + 3);
            }
            else if (value is not null && Is(last + 1, "and") && Is(last + 2, "a") && Is(last + 3, "half"))
            {
                (half, last) = (true, last + 3);
            }
            var u = last + 1;
            var hyphenated = false;
            if (T(u)?.IsDash == true && Adjacent(last, u) && Adjacent(u, u + 1)) { u++; hyphenated = true; }
            if (L(u) is not { Unit: { } unit } || unit == TimeUnit.Weekend) return null;
            // "a minute and a half"
            var halfAfter = !half && value == 1 && Is(u + 1, "and") && Is(u + 2, "a") && Is(u + 3, "half");
            // "a year-earlier loss" is a date, read by TryYearAgo.
            if (T(u + 1)?.IsDash == true && (Is(u + 2, "ago") || Is(u + 2, "earlier"))) return null;
            var article = Is(i, "a") || Is(i, "an");
            // "a second attack" is an ordinal, not one second.
            if (unit == TimeUnit.Second && article) return null;
            // "the 1988 second quarter": a count above one takes a plural unit unless hyphenated ("24-hour").
            // A number in words is no such label: "a five year plan".
            if (value > 1 && !hyphenated && !IsPlural(u) && T(i)!.Digits > 0) return null;
            if (half || halfAfter)
            {
                // Half a unit is a duration; "two and a half years ago" keeps its whole units.
                if (Is(u + 1, "ago") || !HalfUnit(unit)) half = halfAfter = false;
                else return new Hit(i, halfAfter ? u + 3 : u, new TimeExpression(ExpressionKind.Duration) { Unit = unit, Amount = value, AndAHalf = true });
            }
            // "a 24-year-old man", "a decades-old mine": an age.
            if (T(u + 1)?.IsDash == true && Is(u + 2, "old")) return null;
            if (article && IsPlural(u) && value is 1 or null && !Is(i + 1, "few")) return null;
            if (Is(u + 1, "ago"))
            {
                return value is null
                    ? new Hit(i, u + 1, new TimeExpression(ExpressionKind.Reference) { Code = "PAST_REF" })
                    : new Hit(i, u + 1, new TimeExpression(ExpressionKind.Ago) { Unit = unit, Amount = value });
            }
            // "two days later", "a year earlier": the narrative's reference time moved by the amount (a duration when
            // nothing earlier anchors it). "one year after the attack" stays a duration: its anchor is an event;
            // so does "a month earlier than usual", a comparison.
            if (value is { } moved && (Is(u + 1, "later") || Is(u + 1, "earlier")) && !Is(u + 2, "than") && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Fortnight or TimeUnit.Month or TimeUnit.Year)
            {
                var sign = Is(u + 1, "later") ? 1 : -1;
                var (anchoredUnit, units) = unit == TimeUnit.Fortnight ? (TimeUnit.Day, checked(moved * 14)) : (unit, moved);
                return new Hit(i, u + 1, new TimeExpression(ExpressionKind.Anchored)
                {
                    Unit = anchoredUnit, Amount = sign * units, DurationWhenUnanchored = true,
                });
            }
            // "a year" on its own is too weak ("a year of fighting" is still a duration, but "a day" in "twice a day" is a set).
            if (article && (Is(i - 1, "once") || Is(i - 1, "twice") || Is(i - 1, "times"))) return null;
            return new Hit(i, u, new TimeExpression(ExpressionKind.Duration) { Unit = unit, Amount = value });
        }

        /// Units whose half TIMEX3 writes in the next smaller one: a year (6M), a day (12H), an hour (30M), a minute (30S).
        static bool HalfUnit(TimeUnit unit) => unit is TimeUnit.Year or TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute;

        /// "daily", "every day", "every two weeks", "every Monday", "on Fridays".
        Hit? TrySet(int i)
        {
            var x = t[i];
            if (x.Lex is { SetValue: { } value } && !x.IsCapitalised)
                return new Hit(i, i, new TimeExpression(ExpressionKind.Set) { Code = value });
            if (x.Is("every") || x.Is("each"))
            {
                var k = i + 1;
                int? amount = 1;
                if (!Is(k, "a") && !Is(k, "an") && TryQuantity(k, out var qLast, out var q) && q is not null) { amount = q; k = qLast + 1; }
                if (L(k) is { Weekday: > 0 } day)
                    return new Hit(i, k, new TimeExpression(ExpressionKind.Set) { Code = $"XXXX-WXX-{day.Weekday}" });
                if (L(k) is { PartOfDay: { } pod } && amount == 1)
                    return new Hit(i, k, new TimeExpression(ExpressionKind.Set) { Code = "XXXX-XX-XXT" + pod });
                if (L(k) is { Unit: { } unit })
                    return new Hit(i, k, new TimeExpression(ExpressionKind.Set) { Unit = unit, Amount = amount });
                return null;
            }
            if (x.Lex is { Weekday: > 0, WeekdayPlural: true } plural && !LooksLikeName(i))
                return new Hit(i, i, new TimeExpression(ExpressionKind.Set) { Code = $"XXXX-WXX-{plural.Weekday}" });
            return null;
        }

        /// "recently", "now", "at the moment", "in the future"; not "in the past two days", which is a duration.
        Hit? TryReference(int i)
        {
            foreach (var phrase in lexicon.ReferencesStartingWith(t[i].Text))
            {
                if (!MatchesPhrase(i, phrase)) continue;
                var after = i + phrase.Words.Length;
                if (TryQuantity(after, out _, out _) || L(after) is { Unit: not null }) continue;
                return new Hit(i, after - 1, new TimeExpression(ExpressionKind.Reference) { Code = phrase.Value });
            }
            return null;
        }

        /// "10:30", "10:30 pm", "10 pm", "10am", "10 a.m." on the day in context.
        Hit? TryClock(int i) =>
            TryClockCore(i, out var clock, out var last) ? new Hit(i, last, new TimeExpression(ExpressionKind.Clock) { PartOfDay = clock }) : null;

        /// A clock time as the TIMEX3 time part: "22:30", or "20" when the text gave the hour only ("8 pm").
        bool TryClockCore(int i, out string clock, out int last)
        {
            clock = "";
            last = i;
            // "at noon", "around midday": a clock time said in words, after a word that takes one.
            if (T(i) is { Kind: TokenKind.Word } w && w.Lex?.PartOfDay is { } said && said.Contains(':', StringComparison.Ordinal) && !IsPlural(i)
                && (Is(i - 1, "at") || Is(i - 1, "around") || Is(i - 1, "by") || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "until")))
            {
                clock = said;
                return true;
            }
            if (T(i) is not { } x || x.Number < 0 || x.Digits > 2) return false;
            if (T(i - 1)?.IsPunctuation(':') == true && Adjacent(i - 1, i)) return false; // the tail of "3:07:35"
            int hour = x.Number, minute = -1;
            if (x.Kind == TokenKind.Number && T(i + 1)?.IsPunctuation(':') == true && Adjacent(i, i + 1) && Adjacent(i + 1, i + 2)
                && T(i + 2) is { Kind: TokenKind.Number, Digits: 2 } m && m.IsPlainNumber && m.Number < 60 && hour <= 24)
            {
                minute = m.Number;
                last = i + 2;
                if (T(i + 3)?.IsPunctuation(':') == true && Adjacent(i + 2, i + 3)) return false; // "3:07:35" is a duration
                if (AmPm(T(last + 1)) is { } half) { hour = Hour12(hour, half); last++; }
                if (hour == 24) hour = 0;
            }
            else if (x.Kind == TokenKind.Word && hour is >= 1 and <= 12 && AmPm(x.Suffix) is { } glued)
            {
                hour = Hour12(hour, glued);
                last = i;
            }
            else if (x.Kind == TokenKind.Number && hour is >= 1 and <= 12 && AmPm(T(i + 1)) is { } spaced)
            {
                hour = Hour12(hour, spaced);
                last = i + 1;
            }
            else return false;
            if (L(last + 1) is { TimeZone: true } && T(last + 1)!.Text.All(char.IsUpper)) last++;
            var h = hour.ToString("D2", CultureInfo.InvariantCulture);
            // TIMEX3 writes a time of day as hours and minutes even when only the hour was said ("8 pm" -> 20:00).
            clock = h + ":" + Math.Max(0, minute).ToString("D2", CultureInfo.InvariantCulture);
            return true;
        }

        static bool? AmPm(TimeToken? token) => token is { Kind: TokenKind.Word, Digits: 0 } ? AmPm(token.Text) : null;

        static bool? AmPm(string text) => text.ToLowerInvariant() switch
        {
            "am" or "a.m." or "a.m" => false,
            "pm" or "p.m." or "p.m" => true,
            _ => null,
        };

        static int Hour12(int hour, bool pm) => pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    }
}
