using Sitrep.Core.Text;

namespace Sitrep.Cli.Evaluation;

/// One annotated span of a geoparsing corpus. Kind is the annotator's class (GeoWebNews: "Literal", "Metonymic",
/// "Demonym" ...; null in LGL, which annotates toponyms only). Coordinates and GeonameId are null when the
/// annotators gave none (streets, buildings, places GeoNames lacks).
public sealed record GeoparseToponym(TextSpan Span, string Phrase, string? Kind, double? Latitude, double? Longitude, long? GeonameId)
{
    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}
