using System.Collections.Immutable;
using Sitrep.Core.Text;

namespace Sitrep.Core.Geo;

/// A toponym found in the text and, when the gazetteer knows it, the place it was resolved to.
/// IsAdjectival marks demonyms and adjectives that stand for a place ("Afghan forces" -> AF).
public sealed record PlaceMention(
    TextSpan Span,
    string Text,
    GeoPlace? Place,
    double Score,
    ImmutableArray<GeoPlace> Alternatives,
    bool IsAdjectival);
