using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// An actor named or described in the text, normalised to a canonical ACLED-style name ("ANA" -> "Military Forces
/// of Afghanistan"). Country is ISO2 when the actor belongs to one. IsUnidentified marks descriptions such as
/// "gunmen" that name no group. CountryFromContext marks actors whose country the text leaves to the event's
/// place ("security forces", "civilians", "Islamic State"): while Country is null their Name is the bare base
/// ("Military Forces", "Civilians"); ActorRecognizer.WithCountry completes it. Associated is the actor ACLED lists
/// beside this one: the party behind a party militia ("AL: Awami League"), the agency behind aid workers.
public sealed record ActorMention(
    TextSpan Span,
    string Text,
    string Name,
    ActorKind Kind,
    string? Country,
    bool IsUnidentified,
    string? Associated = null,
    bool CountryFromContext = false);
