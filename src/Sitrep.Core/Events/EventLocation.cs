namespace Sitrep.Core.Events;

/// Where an event happened. GeoPrecision is ACLED's: 1 the town itself, 2 near it or a district, 3 a province or larger.
public sealed record EventLocation(
    string Name,
    string? Admin1,
    string Country,
    double Latitude,
    double Longitude,
    long? GeonameId,
    int GeoPrecision);
