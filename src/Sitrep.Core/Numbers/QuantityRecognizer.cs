using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Entities;
using Sitrep.Core.Text;

namespace Sitrep.Core.Numbers;

/// Finds counts in text: digits ("1,601"), number words ("forty-two", "two hundred"), fixed and vague phrases
/// ("a dozen", "dozens", "several", "no one"), with modifiers ("at least", "nearly") and ranges ("10-15",
/// "between 10 and 15"). Years, dates, times, percentages, measures, money and labels ("Route 1", "F-16")
/// are not counts. All word lists are data files under data/numbers/. Built once; safe for concurrent calls.
public sealed class QuantityRecognizer
{
    readonly FrozenDictionary<string, NumberWord> _words;
    readonly PhraseIndex<VaguePhrase> _phrases;
    readonly PhraseIndex<QuantityModifier> _modifiers;
    readonly PhraseIndex<QuantityModifier> _postfixes;
    readonly FrozenSet<string> _notAfter;
    readonly FrozenSet<string> _notBefore;
    readonly FrozenSet<string> _personNouns;
    readonly FrozenSet<string> _countryWords;

    QuantityRecognizer(
        FrozenDictionary<string, NumberWord> words,
        PhraseIndex<VaguePhrase> phrases,
        PhraseIndex<QuantityModifier> modifiers,
        PhraseIndex<QuantityModifier> postfixes,
        FrozenSet<string> notAfter,
        FrozenSet<string> notBefore,
        FrozenSet<string> personNouns,
        FrozenSet<string> countryWords)
    {
        (_words, _phrases, _modifiers, _postfixes) = (words, phrases, modifiers, postfixes);
        (_notAfter, _notBefore, _personNouns, _countryWords) = (notAfter, notBefore, personNouns, countryWords);
    }

    public static QuantityRecognizer CreateDefault()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows("number-words.tsv", 3))
        {
            var role = fields[2] switch
            {
                "unit" => NumberRole.Unit,
                "tens" => NumberRole.Tens,
                "scale" => NumberRole.Scale,
                "dozen" => NumberRole.Dozen,
                _ => throw new BadInputException(DataDirectory.PathOf("numbers", "number-words.tsv"), line, $"role is \"{fields[2]}\"; expected unit, tens, scale or dozen"),
            };
            words[WordPieces.KeyOf(fields[0])] = new NumberWord(ParseLong(fields[1], "number-words.tsv", line), role);
        }

        var phrases = new List<(string, VaguePhrase)>();
        foreach (var (line, fields) in Rows("vague.tsv", 4))
        {
            var phrase = fields[0];
            string? lookahead = null;
            var bracket = phrase.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                lookahead = WordPieces.KeyOf(phrase[(bracket + 1)..].TrimEnd(']').Trim());
                phrase = phrase[..bracket].Trim();
            }
            var flags = fields.Length > 4 ? fields[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            phrases.Add((phrase, new VaguePhrase(
                (int)ParseLong(fields[1], "vague.tsv", line), (int)ParseLong(fields[2], "vague.tsv", line), (int)ParseLong(fields[3], "vague.tsv", line),
                flags.Contains("vague"), flags.Contains("scalable"), flags.Contains("notbeforeand"), lookahead)));
        }

        var countryWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataDirectory.ReadLexicon("countries", "demonyms.tsv"))
        {
            var fields = line.Split('\t');
            foreach (var name in fields.Skip(1).SelectMany(f => f.Split(',')))
                if (name.Trim().Split(' ')[0] is { Length: > 0 } first) countryWords.Add(WordPieces.KeyOf(first));
        }

        return new QuantityRecognizer(
            words.ToFrozenDictionary(StringComparer.Ordinal),
            new PhraseIndex<VaguePhrase>(phrases),
            new PhraseIndex<QuantityModifier>(Modifiers("modifiers.tsv")),
            new PhraseIndex<QuantityModifier>(Modifiers("postfixes.tsv")),
            Keys("not-count-after.txt"),
            Keys("not-count-before.txt"),
            Keys("person-nouns.txt"),
            countryWords.ToFrozenSet(StringComparer.Ordinal));
    }

    public ImmutableArray<Quantity> Find(string text, TextSpan within)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(within.End, text.Length, nameof(within));
        var pieces = WordPieces.Split(text, within);
        var found = ImmutableArray.CreateBuilder<Quantity>();
        for (var i = 0; i < pieces.Count;)
        {
            if (TryRead(text, pieces, i, out var quantity, out var next))
            {
                found.Add(quantity);
                i = next;
            }
            else i++;
        }
        return found.ToImmutable();
    }

    public ImmutableArray<Quantity> Find(string text) => Find(text, new TextSpan(0, text?.Length ?? 0));

    bool TryRead(string text, List<WordPiece> pieces, int i, out Quantity quantity, out int next)
    {
        quantity = null!;
        next = i;
        var modifier = QuantityModifier.None;
        Figure figure;
        if (_modifiers.TryMatch(pieces, i, out var modifierLength, out var stated) && TryFigure(pieces, i + modifierLength, out figure))
            modifier = stated;
        else if (!TryFigure(pieces, i, out figure)) return false;

        long low = figure.Low, best = figure.Best, high = figure.High;
        var end = figure.End;
        var isYear = figure.IsYear;
        // A range keeps the lower figure as Best: ACLED codes the most conservative number. "rose from 10 to 15"
        // is a change, not a range: both figures stand alone.
        var isChange = end < pieces.Count && pieces[end].Key == "to" && i > 0 && pieces[i - 1].Key == "from";
        if (end + 1 < pieces.Count && !isChange && IsRangeJoin(pieces[end], modifier) && !IsOrMore(pieces, end)
            && TryFigure(pieces, end + 1, out var upper) && !upper.IsVague && !figure.IsVague && upper.Best > figure.Best)
        {
            high = upper.High;
            end = upper.End;
            isYear |= upper.IsYear;
        }
        else if (modifier == QuantityModifier.Between)
        {
            // "a clash between two groups": no range, so "between" is no part of the count.
            modifier = QuantityModifier.None;
            i = figure.Start;
        }

        if (isYear || IsExcluded(text, pieces, i, figure.IsDigits, end)) return false;
        if (figure.NotBeforeAnd && AndFollows(pieces, end)) return false;

        var spanEnd = end;
        var postStart = end < pieces.Count && pieces[end].IsPunctuation('-') && pieces[end].GluedToPrevious ? end + 1 : end;
        if (_postfixes.TryMatch(pieces, postStart, out var postLength, out var post))
        {
            spanEnd = postStart + postLength;
            if (post != QuantityModifier.None && modifier == QuantityModifier.None) modifier = post;
        }

        if (modifier is QuantityModifier.UpTo or QuantityModifier.AtMost && low > 1) low = 1;
        if (high > int.MaxValue || best > int.MaxValue) return false;
        quantity = new Quantity(
            new TextSpan(pieces[i].Span.Start, pieces[spanEnd - 1].Span.End),
            (int)low, (int)best, (int)high, modifier, figure.IsVague);
        next = spanEnd;
        return true;
    }

    /// A figure without modifiers: a phrase from vague.tsv, digits, number words, or "a"/"an" before a person noun
    /// (up to three words between: "an Islami Chhatra Shibir leader").
    bool TryFigure(List<WordPiece> pieces, int j, out Figure figure)
    {
        figure = default;
        if (j >= pieces.Count) return false;
        var piece = pieces[j];

        if (_phrases.TryMatch(pieces, j, out var length, out var phrase)
            && (phrase.Lookahead is null || (j + length < pieces.Count && pieces[j + length].Key == phrase.Lookahead)))
        {
            long low = phrase.Low, best = phrase.Best, high = phrase.High;
            var end = j + length;
            // "several hundred" is three hundreds, "a few dozen" three dozens.
            if (phrase.Scalable && end < pieces.Count && _words.TryGetValue(pieces[end].Key, out var scale) && scale.Role is NumberRole.Scale or NumberRole.Dozen)
            {
                (low, best, high) = (low * scale.Value, best * scale.Value, high * scale.Value);
                end++;
            }
            figure = new Figure(j, end, low, best, high, phrase.Vague, false, phrase.NotBeforeAnd, false);
            return true;
        }

        if (piece.IsNumber) return TryDigits(pieces, j, out figure);

        var isArticle = piece.Key is "a" or "an";
        if (_words.ContainsKey(piece.Key)
            || (isArticle && j + 1 < pieces.Count && _words.TryGetValue(pieces[j + 1].Key, out var next) && next.Role is NumberRole.Scale or NumberRole.Dozen))
            return TryWords(pieces, j, out figure);

        // "a man", "an Afghan soldier": one person, and only then is the article a count.
        if (isArticle)
        {
            for (var k = j + 1; k < pieces.Count && k <= j + 4; k++)
            {
                var word = pieces[k];
                if (!word.IsWord || _notBefore.Contains(word.Key)) break;
                if (_personNouns.Contains(word.Key))
                {
                    figure = new Figure(j, k + 1, 1, 1, 1, false, false, false, false);
                    return true;
                }
                if (word.Key is "the" or "a" or "an" or "of" or "and" or "or" or "in" or "on" or "at" or "by" or "to" or "was" or "were" or "is") break;
            }
        }
        return false;
    }

    bool TryDigits(List<WordPiece> pieces, int j, out Figure figure)
    {
        figure = default;
        var raw = pieces[j].Text.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        var end = j + 1;
        // "1.5 million", "2 dozen": a scale word multiplies; a bare decimal ("3.5") is a measure, not a count.
        while (end < pieces.Count && value < 1_000_000_000_000m && _words.TryGetValue(pieces[end].Key, out var scale) && scale.Role is NumberRole.Scale or NumberRole.Dozen)
        {
            value *= scale.Value;
            end++;
        }
        if (value != decimal.Truncate(value) || value > int.MaxValue) return false;
        var isYear = end == j + 1 && raw.Length == 4 && !pieces[j].Text.Contains(',', StringComparison.Ordinal) && value is >= 1900 and <= 2100;
        var count = (long)value;
        figure = new Figure(j, end, count, count, count, false, true, false, isYear);
        return true;
    }

    bool TryWords(List<WordPiece> pieces, int j, out Figure figure)
    {
        figure = default;
        long total = 0, current = 0;
        var k = j;
        var last = NumberRole.Scale;
        var any = false;
        if (pieces[k].Key is "a" or "an")
        {
            current = 1;
            k++;
        }
        var end = k;
        while (k < pieces.Count && total + current < 1_000_000_000_000L)
        {
            var key = pieces[k].Key;
            // "two hundred and fifty": "and" joins only after a scale word and before a smaller number.
            if (key == "and" && any && last == NumberRole.Scale && k + 1 < pieces.Count
                && _words.TryGetValue(pieces[k + 1].Key, out var after) && after.Role is NumberRole.Unit or NumberRole.Tens)
            {
                k++;
                continue;
            }
            if (!_words.TryGetValue(key, out var word)) break;
            var fits = word.Role switch
            {
                NumberRole.Unit => !any || last is NumberRole.Tens or NumberRole.Scale or NumberRole.Dozen,
                NumberRole.Tens => !any || last is NumberRole.Scale,
                _ => true,
            };
            if (!fits) break;
            switch (word.Role)
            {
                case NumberRole.Unit:
                case NumberRole.Tens:
                    current += word.Value;
                    break;
                case NumberRole.Dozen:
                    current = (current == 0 ? 1 : current) * word.Value;
                    break;
                default:
                    if (word.Value == 100) current = (current == 0 ? 1 : current) * 100;
                    else
                    {
                        total += (current == 0 ? 1 : current) * word.Value;
                        current = 0;
                    }
                    break;
            }
            last = word.Role;
            any = true;
            k++;
            end = k;
        }
        if (!any) return false;
        var value = total + current;
        figure = new Figure(j, end, value, value, value, false, false, false, false);
        return true;
    }

    /// start is the first piece of the phrase (the modifier's when there is one), end the piece after the figure.
    bool IsExcluded(string text, List<WordPiece> pieces, int start, bool isDigits, int end)
    {
        if (start > 0)
        {
            var before = pieces[start - 1];
            if (_notBefore.Contains(before.Key)) return true;
            if (isDigits)
            {
                // "Route 1", "Resolution 2254": a capitalised word glued before digits names a thing.
                if (before.IsCapitalised && !IsClauseStart(text, pieces, start - 1)) return true;
                // "F-16", "COVID-19", "AK-47": digits hyphened onto a word are a code.
                if (before.IsPunctuation('-') && before.GluedToPrevious && pieces[start].GluedToPrevious && start > 1 && pieces[start - 2].IsWord) return true;
                // "10:30" is a time, "24/01" a date.
                if ((before.IsPunctuation(':') || before.IsPunctuation('/')) && pieces[start].GluedToPrevious && start > 1 && pieces[start - 2].IsNumber) return true;
                // "Saber Ahmed, 29, was shot": an age set off by commas after a name.
                if (before.IsPunctuation(',') && start > 1 && pieces[start - 2].IsCapitalised && end < pieces.Count
                    && (pieces[end].IsPunctuation(',') || pieces[end].IsPunctuation('.')) && pieces[start].Text.Length <= 3) return true;
                // "Mazid Uddin (45)": an age in brackets after a name.
                if (before.IsPunctuation('(') && start > 1 && pieces[start - 2].IsCapitalised && end < pieces.Count && pieces[end].IsPunctuation(')')) return true;
                // "the 808 Tandar": digits between "the" and a name are part of the name.
                if (before.Key == "the" && end < pieces.Count && pieces[end].IsCapitalised && !_countryWords.Contains(pieces[end].Key)) return true;
            }
        }
        if (end < pieces.Count)
        {
            var after = pieces[end];
            if (after.IsPunctuation('%') || after.Key == "%") return true;
            if ((after.IsPunctuation(':') || after.IsPunctuation('/')) && end + 1 < pieces.Count && pieces[end + 1].GluedToPrevious
                && pieces[end + 1].Text.Length > 0 && char.IsDigit(pieces[end + 1].Text[0])) return true;
            if (_notAfter.Contains(after.Key)) return true;
            // "5-year-old", "10-km": the measure sits behind a hyphen.
            if (after.IsPunctuation('-') && end + 1 < pieces.Count && _notAfter.Contains(pieces[end + 1].Key)) return true;
            // "the 20-party alliance", "a 10-member team": digits hyphened onto a word describe, not count.
            if (isDigits && after.IsPunctuation('-') && after.GluedToPrevious && end + 1 < pieces.Count && pieces[end + 1].IsWord
                && pieces[end + 1].GluedToPrevious && !_postfixes.StartsAny(pieces[end + 1].Key) && !_words.ContainsKey(pieces[end + 1].Key)) return true;
            // "3) Another vehicle": a list number.
            if (isDigits && after.IsPunctuation(')') && (start == 0 || !pieces[start - 1].IsPunctuation('('))) return true;
        }
        return false;
    }

    static bool IsClauseStart(string text, List<WordPiece> pieces, int k)
    {
        if (k == 0) return true;
        var previous = pieces[k - 1];
        if (previous.Kind == TokenKind.Punctuation && previous.Text is "." or "!" or "?" or "\"" or "“" or "”" or ":" or ";" or "—" or "–" or "'" or "‘") return true;
        return text.AsSpan(previous.Span.End, pieces[k].Span.Start - previous.Span.End).ContainsAny('\n', '\r');
    }

    static bool IsRangeJoin(WordPiece piece, QuantityModifier modifier) =>
        modifier == QuantityModifier.Between ? piece.Key is "and" or "to" or "-" or "–" : piece.Key is "-" or "–" or "to" or "or";

    static bool IsOrMore(List<WordPiece> pieces, int end) =>
        pieces[end].Key is "or" or "and" && end + 1 < pieces.Count && pieces[end + 1].Key is "more" or "so";

    /// "both soldiers and police": "both" coordinates and counts nothing.
    static bool AndFollows(List<WordPiece> pieces, int end)
    {
        for (var k = end; k < pieces.Count && k < end + 6; k++)
        {
            if (pieces[k].Kind == TokenKind.Punctuation) return false;
            if (pieces[k].Key == "and") return true;
        }
        return false;
    }

    /// Rows of a data/numbers/ table (see TabFile), with the path for error messages.
    static IEnumerable<(int Line, string[] Fields)> Rows(string file, int minimumFields) =>
        TabFile.Rows(DataDirectory.PathOf("numbers", file), minimumFields);

    static long ParseLong(string raw, string file, int line) =>
        long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BadInputException(DataDirectory.PathOf("numbers", file), line, $"\"{raw}\" is not a whole number");

    static IEnumerable<(string, QuantityModifier)> Modifiers(string file)
    {
        foreach (var (line, fields) in Rows(file, 2))
        {
            if (!Enum.TryParse<QuantityModifier>(fields[1], out var modifier))
                throw new BadInputException(DataDirectory.PathOf("numbers", file), line, $"modifier is \"{fields[1]}\"; expected one of {string.Join(", ", Enum.GetNames<QuantityModifier>())}");
            yield return (fields[0], modifier);
        }
    }

    static FrozenSet<string> Keys(string file) =>
        DataDirectory.ReadLexicon("numbers", file).Select(WordPieces.KeyOf).ToFrozenSet(StringComparer.Ordinal);

    enum NumberRole { Unit, Tens, Scale, Dozen }

    readonly record struct NumberWord(long Value, NumberRole Role);

    sealed record VaguePhrase(int Low, int Best, int High, bool Vague, bool Scalable, bool NotBeforeAnd, string? Lookahead);

    /// Start and End are piece indexes, End exclusive.
    readonly record struct Figure(int Start, int End, long Low, long Best, long High, bool IsVague, bool IsDigits, bool NotBeforeAnd, bool IsYear);
}
