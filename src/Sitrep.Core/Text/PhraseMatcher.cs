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
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Words.Length).ToArray(),
                StringComparer.OrdinalIgnoreCase);
    }

    /// A phrase is written as it is tokenised: "exchange of fire", "u.s.", "set ablaze".
    static string[] Words(string phrase) =>
        Tokenizer.Instance.Tokenize(phrase.Trim()).Select(t => t.Text.ToLowerInvariant()).ToArray();

    public IReadOnlyList<PhraseMatch<T>> Match(IReadOnlyList<Token> tokens)
    {
        var matches = new List<PhraseMatch<T>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(Normalise(tokens[i].Text), out var candidates)) continue;
            foreach (var (words, value) in candidates)
            {
                if (!MatchesAt(tokens, i, words)) continue;
                matches.Add(new PhraseMatch<T>(i, i + words.Length, tokens[i].Span.Cover(tokens[i + words.Length - 1].Span), value));
                i += words.Length - 1;
                break;
            }
        }
        return matches;
    }

    static bool MatchesAt(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count) return false;
        for (var k = 1; k < words.Length; k++)
        {
            if (!string.Equals(Normalise(tokens[start + k].Text), words[k], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// Curly apostrophes and hyphens are folded so "Afghanistan’s" matches "afghanistan's".
    static string Normalise(string word) => word.Contains('’') ? word.Replace('’', '\'') : word;
}
