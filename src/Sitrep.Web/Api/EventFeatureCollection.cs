using System.Collections.Immutable;

namespace Sitrep.Web.Api;

/// GeoJSON (RFC 7946) for format=geojson. Total, Limit and Offset are foreign members, allowed by the RFC.
public sealed record EventFeatureCollection(ImmutableArray<EventFeature> Features, long Total, int Limit, int Offset)
{
    public string Type => "FeatureCollection";
}
