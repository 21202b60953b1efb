namespace Sitrep.Core.Text;

/// Splits text into words, numbers and punctuation, keeping each token's span in the original text.
/// Words keep inner apostrophes and hyphens ("al-Shabaab", "Afghanistan's"); numbers keep thousands
/// separators and decimals ("1,601", "3.5"); dotted abbreviations stay whole ("U.S.").
public sealed class Tokenizer
{
    public static Tokenizer Instance { get; } = new();

    public IReadOnlyList<Token> Tokenize(string text, TextSpan within)
    {
        var tokens = new List<Token>();
        var i = within.Start;
        while (i < within.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int end;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                end = ScanNumber(text, i, within.End);
                // "2nd", "808th", "10km": digits glued to letters read as one word.
                if (end < within.End && char.IsLetter(text[end]))
                {
                    end = ScanWord(text, end, within.End);
                    kind = TokenKind.Word;
                }
                else kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                end = ScanWord(text, i, within.End);
                kind = TokenKind.Word;
            }
            else
            {
                end = i + 1;
                if (char.IsHighSurrogate(c) && end < within.End) end++;
                kind = TokenKind.Punctuation;
            }
            tokens.Add(new Token(new TextSpan(i, end), text[i..end], kind));
            i = end;
        }
        return tokens;
    }

    public IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    static int ScanNumber(string text, int i, int limit)
    {
        while (i < limit)
        {
            if (char.IsDigit(text[i])) { i++; continue; }
            // A separator counts only between digits: "1,601" and "3.5", not "2016," or "end.".
            if ((text[i] == ',' || text[i] == '.') && i + 1 < limit && char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1]))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    static int ScanWord(string text, int i, int limit)
    {
        var start = i;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u0301') { i++; continue; }
            var joinsLetters = i + 1 < limit && char.IsLetter(text[i + 1]);
            if ((c is '\'' or '’' or '-' or '‐') && joinsLetters) { i++; continue; }
            // Dotted abbreviations: "U.S." "U.N." "a.m." -- a single letter, a dot, a single letter.
            if (c == '.' && i - start >= 1 && IsSingleLetterRun(text, start, i) && i + 1 < limit && char.IsLetter(text[i + 1])
                && (i + 2 >= limit || text[i + 2] == '.'))
            {
                i += 2;
                continue;
            }
            // A state abbreviation after an initial: "W.Va." (a capital, a dot, a capitalised short word, a dot).
            if (c == '.' && i - start == 1 && char.IsUpper(text[start]) && ShortCapitalisedThenDot(text, i + 1, limit) is > 0 and var end)
            {
                i = end;
                continue;
            }
            break;
        }
        // Keep the closing dot of a dotted abbreviation ("U.S." rather than "U.S").
        if (i < limit && text[i] == '.' && i - start >= 3 && text[i - 2] == '.') i++;
        return i;
    }

    /// The end (after the dot) of two or three letters, the first a capital, followed by a dot; else 0.
    static int ShortCapitalisedThenDot(string text, int i, int limit)
    {
        if (i >= limit || !char.IsUpper(text[i])) return 0;
        var k = i + 1;
        while (k < limit && char.IsLower(text[k]) && k - i < 3) k++;
        return k - i >= 2 && k < limit && text[k] == '.' && (k + 1 >= limit || !char.IsLetter(text[k + 1])) ? k + 1 : 0;
    }

    static bool IsSingleLetterRun(string text, int start, int dot) => dot - start == 1 || text[dot - 2] == '.';
}
