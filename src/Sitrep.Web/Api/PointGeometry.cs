using System.Collections.Immutable;

namespace Sitrep.Web.Api;

/// A GeoJSON Point: coordinates are [longitude, latitude], in that order (RFC 7946 3.1.1).
public sealed record PointGeometry(ImmutableArray<double> Coordinates)
{
    public string Type => "Point";

    public static PointGeometry At(double latitude, double longitude) =>
        new([Math.Round(longitude, 5), Math.Round(latitude, 5)]);
}
