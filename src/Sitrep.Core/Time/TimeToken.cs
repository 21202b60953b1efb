using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// A token as the time grammar sees it: the text's token (hyphenated words split, possessive "'s" split off)
/// with its lexicon entry and, for tokens that start with digits, the number they carry ("3rd" -> 3, "1990s" -> 1990).
internal sealed class TimeToken
{
    public TimeToken(int start, int end, TokenKind kind, string text, LexEntry? lex, bool lineBreakBefore)
    {
        Start = start;
        End = end;
        Kind = kind;
        Text = text;
        Lex = lex;
        LineBreakBefore = lineBreakBefore;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        Digits = digits;
        Suffix = text[digits..];
        // Only plain digit runs carry a number: "1,601" and "3.5" are counts or measures, never dates.
        Number = digits is > 0 and <= 6 && (Suffix.Length == 0 || kind == TokenKind.Word) && Suffix.All(char.IsLetter)
            ? int.Parse(text.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture)
            : -1;
    }

    public int Start { get; }
    public int End { get; }
    public TokenKind Kind { get; }
    public string Text { get; }
    public LexEntry? Lex { get; }
    public bool LineBreakBefore { get; }

    /// Leading ASCII digits and the value they make, -1 when the token is not digits (+ letters).
    public int Digits { get; }
    public int Number { get; }
    /// The letters after the leading digits ("rd" in "3rd", "s" in "1990s"); the whole text for words.
    public string Suffix { get; }

    public bool IsPlainNumber => Number >= 0 && Suffix.Length == 0;
    public bool IsCapitalised => Kind == TokenKind.Word && char.IsUpper(Text[0]);
    public bool IsWord => Kind == TokenKind.Word && Digits == 0;
    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;
    public bool IsDash => Kind == TokenKind.Punctuation && Text is "-" or "–" or "—" or "‐";

    public override string ToString() => Text;
}
