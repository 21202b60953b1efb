using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Sitrep.Core;
using Sitrep.Core.Events;

namespace Sitrep.Cli.Output;

/// Streams coded records to a writer in the chosen format. JSON and GeoJSON are one document, closed by Complete.
public sealed class EventWriter : IDisposable
{
    static readonly string[] CsvColumns =
    [
        "event_id", "article_id", "kind", "event_date", "time_precision", "event_type", "sub_event_type",
        "actor1", "inter1", "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude",
        "geo_precision", "geonameid", "source", "fatalities", "fatalities_low", "fatalities_high",
        "injuries", "injuries_low", "injuries_high", "temporal_status", "confidence", "notes",
    ];

    readonly OutputFormat _format;
    readonly Stream _stream;
    readonly Utf8JsonWriter? _json;
    readonly CsvWriter? _csv;
    readonly StreamWriter? _text;

    public EventWriter(Stream stream, OutputFormat format)
    {
        (_stream, _format) = (stream, format);
        var options = Commands.CommonOptions.Json(indented: format is OutputFormat.Json or OutputFormat.GeoJson);
        switch (format)
        {
            case OutputFormat.Json:
                _json = new Utf8JsonWriter(stream, options);
                _json.WriteStartArray();
                break;
            case OutputFormat.GeoJson:
                _json = new Utf8JsonWriter(stream, options);
                _json.WriteStartObject();
                _json.WriteString("type", "FeatureCollection");
                _json.WriteStartArray("features");
                break;
            case OutputFormat.Jsonl:
                _json = new Utf8JsonWriter(stream, options);
                break;
            case OutputFormat.Csv:
                _text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                _csv = new CsvWriter(_text, CultureInfo.InvariantCulture);
                foreach (var c in CsvColumns) _csv.WriteField(c);
                _csv.NextRecord();
                break;
        }
    }

    public void Write(ArticleResult result)
    {
        foreach (var e in result.Events) Write(result, e);
        Flush();
    }

    void Write(ArticleResult result, ConflictEvent e)
    {
        switch (_format)
        {
            case OutputFormat.Json:
                EventJson.Write(_json!, result, e);
                break;
            case OutputFormat.Jsonl:
                EventJson.Write(_json!, result, e);
                _json!.Flush();
                _json.Reset();
                _stream.WriteByte((byte)'\n');
                break;
            case OutputFormat.GeoJson:
                WriteFeature(result, e);
                break;
            case OutputFormat.Csv:
                WriteRow(result, e);
                break;
        }
    }

    /// A feature per located record; records without a place still appear, with a null geometry (GeoJSON allows it).
    void WriteFeature(ArticleResult result, ConflictEvent e)
    {
        var w = _json!;
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        if (e.Location is { } l)
        {
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(Math.Round(l.Longitude, 5));
            w.WriteNumberValue(Math.Round(l.Latitude, 5));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else w.WriteNull("geometry");
        w.WritePropertyName("properties");
        EventJson.Write(w, result, e);
        w.WriteEndObject();
    }

    void WriteRow(ArticleResult result, ConflictEvent e)
    {
        var csv = _csv!;
        var notes = string.Join(" ", e.Sentences.Select(s => s.Of(result.Article.Text)));
        object?[] row =
        [
            e.EventId, e.ArticleId, e.Kind == RecordKind.Event ? "event" : "statistic",
            e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.TimePrecision, e.EventType, e.SubEventType,
            e.Actor1?.Name, e.Actor1?.Inter ?? 0, e.Actor2?.Name, e.Actor2?.Inter ?? 0,
            e.Location?.Country, e.Location?.Admin1, e.Location?.Name, e.Location?.Latitude, e.Location?.Longitude,
            e.Location?.GeoPrecision, e.Location?.GeonameId, e.Source,
            e.Fatalities?.Best ?? 0, e.Fatalities?.Low, e.Fatalities?.High,
            e.Injuries?.Best ?? 0, e.Injuries?.Low, e.Injuries?.High,
            e.TemporalStatus == TemporalStatus.Current ? "current" : "historical", e.Confidence, notes,
        ];
        foreach (var field in row) csv.WriteField(field);
        csv.NextRecord();
    }

    void Flush()
    {
        _json?.Flush();
        _csv?.Flush();
        _text?.Flush();
        _stream.Flush();
    }

    /// Closes the JSON document; without it a JSON array or FeatureCollection would be left open.
    public void Complete()
    {
        if (_format == OutputFormat.Json) _json!.WriteEndArray();
        if (_format == OutputFormat.GeoJson)
        {
            _json!.WriteEndArray();
            _json.WriteEndObject();
        }
        Flush();
        if (_format is OutputFormat.Json or OutputFormat.GeoJson) _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    public void Dispose()
    {
        _json?.Dispose();
        _csv?.Dispose();
        _text?.Dispose();
    }
}
