namespace Sitrep.Web.Api;

/// A span of the article's text, [start, end) in UTF-16 units.
public sealed record SpanView(int Start, int End);
