using System.Collections.Frozen;

namespace Sitrep.Core.Text;

/// Finds lexicon phrases ("air strike", "blew himself up") in a token sequence, case-insensitively,
/// longest match first, without overlaps. Lexicons stay data; matching stays one well-tested loop.
public sealed class PhraseMatcher<T>
{
    readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byFirstWord;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        _byFirstWord = phrases
            .Select(p => (Words: Words(p.Phrase), p.Value))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Words.Length).ToArray(),
                StringComparer.Ordinal);
    }

    /// The first words of the phrases, as token keys: a token list holding none of them holds no phrase.
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// A phrase is written as it is tokenised: "exchange of fire", "u.s.", "set ablaze"; its words are compared as
    /// token keys (lowercase, apostrophes folded), ordinally.
    static string[] Words(string phrase) =>
        Tokenizer.Instance.Tokenize(phrase.Trim()).Select(t => t.Key).ToArray();

    public IReadOnlyList<PhraseMatch<T>> Match(IReadOnlyList<Token> tokens)
    {
        // Most lists match nothing in most clauses: the list is made only for a first match.
        List<PhraseMatch<T>>? matches = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Key, out var candidates)) continue;
            foreach (var (words, value) in candidates)
            {
                if (!MatchesAt(tokens, i, words)) continue;
                (matches ??= []).Add(new PhraseMatch<T>(i, i + words.Length, tokens[i].Span.Cover(tokens[i + words.Length - 1].Span), value));
                i += words.Length - 1;
                break;
            }
        }
        return matches is null ? [] : matches;
    }

    static bool MatchesAt(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count) return false;
        for (var k = 1; k < words.Length; k++)
        {
            if (!string.Equals(tokens[start + k].Key, words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
