namespace Sitrep.Core.Geo;

/// One gazetteer entry (a GeoNames feature) with just what coding and resolution need.
/// Admin1Code/Admin1Name are those of the enclosing ADM1 (its own for an ADM1), Admin2Name of the enclosing
/// ADM2; all three are null for countries, continents and places GeoNames gives no admin code.
/// Points of admin areas are label points or centroids (see data/gazetteer/NOTICE), not GeoNames' own.
/// Regions Sitrep adds (data/geo/regions.tsv: "Darfur", "the Sahel") have GeonameId below zero and no GeoNamesId.
public sealed record GeoPlace(
    long GeonameId,
    string Name,
    double Latitude,
    double Longitude,
    string CountryCode,
    string? Admin1Code,
    string? Admin1Name,
    string? Admin2Name,
    string FeatureClass,
    string FeatureCode,
    long Population,
    PlaceLevel Level)
{
    /// The GeoNames feature id, or null for a region Sitrep adds itself.
    public long? GeoNamesId => GeonameId > 0 ? GeonameId : null;
}
