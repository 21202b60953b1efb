using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// Reads the publication date from the top of an article when the input gives none: a dateline
/// ("KABUL, Oct 3 (Reuters) -"), a date line ("October 3, 2016", "2016-10-03", "Monday 3 October 2016")
/// or a labelled one ("Published: 3 October 2016"). A date inside the first sentence of the story
/// ("On 3 January 2015, police ...") is not a dateline. Thread-safe; holds no per-text state.
public sealed partial class PublicationDateFinder
{
    /// Datelines sit in the first lines; looking further would pick up dates from the story.
    const int HeadLength = 400;
    const int HeadLines = 4;

    readonly TemporalTagger _tagger;

    public PublicationDateFinder(TemporalTagger tagger) => _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));

    public static PublicationDateFinder CreateDefault() => new(TemporalTagger.CreateDefault());

    public PublicationDate? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = Head(text);
        if (head == 0) return null;
        foreach (var mention in _tagger.Tag(text[..head], null))
        {
            if (mention.Type is TimexType.Duration or TimexType.Set) continue;
            var day = DayValue().Match(mention.Value);
            if (!day.Success) continue;
            var lineStart = text.LastIndexOfAny(['\n', '\r'], Math.Max(0, mention.Span.Start - 1)) + 1;
            if (mention.Span.Start == 0) lineStart = 0;
            var lineEnd = text.IndexOfAny(['\n', '\r'], mention.Span.End);
            if (lineEnd < 0) lineEnd = text.Length;
            if (!DatelinePrefix().IsMatch(text.AsSpan(lineStart, mention.Span.Start - lineStart))) continue;
            if (!DatelineSuffix().IsMatch(text.AsSpan(mention.Span.End, lineEnd - mention.Span.End))) continue;
            // A dateline that took its year from a later date of the text says so.
            if (mention.Start is { } date) return new PublicationDate(date, mention.Span, mention.Anchor is null ? "dateline" : "dateline; year from text");
            // "KABUL, Oct 3 (Reuters) -" has no year: take the one the story's dates use most.
            if (YearFromText(text) is not { } year) return null;
            var month = int.Parse(day.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
            var dayOfMonth = int.Parse(day.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12 || dayOfMonth > DateTime.DaysInMonth(year, month)) return null;
            return new PublicationDate(new DateOnly(year, month, dayOfMonth), mention.Span, "dateline; year from text");
        }
        return null;
    }

    static int Head(string text)
    {
        var end = Math.Min(text.Length, HeadLength);
        var lines = 0;
        for (var i = 0; i < end; i++)
        {
            if (text[i] != '\n') continue;
            if (i > 0 && string.IsNullOrWhiteSpace(text[..i])) continue;
            if (++lines == HeadLines) return i;
        }
        // Do not cut a line in two: a date at the cut would lose its year.
        var lineEnd = text.IndexOf('\n', end);
        return lineEnd < 0 ? text.Length : Math.Min(lineEnd, end + 80);
    }

    int? YearFromText(string text)
    {
        var years = new Dictionary<int, int>();
        foreach (var m in _tagger.Tag(text, null))
        {
            if (m.Type is TimexType.Duration or TimexType.Set || m.Start is null) continue;
            var y = FullYear().Match(m.Value);
            if (!y.Success) continue;
            var year = int.Parse(y.ValueSpan, CultureInfo.InvariantCulture);
            years[year] = years.GetValueOrDefault(year) + 1;
        }
        if (years.Count == 0) return null;
        return years.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
    }

    [GeneratedRegex(@"^(?:\d{4}|XXXX)-(?<month>\d\d)-(?<day>\d\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DayValue();

    [GeneratedRegex(@"^\d{4}(?=-|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex FullYear();

    /// Before the date on its line: nothing, a label ("Published:"), a byline ending in a separator, or a
    /// dateline place in capitals or title case followed by a comma ("KABUL,", "Kabul, Afghanistan,").
    [GeneratedRegex(@"^\s*(?:(?:(?:first\s+)?(?:published|updated|posted|dated?|last\s+updated)(?:\s+on)?\s*:?\s*)|(?:by\s[^\n]{1,80}?\s*[|•·—–-]\s*)|(?:\p{Lu}[\p{L}.'’ -]{0,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{0,40}){0,2},\s*))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    internal static partial Regex DatelinePrefix();

    /// After it: the end of the line, an agency in brackets, a dash or bar, or a clock time.
    [GeneratedRegex(@"^\s*(?:$|\(|[|•·—–-]|,?\s*\d{1,2}[:.]\d\d|,?\s*\d{1,2}\s*[ap]\.?m\b|at\s+\d|/)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    internal static partial Regex DatelineSuffix();
}
