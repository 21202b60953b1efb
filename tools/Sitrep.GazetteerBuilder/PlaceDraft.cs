using Sitrep.Core.Geo;

namespace Sitrep.GazetteerBuilder;

/// A place while the gazetteer is being assembled: mutable, with its names still as a set of folded keys.
public sealed class PlaceDraft
{
    public required int Id { get; init; }
    public required string Name { get; set; }
    public required string CountryCode { get; init; }
    public required string FeatureCode { get; set; }  // "P.PPLA"
    public required PlaceLevel Level { get; init; }
    public required PlaceSource Source { get; init; }
    public string Admin1Code { get; set; } = "";
    public string Admin2Code { get; set; } = "";
    public double Latitude { get; set; } = double.NaN;
    public double Longitude { get; set; } = double.NaN;
    public long Population { get; set; }
    public Dictionary<string, bool> Keys { get; } = new(StringComparer.Ordinal); // folded name -> is primary
    public bool HasPoint => !double.IsNaN(Latitude);

    public void AddName(string name, bool primary)
    {
        var key = PlaceNames.Fold(name);
        if (key.Length < 2) return;
        if (Keys.TryGetValue(key, out var existing) && (existing || !primary)) return;
        Keys[key] = primary;
    }
}
