using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class TimesCommandTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sitrep-times-");

    public void Dispose() => _dir.Delete(recursive: true);

    static List<JsonElement> Lines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void Times_JsonlWithPublished_WritesResolvedTimexesWithSpansIntoTheText()
    {
        const string text = "Gunmen attacked a checkpoint on Monday. The next day, the army sent troops for two weeks.";
        var feed = Path.Combine(_dir.FullName, "feed.jsonl");
        File.WriteAllText(feed, JsonSerializer.Serialize(new { id = "a1", text, published = "2016-10-04" }) + "\n");

        var run = SitrepProcess.Run("", "times", feed, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(Lines(run.Stdout));
        Assert.Equal("a1", record.GetProperty("id").GetString());
        Assert.Equal("2016-10-04", record.GetProperty("published").GetString());
        Assert.Equal("input", record.GetProperty("published_source").GetString());
        var timexes = record.GetProperty("timexes").EnumerateArray().ToList();
        Assert.Equal(["Monday", "The next day", "two weeks"], timexes.Select(t => t.GetProperty("text").GetString()));
        foreach (var t in timexes)
            Assert.Equal(t.GetProperty("text").GetString(), text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]);
        Assert.Equal(["DATE", "DATE", "DURATION"], timexes.Select(t => t.GetProperty("type").GetString()));
        Assert.Equal(["2016-10-03", "2016-10-04", "P2W"], timexes.Select(t => t.GetProperty("value").GetString()));
        Assert.Equal("published", timexes[0].GetProperty("anchor").GetString());
        Assert.Equal(0, timexes[1].GetProperty("anchor").GetInt32());
        Assert.Equal(JsonValueKind.Null, timexes[2].GetProperty("anchor").ValueKind);
    }

    public static TheoryData<string, string[], string, string?> Sources => new()
    {
        // stdin text, extra arguments, expected published_source, expected published
        { "KABUL, Oct 3, 2016 (Reuters) - Gunmen attacked a checkpoint on Sunday.", [], "dateline", "2016-10-03" },
        { "Gunmen attacked a checkpoint on Sunday.", ["--published", "2016-10-03"], "input", "2016-10-03" },
        { "Gunmen attacked a checkpoint on Sunday.", [], "none", null },
    };

    [Theory, MemberData(nameof(Sources))]
    public void Times_Stdin_SaysWhereThePublicationDateCameFrom(string stdin, string[] extra, string source, string? published)
    {
        var run = SitrepProcess.Run(stdin, ["times", "-", "--format", "jsonl", .. extra]);

        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(Lines(run.Stdout));
        Assert.Equal(source, record.GetProperty("published_source").GetString());
        Assert.Equal(published, record.GetProperty("published").GetString());
    }

    [Fact]
    public void Times_NoDate_LeavesRelativeValuesUnresolvedAndSaysSo()
    {
        var run = SitrepProcess.Run("Gunmen attacked a checkpoint on Sunday and again in 2015.", "times", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no publication date", run.Stderr);
        var record = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("published").ValueKind);
        var timexes = record.GetProperty("timexes").EnumerateArray().ToList();
        Assert.Equal(["XXXX-WXX-7", "2015"], timexes.Select(t => t.GetProperty("value").GetString()));
        Assert.Equal(JsonValueKind.Null, timexes[0].GetProperty("anchor").ValueKind);
    }

    [Fact]
    public void Times_HtmlPageWithDateMeta_SaysMetadata()
    {
        var page = Path.Combine(_dir.FullName, "page.html");
        File.WriteAllText(page, """
            <html><head><meta property="article:published_time" content="2016-10-03T08:00:00Z"></head>
            <body><p>Gunmen attacked a checkpoint on Sunday.</p></body></html>
            """);

        var run = SitrepProcess.Run("", "times", page, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(Lines(run.Stdout));
        Assert.Equal("metadata", record.GetProperty("published_source").GetString());
        Assert.Equal("2016-10-02", record.GetProperty("timexes")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Times_MissingInputAmongGood_ReportsItAndExitsOne()
    {
        var good = Path.Combine(_dir.FullName, "good.txt");
        File.WriteAllText(good, "Gunmen attacked a checkpoint yesterday.");

        var run = SitrepProcess.Run("", "times", good, Path.Combine(_dir.FullName, "absent.txt"), "--published", "2016-10-03", "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.txt", run.Stderr);
        Assert.Equal("2016-10-02", Assert.Single(Lines(run.Stdout)).GetProperty("timexes")[0].GetProperty("value").GetString());
    }
}
