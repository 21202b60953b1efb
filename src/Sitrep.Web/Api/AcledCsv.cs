using System.Globalization;
using System.Text;

namespace Sitrep.Web.Api;

/// Events as ACLED-style CSV (RFC 4180): ACLED's columns, then Sitrep's own (injuries, figure ranges, source_count).
/// fatalities is 0 when no report gives a figure, as in ACLED; the range columns stay empty then.
public static class AcledCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type",
        "actor1", "inter1", "actor2", "inter2", "country", "admin1", "admin2", "location",
        "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "injuries", "fatalities_low", "fatalities_high", "injuries_low", "injuries_high", "source_count",
    ];

    public static string Write(IEnumerable<EventSummary> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach (var e in events)
        {
            string?[] cells =
            [
                e.EventId, Date(e.EventDate), Int(e.TimePrecision), e.EventType, e.SubEventType,
                e.Actor1, Int(e.Inter1), e.Actor2, Int(e.Inter2), e.Country, e.Admin1, e.Admin2, e.Location,
                Number(e.Latitude), Number(e.Longitude), Int(e.GeoPrecision), e.Source, e.Notes, Int(e.Fatalities ?? 0),
                Int(e.Injuries), Int(e.FatalitiesLow), Int(e.FatalitiesHigh), Int(e.InjuriesLow), Int(e.InjuriesHigh),
                Int(e.SourceCount),
            ];
            csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }
        return csv.ToString();
    }

    static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return "";
        return cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    static string? Int(int? n) => n?.ToString(CultureInfo.InvariantCulture);
    static string? Number(double? n) => n?.ToString("0.#####", CultureInfo.InvariantCulture);
    static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
