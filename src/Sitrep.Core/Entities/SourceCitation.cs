using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// A source the text cites for what it reports ("Khaama Press reported", "according to UN sources").
public sealed record SourceCitation(TextSpan Span, string Name);
