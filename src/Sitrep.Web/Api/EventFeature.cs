namespace Sitrep.Web.Api;

/// One event as a GeoJSON Feature; Geometry is null for an event without a resolved place (allowed by RFC 7946).
public sealed record EventFeature(string Id, PointGeometry? Geometry, EventSummary Properties)
{
    public string Type => "Feature";
}
