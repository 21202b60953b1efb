using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sitrep.Core.Text;

/// Splits news text into sentences. A sentence ends at '.', '!' or '?' (with any closing quotes or
/// brackets) followed by space and a capital, digit or quote -- unless the word before the stop is a known
/// abbreviation ("Gen.", "Oct.") or an initial ("J.") -- and at every line break, since news paragraphs are lines.
public sealed class SentenceSplitter
{
    readonly FrozenSet<string> _abbreviations;

    public SentenceSplitter(IEnumerable<string> abbreviations) =>
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.Ordinal);

    public static SentenceSplitter CreateDefault() => new(DataDirectory.ReadLexicon("text", "abbreviations.txt"));

    public ImmutableArray<Sentence> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, sentences);
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']' or '.') end++;
            if (end < text.Length && !char.IsWhiteSpace(text[end])) continue;
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (next < text.Length && text[next] is not ('\n' or '\r') && !StartsSentence(text[next])) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            Add(text, start, end, sentences);
            start = end;
            i = end - 1;
        }
        Add(text, start, text.Length, sentences);
        return sentences.ToImmutable();
    }

    static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '[' or '-' or '—';

    bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        return _abbreviations.Contains(word);
    }

    static void Add(string text, int start, int end, ImmutableArray<Sentence>.Builder sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end)));
    }
}
