namespace Sitrep.Core.Text;

/// A lexicon phrase found at tokens [FirstToken, EndToken).
public sealed record PhraseMatch<T>(int FirstToken, int EndToken, TextSpan Span, T Value);
