namespace Sitrep.Core.Geo;

/// The administrative level of a gazetteer entry, from GeoNames' feature class and code.
public enum PlaceLevel { Continent, Region, Country, Admin1, Admin2, Admin3, Locality }

/// One gazetteer entry (a GeoNames feature) with just what coding and resolution need.
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
    PlaceLevel Level);
