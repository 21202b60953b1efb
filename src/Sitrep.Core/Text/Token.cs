namespace Sitrep.Core.Text;

public enum TokenKind { Word, Number, Punctuation }

/// A word, number or punctuation mark with its position in the article text.
public sealed record Token(TextSpan Span, string Text, TokenKind Kind)
{
    public bool IsCapitalised => Kind == TokenKind.Word && char.IsUpper(Text[0]);
}
