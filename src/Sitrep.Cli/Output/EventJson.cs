using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Output;

/// Writes a coded record as Sitrep's JSON: snake_case fields, ISO dates, spans as start/end in UTF-16 units.
public static class EventJson
{
    public static void Write(Utf8JsonWriter w, ArticleResult result, ConflictEvent e)
    {
        var text = result.Article.Text;
        w.WriteStartObject();
        w.WriteString("event_id", e.EventId);
        w.WriteString("article_id", e.ArticleId);
        w.WriteString("kind", e.Kind == RecordKind.Event ? "event" : "statistic");
        w.WriteString("event_type", e.EventType);
        w.WriteString("sub_event_type", e.SubEventType);
        WriteActor(w, "actor1", e.Actor1);
        WriteActor(w, "actor2", e.Actor2);
        if (e.Location is { } l)
        {
            w.WriteStartObject("location");
            w.WriteString("name", l.Name);
            w.WriteString("admin1", l.Admin1);
            w.WriteString("country", l.Country is { Length: > 0 } ? l.Country : null); // null for a region across borders
            w.WriteNumber("latitude", Math.Round(l.Latitude, 5));
            w.WriteNumber("longitude", Math.Round(l.Longitude, 5));
            if (l.GeonameId is { } id) w.WriteNumber("geonameid", id); else w.WriteNull("geonameid");
            w.WriteNumber("geo_precision", l.GeoPrecision);
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        w.WriteString("date", e.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("time_precision", e.TimePrecision);
        WriteCasualties(w, "fatalities", e.Fatalities);
        WriteCasualties(w, "injuries", e.Injuries);
        w.WriteString("temporal_status", e.TemporalStatus == TemporalStatus.Current ? "current" : "historical");
        w.WriteString("source", e.Source);
        w.WriteNumber("confidence", e.Confidence);
        WriteFieldConfidence(w, e.FieldConfidence);
        w.WriteString("published", result.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("published_source", result.PublishedSource.ToString().ToLowerInvariant());
        w.WriteStartArray("sentences");
        foreach (var s in e.Sentences) WriteSpan(w, null, s, s.Of(text));
        w.WriteEndArray();
        w.WriteStartArray("evidence");
        foreach (var ev in e.Evidence) WriteSpan(w, ev.Field, ev.Span, ev.Text);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void WriteFieldConfidence(Utf8JsonWriter w, FieldConfidence? c)
    {
        if (c is null) { w.WriteNull("field_confidence"); return; }
        w.WriteStartObject("field_confidence");
        foreach (var (name, value) in new[] { ("event_type", c.EventType), ("actor1", c.Actor1), ("actor2", c.Actor2), ("location", c.Location),
            ("date", c.Date), ("fatalities", c.Fatalities), ("injuries", c.Injuries) })
        {
            if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
        }
        w.WriteEndObject();
    }

    static void WriteSpan(Utf8JsonWriter w, string? field, TextSpan span, string text)
    {
        w.WriteStartObject();
        if (field is not null) w.WriteString("field", field);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    static void WriteActor(Utf8JsonWriter w, string name, EventActor? a)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("name", a.Name);
        w.WriteString("kind", KindName(a.Kind));
        w.WriteNumber("inter", a.Inter);
        w.WriteString("country", a.Country);
        w.WriteEndObject();
    }

    static void WriteCasualties(Utf8JsonWriter w, string name, Casualties? c)
    {
        if (c is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteNumber("low", c.Low);
        w.WriteNumber("best", c.Best);
        w.WriteNumber("high", c.High);
        w.WriteEndObject();
    }

    /// snake_case names of ACLED's actor categories.
    public static string KindName(Sitrep.Core.Entities.ActorKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());
}
