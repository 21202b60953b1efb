using System.Collections.Immutable;

namespace Sitrep.Core.Time;

/// Finds temporal expressions in news text and gives each its TIMEX3 type and value and, when it names a
/// calendar interval, that interval. Relative expressions ("on Thursday night", "last October") are
/// anchored on the publication date, preferring the past unless the clause is in the future tense.
/// Built once; holds no per-text state, so concurrent calls are safe.
public sealed class TemporalTagger
{
    readonly TimeTokenizer _tokenizer;
    readonly TimeGrammar _grammar;
    readonly TimeResolver _resolver = new();

    TemporalTagger(TimeLexicon lexicon)
    {
        _tokenizer = new TimeTokenizer(lexicon);
        _grammar = new TimeGrammar(lexicon);
    }

    /// Loads the lexicons from data/time/.
    public static TemporalTagger CreateDefault() => new(TimeLexicon.Load());

    /// The temporal expressions of text, in text order. With published null, relative expressions keep
    /// underspecified values ("XXXX-10-03", "XXXX-WXX-4") and no interval; absolute ones still resolve.
    public ImmutableArray<TimeMention> Tag(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Relative dates move a few centuries at most; a publication date at the ends of the calendar is a bug.
        if (published is { Year: < 1000 or > 9000 } odd)
            throw new ArgumentOutOfRangeException(nameof(published), odd, "publication date must lie between the years 1000 and 9000");
        if (text.Length == 0) return [];
        var tokens = _tokenizer.Tokenize(text);
        var parsed = _grammar.Parse(tokens);
        var mentions = _resolver.Resolve(text, tokens, parsed, published, null);
        // "Pabna, Jan. 14 -- ... police today ...": the dateline is the writer's today, a day or so before a given
        // publication date; the text's deictic words count from it.
        if (mentions.Length == 0 || parsed.Count == 0 || tokens[parsed[0].First].Start != mentions[0].Span.Start
            || DatelineDay(text, mentions[0]) is not { } dateline) return mentions;
        if (published is { } pub && dateline != pub && Math.Abs(dateline.DayNumber - pub.DayNumber) <= DatelineDays)
        {
            mentions = _resolver.Resolve(text, tokens, parsed, published, (dateline, 0));
        }
        return mentions.SetItem(0, mentions[0] with { IsDateline = true });
    }

    /// How far a dateline may lie from the given publication date and still be taken as the text's today: a wire
    /// story runs a day or two after it is filed; further off, the dateline is something else.
    const int DatelineDays = 7;

    /// The day of a dateline that opens the text's first line ("KABUL, Oct 3 (Reuters) -", "Jan. 29 --").
    static DateOnly? DatelineDay(string text, TimeMention first)
    {
        if (first is not { Granularity: TimeGranularity.Day, Start: { } day, Type: TimexType.Date or TimexType.Time } || first.Start != first.End) return null;
        var lineEnd = text.IndexOfAny(['\n', '\r'], first.Span.End);
        if (lineEnd < 0) lineEnd = text.Length;
        if (text.AsSpan(0, first.Span.Start).ContainsAny('\n', '\r')) return null;
        return PublicationDateFinder.DatelinePrefix().IsMatch(text.AsSpan(0, first.Span.Start))
            && PublicationDateFinder.DatelineSuffix().IsMatch(text.AsSpan(first.Span.End, lineEnd - first.Span.End)) ? day : null;
    }
}
