using System.CommandLine;
using System.Text;
using System.Text.Json;
using Sitrep.Core.Events;
using Sitrep.Core.Store;
using Sitrep.Web;
using Sitrep.Web.Api;

namespace Sitrep.Cli.Commands;

/// `sitrep export`: the merged event list, filtered, as ACLED-style CSV, GeoJSON or JSONL -- the same shapes the API serves.
public static class ExportCommand
{
    public enum ExportFormat { Csv, GeoJson, Jsonl }

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = new Option<ExportFormat>("--format") { Description = "csv, geojson or jsonl", DefaultValueFactory = _ => ExportFormat.Csv };
        var from = new Option<string?>("--from") { Description = "First event date (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Last event date (YYYY-MM-DD)" };
        var country = new Option<string?>("--country") { Description = "Country (ISO2 or name)" };
        var admin1 = new Option<string?>("--admin1") { Description = "First-level administrative area" };
        var type = new Option<string?>("--type") { Description = "Event type, e.g. Battles" };
        var subType = new Option<string?>("--sub-type") { Description = "Sub-event type, e.g. \"Armed clash\"" };
        var actor = new Option<string?>("--actor") { Description = "Part of an actor's name" };
        var bbox = new Option<string?>("--bbox") { Description = "minLon,minLat,maxLon,maxLat" };
        var q = new Option<string?>("--q") { Description = "Full-text query over the reports" };
        var command = new Command("export", "Write the stored, merged events") { db, format, from, to, country, admin1, type, subType, actor, bbox, q };
        command.SetAction(parse =>
        {
            var countries = CountryDirectory.CreateDefault();
            EventQuery query;
            try
            {
                query = new EventQuery
                {
                    From = Date(parse.GetValue(from), "--from"),
                    To = Date(parse.GetValue(to), "--to"),
                    Country = parse.GetValue(country) is { } c ? countries.CodeOf(c) ?? throw new FormatException($"--country is \"{c}\"; expected an ISO2 code or a country name") : null,
                    Admin1 = parse.GetValue(admin1),
                    Type = parse.GetValue(type),
                    SubType = parse.GetValue(subType),
                    Actor = parse.GetValue(actor),
                    Bbox = parse.GetValue(bbox) is { } b ? BoundingBox.Parse(b) : null,
                    Text = parse.GetValue(q),
                    Limit = EventQuery.MaxLimit,
                };
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"sitrep: {e.Message}");
                return 2;
            }
            using var store = CommonOptions.OpenStore(parse.GetValue(db)!);
            if (store is null) return 2;
            Write(store, query, parse.GetValue(format), new Views(countries));
            return 0;
        });
        return command;
    }

    static DateOnly? Date(string? value, string option) => value is null ? null
        : CommonOptions.ParseDate(value) ?? throw new FormatException($"{option} is \"{value}\"; expected a date like 2016-10-03");

    /// Every matching event, a page at a time, so a large store never sits in memory at once.
    static IEnumerable<StoredEvent> All(IEventStore store, EventQuery query)
    {
        for (var offset = 0; ; offset += query.Limit)
        {
            var page = store.QueryEvents(query with { Offset = offset });
            foreach (var e in page.Events) yield return e;
            if (offset + page.Events.Length >= page.Total || page.Events.Length == 0) yield break;
        }
    }

    static void Write(IEventStore store, EventQuery query, ExportFormat format, Views views)
    {
        using var stdout = Console.OpenStandardOutput();
        switch (format)
        {
            case ExportFormat.Csv:
                stdout.Write(Encoding.UTF8.GetBytes(AcledCsv.Write(All(store, query).Select(views.Summary))));
                break;
            case ExportFormat.GeoJson:
                var features = All(store, query).Select(views.Feature).ToList();
                var collection = new EventFeatureCollection([.. features], features.Count, features.Count, 0);
                JsonSerializer.Serialize(stdout, collection, SitrepWebApp.JsonOptions);
                stdout.WriteByte((byte)'\n');
                break;
            case ExportFormat.Jsonl:
                foreach (var e in All(store, query))
                {
                    JsonSerializer.Serialize(stdout, views.Summary(e), SitrepWebApp.JsonOptions);
                    stdout.WriteByte((byte)'\n');
                }
                break;
        }
    }
}
