using System.Globalization;
using Sitrep.Core.Events;

namespace Sitrep.Core.Store;

/// A row of the events table as Dapper reads and writes it (snake_case, integers as long for both databases).
sealed class EventRow
{
    public string id { get; set; } = "";
    public string event_type { get; set; } = "";
    public string? sub_event_type { get; set; }
    public string? actor1 { get; set; }
    public string? actor2 { get; set; }
    public string? actor1_json { get; set; }
    public string? actor2_json { get; set; }
    public string? location_json { get; set; }
    public string? country { get; set; }
    public string? admin1 { get; set; }
    public double? latitude { get; set; }
    public double? longitude { get; set; }
    public long? cell { get; set; }
    public long? geo_precision { get; set; }
    public string? event_date { get; set; }
    public long time_precision { get; set; }
    public long? fatalities_low { get; set; }
    public long? fatalities_best { get; set; }
    public long? fatalities_high { get; set; }
    public long? injuries_low { get; set; }
    public long? injuries_best { get; set; }
    public long? injuries_high { get; set; }
    public string temporal_status { get; set; } = "";
    public long source_count { get; set; }
    public string sources { get; set; } = "[]";
    public string? notes { get; set; }
    public string? first_seen { get; set; }
    public string? last_seen { get; set; }

    public const string Columns = "id, event_type, sub_event_type, actor1, actor2, actor1_json, actor2_json, location_json, country, admin1, latitude, longitude, cell, geo_precision, event_date, time_precision, fatalities_low, fatalities_best, fatalities_high, injuries_low, injuries_best, injuries_high, temporal_status, source_count, sources, notes, first_seen, last_seen";

    public static readonly string Insert =
        $"INSERT INTO events ({Columns}) VALUES ({string.Join(", ", Columns.Split(", ").Select(c => "@" + c))})";

    public static readonly string Update =
        $"UPDATE events SET {string.Join(", ", Columns.Split(", ").Skip(1).Select(c => c + " = @" + c))} WHERE id = @id";

    public static EventRow From(StoredEvent e) => new()
    {
        id = e.EventId,
        event_type = e.EventType,
        sub_event_type = e.SubEventType,
        actor1 = e.Actor1?.Name,
        actor2 = e.Actor2?.Name,
        actor1_json = e.Actor1 is null ? null : StoreJson.Write(e.Actor1),
        actor2_json = e.Actor2 is null ? null : StoreJson.Write(e.Actor2),
        location_json = e.Location is null ? null : StoreJson.Write(e.Location),
        country = e.Location?.Country,
        admin1 = e.Location?.Admin1,
        latitude = e.Location?.Latitude,
        longitude = e.Location?.Longitude,
        cell = e.Location is null ? null : Cell(e.Location.Latitude, e.Location.Longitude),
        geo_precision = e.Location?.GeoPrecision,
        event_date = DateText(e.Date),
        time_precision = e.TimePrecision,
        fatalities_low = e.Fatalities?.Low,
        fatalities_best = e.Fatalities?.Best,
        fatalities_high = e.Fatalities?.High,
        injuries_low = e.Injuries?.Low,
        injuries_best = e.Injuries?.Best,
        injuries_high = e.Injuries?.High,
        temporal_status = e.TemporalStatus.ToString(),
        source_count = e.SourceCount,
        sources = StoreJson.Write(e.Sources),
        notes = e.Notes,
        first_seen = DateText(e.FirstSeen),
        last_seen = DateText(e.LastSeen),
    };

    public StoredEvent ToEvent(IEnumerable<StoredReport> reports) => new(
        EventId: id,
        EventType: event_type,
        SubEventType: sub_event_type,
        Actor1: actor1_json is null ? null : StoreJson.Read<EventActor>(actor1_json),
        Actor2: actor2_json is null ? null : StoreJson.Read<EventActor>(actor2_json),
        Location: location_json is null ? null : StoreJson.Read<EventLocation>(location_json),
        Date: ParseDate(event_date),
        TimePrecision: checked((int)time_precision),
        Fatalities: Figures(fatalities_low, fatalities_best, fatalities_high),
        Injuries: Figures(injuries_low, injuries_best, injuries_high),
        TemporalStatus: Enum.Parse<TemporalStatus>(temporal_status),
        SourceCount: checked((int)source_count),
        Sources: StoreJson.Read<System.Collections.Immutable.ImmutableArray<string>>(sources),
        Notes: notes,
        FirstSeen: ParseDate(first_seen),
        LastSeen: ParseDate(last_seen),
        Reports: [.. reports]);

    /// A 1-degree grid cell: an index key that turns "within 50 km" into a few exact index ranges.
    public static long Cell(double latitude, double longitude) =>
        ((long)Math.Floor(Math.Clamp(latitude, -90, 90)) + 90) * 1000 + (long)Math.Floor(Math.Clamp(longitude, -180, 180)) + 180;

    public static IEnumerable<long> Cells(BoundingBox box)
    {
        for (var lat = (long)Math.Floor(box.MinLat); lat <= (long)Math.Floor(box.MaxLat); lat++)
            for (var lon = (long)Math.Floor(box.MinLon); lon <= (long)Math.Floor(box.MaxLon); lon++)
                yield return Cell(lat, lon);
    }

    static Casualties? Figures(long? low, long? best, long? high) =>
        low is null || best is null || high is null ? null : new Casualties(checked((int)low), checked((int)best), checked((int)high));

    public static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
