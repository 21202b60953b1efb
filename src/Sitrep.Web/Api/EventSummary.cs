namespace Sitrep.Web.Api;

/// A merged event as one flat row, ACLED's columns plus Sitrep's: what lists, GeoJSON properties and CSV carry.
/// Country is the name as ACLED writes it, CountryCode its ISO2 code. Fatalities/Injuries are the best figures;
/// _low/_high the range over the reports. Source: the outlets, "; "-separated. Notes: the first report's sentences.
public sealed record EventSummary(
    string EventId,
    DateOnly? EventDate,
    int TimePrecision,
    string EventType,
    string? SubEventType,
    string? Actor1,
    int? Inter1,
    string? Actor2,
    int? Inter2,
    string? Country,
    string? CountryCode,
    string? Admin1,
    string? Admin2,
    string? Location,
    double? Latitude,
    double? Longitude,
    int? GeoPrecision,
    string? Source,
    string? Notes,
    int? Fatalities,
    int? FatalitiesLow,
    int? FatalitiesHigh,
    int? Injuries,
    int? InjuriesLow,
    int? InjuriesHigh,
    int SourceCount,
    string TemporalStatus,
    DateOnly? FirstSeen,
    DateOnly? LastSeen);
