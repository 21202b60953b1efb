namespace Sitrep.Web.Tests;

/// A place the sample articles happen in (coordinates rounded from public maps; no GeoNames id needed).
public sealed record SamplePlace(string Name, string Admin1, string Country, double Latitude, double Longitude);
