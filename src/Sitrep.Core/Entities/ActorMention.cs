using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// An actor named or described in the text, normalised to a canonical name ("ANA" -> "Military Forces of
/// Afghanistan"). Country is ISO2 when the actor belongs to one. IsUnidentified marks descriptions such as
/// "gunmen" that name no group.
public sealed record ActorMention(TextSpan Span, string Text, string Name, ActorKind Kind, string? Country, bool IsUnidentified);
