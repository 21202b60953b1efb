using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sitrep-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Extract_BundledExamples_WritesRecordsWithSpansIntoTheirText()
    {
        var jsonl = SitrepProcess.RepoPath("examples", "articles.jsonl");
        var run = SitrepProcess.Run("", "extract", jsonl, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var texts = File.ReadLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("text").GetString()!);
        var records = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(records);
        foreach (var r in records)
        {
            Assert.StartsWith("ev_", r.GetProperty("event_id").GetString());
            // Every field that has a value has a confidence, and an empty field has none.
            var confidence = r.GetProperty("field_confidence");
            Assert.Equal(r.GetProperty("location").ValueKind == JsonValueKind.Null, confidence.GetProperty("location").ValueKind == JsonValueKind.Null);
            Assert.Equal(r.GetProperty("fatalities").ValueKind == JsonValueKind.Null, confidence.GetProperty("fatalities").ValueKind == JsonValueKind.Null);
            Assert.InRange(confidence.GetProperty("date").GetDouble(), 0, 1);
            var text = texts[r.GetProperty("article_id").GetString()!];
            foreach (var ev in r.GetProperty("evidence").EnumerateArray())
            {
                var (start, end) = (ev.GetProperty("start").GetInt32(), ev.GetProperty("end").GetInt32());
                Assert.Equal(ev.GetProperty("text").GetString(), text[start..end]);
            }
        }
        Assert.Contains(records, r => r.GetProperty("article_id").GetString() == "lahore-1"
            && r.GetProperty("event_type").GetString() == "Protests");
    }

    [Fact]
    public void Extract_BadInputsAmongGood_ReportsEachAndCodesTheRest()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "empty.txt"), "");
        File.WriteAllText(Path.Combine(_dir.FullName, "feed.jsonl"),
            "{\"id\":\"a\",\"text\":\"Gunmen attacked a bus in Quetta on Monday, killing five passengers.\",\"published\":\"2016-10-04\"}\n{not json\n");
        File.WriteAllBytes(Path.Combine(_dir.FullName, "bad.txt"), [0x41, 0xC3, 0x28, 0x42]);

        var run = SitrepProcess.Run("", "extract", _dir.FullName, "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt", run.Stderr);
        Assert.Contains("feed.jsonl:2", run.Stderr);
        Assert.Contains("bad.txt", run.Stderr);
        Assert.Contains("\"article_id\":\"a\"", run.Stdout);
    }

    [Fact]
    public void Extract_StdinWithoutDate_SaysSoAndStillCodes()
    {
        var run = SitrepProcess.Run("Militants attacked a checkpoint in Quetta, killing two soldiers.", "extract", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no publication date", run.Stderr);
        var records = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Array, records.ValueKind);
        Assert.Equal("none", records[0].GetProperty("published_source").GetString());
    }

    [Fact]
    public void Extract_CsvAndGeoJson_HaveTheirShapes()
    {
        var jsonl = SitrepProcess.RepoPath("examples", "articles.jsonl");
        var csv = SitrepProcess.Run("", "extract", jsonl, "--format", "csv");
        var header = csv.Stdout.Split('\n')[0].Trim().Split(',');
        Assert.Equal(0, csv.ExitCode);
        foreach (var column in new[] { "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "fatalities" })
        {
            Assert.Contains(column, header);
        }

        var geo = JsonDocument.Parse(SitrepProcess.Run("", "extract", jsonl, "--format", "geojson").Stdout).RootElement;
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var point = geo.GetProperty("features").EnumerateArray().First(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object);
        Assert.Equal(2, point.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
    }

    [Fact]
    public void Extract_BadPublishedOption_FailsWithMessage()
    {
        var run = SitrepProcess.Run("", "extract", "-", "--published", "2016-13-03");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("expected a date like 2016-10-03", run.Stderr);
    }
}
