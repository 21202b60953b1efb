using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// Turns text into TimeTokens: the shared Tokenizer's tokens, with hyphenated words split into their parts
/// ("mid-October" -> mid, -, October; "three-day" -> three, -, day) and "'s"/"'ll" split off, so that
/// every part can be looked up in the lexicon. Spans stay those of the original text.
internal sealed class TimeTokenizer(TimeLexicon lexicon)
{
    public List<TimeToken> Tokenize(string text)
    {
        var raw = Tokenizer.Instance.Tokenize(text);
        var tokens = new List<TimeToken>(raw.Count + 8);
        var previousEnd = 0;
        foreach (var token in raw)
        {
            var lineBreak = text.AsSpan(previousEnd, token.Span.Start - previousEnd).ContainsAny('\n', '\r');
            previousEnd = token.Span.End;
            if (token.Kind != TokenKind.Word)
            {
                tokens.Add(new TimeToken(token.Span.Start, token.Span.End, token.Kind, token.Text, null, lineBreak));
                continue;
            }
            AddWord(text, token.Span.Start, token.Span.End, lineBreak, tokens);
        }
        return tokens;
    }

    void AddWord(string text, int start, int end, bool lineBreak, List<TimeToken> tokens)
    {
        // Clitics first: "Monday's" -> Monday + 's; "they'll" -> they + 'll.
        var clitic = end;
        for (var i = end - 1; i > start; i--)
        {
            if (text[i] is not ('\'' or '’')) continue;
            var rest = text.AsSpan(i + 1, end - i - 1);
            if (rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)) clitic = i;
            break;
        }
        var partStart = start;
        for (var i = start; i <= clitic; i++)
        {
            if (i < clitic && text[i] is not ('-' or '‐')) continue;
            if (i > partStart) tokens.Add(Word(text, partStart, i, lineBreak && partStart == start));
            if (i < clitic) tokens.Add(new TimeToken(i, i + 1, TokenKind.Punctuation, text[i..(i + 1)], null, false));
            partStart = i + 1;
        }
        if (clitic < end)
        {
            // "'ll" is looked up as written with a straight apostrophe.
            var word = text[clitic..end].Replace('’', '\'');
            tokens.Add(new TimeToken(clitic, end, TokenKind.Word, text[clitic..end], lexicon.Find(word), false));
        }
    }

    TimeToken Word(string text, int start, int end, bool lineBreak)
    {
        var word = text[start..end];
        return new TimeToken(start, end, TokenKind.Word, word, lexicon.Find(word), lineBreak);
    }
}
