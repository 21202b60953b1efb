namespace Sitrep.Core.Text;

/// A sentence of the article, by position; Index counts from 0 in reading order.
public sealed record Sentence(int Index, TextSpan Span);
