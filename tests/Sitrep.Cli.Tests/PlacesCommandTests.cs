using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class PlacesCommandTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sitrep-places-");

    public void Dispose() => _dir.Delete(recursive: true);

    string Write(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    static List<JsonElement> Lines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    static string Line(string id, string text, string? toponyms = null) =>
        JsonSerializer.Serialize(new { id, text }).TrimEnd('}') + (toponyms is null ? "" : $",\"toponyms\":{toponyms}") + "}";

    [Fact]
    public void Places_JsonlArticles_WritesEveryToponymWithItsSpanAndPlace()
    {
        var texts = new Dictionary<string, string>
        {
            ["a"] = "Afghan forces retook two checkpoints in Kunduz province, Afghanistan, on Monday.",
            ["b"] = "Nothing happened anywhere today.",
        };
        var path = Write("articles.jsonl", string.Join('\n', texts.Select(t => Line(t.Key, t.Value))) + "\n");

        var run = SitrepProcess.Run("", "places", path, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var records = Lines(run.Stdout);
        Assert.Equal(["a", "b"], records.Select(r => r.GetProperty("id").GetString()));
        var toponyms = records[0].GetProperty("toponyms").EnumerateArray().ToList();
        foreach (var t in toponyms)
        {
            var (start, end) = (t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32());
            Assert.Equal(texts["a"][start..end], t.GetProperty("text").GetString());
            Assert.Equal(JsonValueKind.Array, t.GetProperty("alternatives").ValueKind);
            // Runner-ups are scored on the chosen sense's scale, never above it.
            foreach (var a in t.GetProperty("alternatives").EnumerateArray())
                Assert.InRange(a.GetProperty("score").GetDouble(), 0, t.GetProperty("score").GetDouble());
        }
        Assert.Contains(toponyms, t => t.GetProperty("alternatives").GetArrayLength() > 0);
        var country = Assert.Single(toponyms, t => t.GetProperty("text").GetString() == "Afghanistan");
        Assert.Equal(1149361, country.GetProperty("geonameid").GetInt64());
        Assert.Equal("AF", country.GetProperty("country").GetString());
        Assert.Equal("A.PCL", country.GetProperty("feature").GetString());
        Assert.InRange(country.GetProperty("latitude").GetDouble(), 29, 39);
        var demonym = Assert.Single(toponyms, t => t.GetProperty("text").GetString() == "Afghan");
        Assert.True(demonym.GetProperty("adjectival").GetBoolean());
        Assert.Equal("AF", demonym.GetProperty("country").GetString());
        Assert.Contains(toponyms, t => t.GetProperty("text").GetString()!.StartsWith("Kunduz", StringComparison.Ordinal)
            && t.GetProperty("country").GetString() == "AF");
        Assert.Empty(records[1].GetProperty("toponyms").EnumerateArray());
    }

    [Fact]
    public void Places_OptionItDoesNotHave_IsRefusedNotReadAsAFile()
    {
        var run = SitrepProcess.Run("Shelling hit Aleppo.", "places", "-", "--resolve-onlee");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--resolve-onlee: not an option", run.Stderr + run.Stdout);
        Assert.DoesNotContain("no such file", run.Stderr);
    }

    [Fact]
    public void Places_PlainTextOnStdin_WritesOneJsonArray()
    {
        var run = SitrepProcess.Run("Shelling hit the outskirts of Aleppo, Syria.", "places", "-");

        Assert.Equal(0, run.ExitCode);
        var records = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Array, records.ValueKind);
        var toponyms = Assert.Single(records.EnumerateArray()).GetProperty("toponyms").EnumerateArray().ToList();
        Assert.Contains(toponyms, t => t.GetProperty("text").GetString() == "Aleppo" && t.GetProperty("country").GetString() == "SY");
    }

    [Fact]
    public void Places_NameNotInTheGazetteer_HasNoIdButTheEnclosingAreasPoint()
    {
        var run = SitrepProcess.Run("Gunmen attacked the village of Zqwxabad in Chahar Dara district of Kunduz province.", "places", "-", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var toponyms = Assert.Single(Lines(run.Stdout)).GetProperty("toponyms").EnumerateArray().ToList();
        var village = Assert.Single(toponyms, t => t.GetProperty("text").GetString() == "Zqwxabad");
        Assert.Equal(JsonValueKind.Null, village.GetProperty("geonameid").ValueKind);
        Assert.Equal(JsonValueKind.Null, village.GetProperty("name").ValueKind);
        var within = village.GetProperty("within");
        Assert.Equal("A.ADM2", within.GetProperty("feature").GetString());
        var district = Assert.Single(toponyms, t => t.GetProperty("geonameid").ValueKind == JsonValueKind.Number
            && t.GetProperty("geonameid").GetInt64() == within.GetProperty("geonameid").GetInt64());
        Assert.Equal(district.GetProperty("latitude").GetDouble(), village.GetProperty("latitude").GetDouble());
        Assert.Equal("AF", village.GetProperty("country").GetString());
    }

    [Fact]
    public void Places_ResolveOnly_ResolvesExactlyTheGivenSpansInOrder()
    {
        const string text = "Police in Jordan said the convoy left Amman for Zqwxville at dawn.";
        int At(string word) => text.IndexOf(word, StringComparison.Ordinal);
        // Out of text order, and an unknown name: one toponym per span all the same, in the order given.
        var spans = $"[{{\"start\":{At("Amman")},\"end\":{At("Amman") + 5}}},{{\"start\":{At("Jordan")},\"end\":{At("Jordan") + 6}}},{{\"start\":{At("Zqwxville")},\"end\":{At("Zqwxville") + 9},\"label\":\"ignored\"}}]";
        var path = Write("spans.jsonl", Line("r1", text, spans) + "\n");

        var run = SitrepProcess.Run("", "places", path, "--resolve-only", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var toponyms = Assert.Single(Lines(run.Stdout)).GetProperty("toponyms").EnumerateArray().ToList();
        Assert.Equal(["Amman", "Jordan", "Zqwxville"], toponyms.Select(t => t.GetProperty("text").GetString()));
        Assert.Equal([At("Amman"), At("Jordan"), At("Zqwxville")], toponyms.Select(t => t.GetProperty("start").GetInt32()));
        Assert.Equal("JO", toponyms[0].GetProperty("country").GetString());
        Assert.Equal("JO", toponyms[1].GetProperty("country").GetString());
        Assert.Equal(JsonValueKind.Null, toponyms[2].GetProperty("geonameid").ValueKind);
    }

    [Fact]
    public void Places_ResolveOnlyBadLines_NamesEachLineAndResolvesTheRest()
    {
        var path = Write("spans.jsonl", string.Join('\n',
            Line("good", "Talks resumed in Geneva.", "[{\"start\":17,\"end\":23}]"),
            Line("reversed", "Talks resumed in Geneva.", "[{\"start\":23,\"end\":17}]"),
            Line("past", "Geneva.", "[{\"start\":0,\"end\":40}]"),
            Line("none", "Geneva."),
            Line("fractional", "Geneva.", "[{\"start\":0.5,\"end\":6}]")) + "\n");

        var run = SitrepProcess.Run("", "places", path, "--resolve-only", "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("spans.jsonl:2: toponym 1 has start 23 and end 17: end is before start", run.Stderr);
        Assert.Contains("spans.jsonl:3: toponym 1 has start 0 and end 40: end is past the text", run.Stderr);
        Assert.Contains("spans.jsonl:4: \"toponyms\" is missing", run.Stderr);
        Assert.Contains("spans.jsonl:5: toponym 1 is", run.Stderr);
        var record = Assert.Single(Lines(run.Stdout));
        Assert.Equal("good", record.GetProperty("id").GetString());
        Assert.Equal("Geneva", Assert.Single(record.GetProperty("toponyms").EnumerateArray()).GetProperty("text").GetString());
    }

    const string TinyCorpus = """
        <?xml version="1.0" encoding="utf-8"?>
        <articles>
          <article docid="1">
            <text><![CDATA[Protesters gathered in Nairobi, Kenya, and later marched toward Zqwxy Park.]]></text>
            <toponyms>
              <toponym><start>23</start><end>30</end><phrase>Nairobi</phrase>
                <gaztag geonameid="184745"><lat>-1.28333</lat><lon>36.81667</lon></gaztag></toponym>
              <toponym><start>32</start><end>37</end><phrase>Kenya</phrase>
                <gaztag geonameid="192950"><lat>-20</lat><lon>10</lon></gaztag></toponym>
              <toponym><start>64</start><end>74</end><phrase>Zqwxy Park</phrase>
                <gaztag><lat>-1.29</lat><lon>36.82</lon></gaztag></toponym>
            </toponyms>
          </article>
        </articles>
        """;

    [Fact]
    public void EvalGeoparse_TinyCorpus_PrintsRecognitionAndResolution()
    {
        var path = Write("tiny.xml", TinyCorpus);

        var run = SitrepProcess.Run("", "eval", "geoparse", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(LGL layout): 1 articles, 3 gold toponyms, 3 with coordinates", run.Stdout);
        Assert.Contains("recognition: P ", run.Stdout);
        Assert.Contains("resolution, end to end:", run.Stdout);
        Assert.Contains("(n=3)", run.Stdout);
    }

    [Fact]
    public void EvalGeoparse_GoldNames_ResolvesTheGoldSpans()
    {
        var path = Write("tiny.xml", TinyCorpus);

        var run = SitrepProcess.Run("", "eval", "geoparse", path, "--gold-names");

        Assert.Equal(0, run.ExitCode);
        // Kenya's gold point is put far off on purpose: resolving to the gold GeoNames entry is right wherever its pin is.
        // The made-up park has gold coordinates but no GeoNames id: unresolved, it counts at the maximum error.
        Assert.Contains("resolution of the gold spans: acc@161 0.667", run.Stdout);
        Assert.Contains("1 of 3 gold spans with coordinates left unresolved", run.Stdout);
        Assert.Contains("same entry:  1 resolved to the gold GeoNames id count as 0 km, 1 of them pinned", run.Stdout);
        Assert.Contains("by coordinates alone acc@161 over all 3 is 0.333", run.Stdout);
        Assert.DoesNotContain("recognition:", run.Stdout);
    }

    [Fact]
    public void EvalGeoparse_NotACorpus_SaysWhyAndFails()
    {
        var missing = SitrepProcess.Run("", "eval", "geoparse", Path.Combine(_dir.FullName, "absent.xml"));
        var plain = SitrepProcess.Run("", "eval", "geoparse", Write("plain.xml", "<articles><article><text>x</text></article></articles>"));

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr);
        Assert.Equal(2, plain.ExitCode);
        Assert.Contains("plain.xml: no <toponym> elements", plain.Stderr);
    }
}
