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
        return _resolver.Resolve(text, tokens, _grammar.Parse(tokens), published);
    }
}
