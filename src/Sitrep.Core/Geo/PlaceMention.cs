using System.Collections.Immutable;
using Sitrep.Core.Text;

namespace Sitrep.Core.Geo;

/// A toponym found in the text and, when the gazetteer knows it, the place it was resolved to.
/// Score is the resolver's confidence in Place (0..1): the share of the winning sense among the name's senses,
/// 0.9 for demonyms, 0.3 when the name is unknown and Place is the enclosing area named beside it
/// ("at Zorbuldak in Sharsha upazila of Jessore district" -> Jessore), 0 when Place is null.
/// Alternatives are the runner-up senses, best first (at most three); AlternativeScores their confidence on the
/// same scale as Score (empty when there are none, or in mentions built without them).
/// IsAdjectival marks demonyms and adjectives that stand for a country ("Afghan forces" -> AF).
/// InName marks a place named inside an organisation's name ("outside the Quetta Press Club", "Sylhet University"):
/// not a toponym of the text, but often the best clue to where an event happened.
public sealed record PlaceMention(
    TextSpan Span,
    string Text,
    GeoPlace? Place,
    double Score,
    ImmutableArray<GeoPlace> Alternatives,
    bool IsAdjectival,
    bool InName = false,
    ImmutableArray<double> AlternativeScores = default);
