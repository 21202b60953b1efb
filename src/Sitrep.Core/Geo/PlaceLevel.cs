namespace Sitrep.Core.Geo;

/// The administrative level of a gazetteer entry, from GeoNames' feature class and code: PCL* -> Country,
/// ADM1..ADM3 -> Admin1..Admin3, class P -> Locality, CONT -> Continent, anything else -> Region.
/// ACLED geo-precision follows from it: Locality 1, Admin2/Admin3 2, Admin1/Country 3.
public enum PlaceLevel { Continent, Region, Country, Admin1, Admin2, Admin3, Locality }
