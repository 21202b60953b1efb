using System.Globalization;

namespace Sitrep.Core.Store;

/// A longitude/latitude box, in the order the API takes it: minLon,minLat,maxLon,maxLat.
public sealed record BoundingBox
{
    public BoundingBox(double minLon, double minLat, double maxLon, double maxLat)
    {
        if (!(minLon >= -180 && maxLon <= 180 && minLon <= maxLon))
            throw new ArgumentException($"bbox longitudes {minLon},{maxLon} must be within -180..180 with min <= max");
        if (!(minLat >= -90 && maxLat <= 90 && minLat <= maxLat))
            throw new ArgumentException($"bbox latitudes {minLat},{maxLat} must be within -90..90 with min <= max");
        (MinLon, MinLat, MaxLon, MaxLat) = (minLon, minLat, maxLon, maxLat);
    }

    public double MinLon { get; }
    public double MinLat { get; }
    public double MaxLon { get; }
    public double MaxLat { get; }

    public bool Contains(double latitude, double longitude) =>
        latitude >= MinLat && latitude <= MaxLat && longitude >= MinLon && longitude <= MaxLon;

    /// Parses "minLon,minLat,maxLon,maxLat"; the message of the FormatException is fit to show a user.
    public static BoundingBox Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
            throw new FormatException($"bbox is \"{text}\"; expected four numbers minLon,minLat,maxLon,maxLat like 60.5,29.4,75.2,38.5");
        try
        {
            return new BoundingBox(values[0], values[1], values[2], values[3]);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"bbox is \"{text}\": {e.Message}", e);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinLon},{MinLat},{MaxLon},{MaxLat}");
}
