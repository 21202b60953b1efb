namespace Sitrep.Core.Text;

public enum TokenKind { Word, Number, Punctuation }

/// A word, number or punctuation mark with its position in the article text.
public sealed record Token(TextSpan Span, string Text, TokenKind Kind)
{
    public bool IsCapitalised => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// The text as lexicons are written: lowercase, curly apostrophes folded ("Afghanistan’s" -> "afghanistan's").
    /// Made once per token, so that the many phrase lists asked of one clause compare ordinally.
    public string Key { get; } = KeyOf(Text);

    public static string KeyOf(string word) => (word.Contains('’') ? word.Replace('’', '\'') : word).ToLowerInvariant();
}
