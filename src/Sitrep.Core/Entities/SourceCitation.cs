using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// Who the text cites: a news outlet ("Khaama Press", "Reuters") or a described source ("local officials",
/// "police spokesman"). Span covers the name in the text; Name is that text without articles or a leading
/// country possessive ("Afghanistan's Khaama Press" -> "Khaama Press").
public sealed record SourceCitation(TextSpan Span, string Name);
