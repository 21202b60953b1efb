using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// Cuts text into WordPieces with the shared Tokenizer; one list per call, no state kept. Used by the Entities
/// and Numbers stages alike, so a lexicon phrase matches the same way in both.
internal static class WordPieces
{
    /// The numbers, actor and source stages all cut the same article; the pieces of a whole text are kept while
    /// the text itself lives, so the article is cut once. Callers only read the list.
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, List<WordPiece>> WholeTexts = new();

    public static List<WordPiece> Split(string text, TextSpan within)
    {
        if (within.Start == 0 && within.End == text.Length && text.Length > 0)
        {
            return WholeTexts.GetValue(text, t => Cut(t, new TextSpan(0, t.Length)));
        }
        return Cut(text, within);
    }

    static List<WordPiece> Cut(string text, TextSpan within)
    {
        var pieces = new List<WordPiece>();
        foreach (var token in Tokenizer.Instance.Tokenize(text, within))
        {
            if (token.Kind != TokenKind.Word)
            {
                var glued = token.Span.Start > 0 && !char.IsWhiteSpace(text[token.Span.Start - 1]);
                pieces.Add(new WordPiece(token.Span, token.Text, KeyOf(token.Text), token.Kind, glued));
                continue;
            }
            SplitWord(text, token, pieces);
        }
        return pieces;
    }

    /// The lookup form of a lexicon word, the same rule the text goes through.
    public static string KeyOf(string word) => word.Replace(".", "", StringComparison.Ordinal).Replace('’', '\'').ToLowerInvariant() is { Length: > 0 } key ? key : word;

    static void SplitWord(string text, Token token, List<WordPiece> pieces)
    {
        var start = token.Span.Start;
        var end = token.Span.End;
        // A trailing possessive is its own piece: "Taliban's" -> "Taliban" + "'s".
        var possessive = -1;
        if (end - start > 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’') possessive = end - 2;
        var wordEnd = possessive >= 0 ? possessive : end;
        var partStart = start;
        var first = true;
        for (var i = start; i <= wordEnd; i++)
        {
            if (i < wordEnd && text[i] is not ('-' or '‐')) continue;
            if (i > partStart)
            {
                var part = text[partStart..i];
                var glued = !first || (partStart > 0 && !char.IsWhiteSpace(text[partStart - 1]));
                pieces.Add(new WordPiece(new TextSpan(partStart, i), part, KeyOf(part), TokenKind.Word, glued));
                first = false;
            }
            partStart = i + 1;
        }
        if (possessive >= 0)
        {
            var part = text[possessive..end];
            pieces.Add(new WordPiece(new TextSpan(possessive, end), part, "'s", TokenKind.Punctuation, true));
        }
    }
}
