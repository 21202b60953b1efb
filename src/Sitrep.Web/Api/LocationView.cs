namespace Sitrep.Web.Api;

/// A resolved place: GeoNames id and ACLED's geo precision (1 the town, 2 near it or a district, 3 a province).
public sealed record LocationView(
    string Name,
    string? Admin1,
    string? Admin2,
    string CountryCode,
    string Country,
    double Latitude,
    double Longitude,
    long? Geonameid,
    int GeoPrecision);
