using System.Net;
using System.Text.Json;

namespace Sitrep.Web.Tests;

public class EventEndpointTests(SitrepWebFactory factory) : IClassFixture<SitrepWebFactory>
{
    const string KunduzNow = "Kunduz 2016-10-03", KunduzThen = "Kunduz 2015-09-28", Aleppo = "Aleppo 2016-09-20",
        Maiduguri = "Maiduguri 2016-08-14", Mogadishu = "Mogadishu 2016-07-30", Taiz = "Taiz 2016-06-06", Quetta = "Quetta 2016-09-01";

    static readonly string[] All = [KunduzNow, KunduzThen, Aleppo, Maiduguri, Mogadishu, Taiz, Quetta];

    readonly HttpClient _client = factory.CreateClient();
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string[]> Filters => new()
    {
        { "", All },
        { "from=2016-09-01", [KunduzNow, Aleppo, Quetta] },
        { "to=2016-07-31", [Mogadishu, Taiz, KunduzThen] },
        { "from=2016-07-01&to=2016-08-31", [Mogadishu, Maiduguri] },
        { "country=AF", [KunduzNow, KunduzThen] },
        { "country=Afghanistan", [KunduzNow, KunduzThen] },
        { "country=sy", [Aleppo] },
        { "admin1=Borno", [Maiduguri] },
        { "type=Battles", [KunduzNow, Taiz] },
        { "sub_type=Suicide%20bomb", [Mogadishu] },
        { "actor=taliban", [KunduzNow, KunduzThen] },
        { "actor=Boko", [Maiduguri] },
        { "bbox=60,29,75,38", [KunduzNow, KunduzThen, Quetta] },
        { "q=market", [Aleppo] },
        { "status=historical", [KunduzThen] },
        { "country=AF&status=current", [KunduzNow] },
        { "country=SO&type=Battles", [] },
    };

    [Theory, MemberData(nameof(Filters))]
    public async Task List_Filter_ReturnsMatchingEvents(string query, string[] expected)
    {
        var response = await _client.GetAsync($"/api/events?{query}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.Read(response);
        var keys = body.GetProperty("events").EnumerateArray().Select(Json.Key).ToList();
        Assert.Equal(expected.Order(), keys.Order());
        Assert.Equal(expected.Length, body.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task List_TwoReportsOfOneEvent_AppearOnceWithBothSources()
    {
        var body = await Json.Read(await _client.GetAsync("/api/events?country=AF&status=current", Cancel));

        var e = Assert.Single(body.GetProperty("events").EnumerateArray());
        Assert.Equal(2, e.GetProperty("source_count").GetInt32());
        Assert.Equal(12, e.GetProperty("fatalities").GetInt32()); // ACLED's rule: the most conservative report
        Assert.Equal(12, e.GetProperty("fatalities_low").GetInt32());
        Assert.Equal(15, e.GetProperty("fatalities_high").GetInt32());
        Assert.Equal("Afghanistan", e.GetProperty("country").GetString());
        Assert.Equal("AF", e.GetProperty("country_code").GetString());
    }

    [Fact]
    public async Task List_Default_NewestFirst()
    {
        var body = await Json.Read(await _client.GetAsync("/api/events", Cancel));

        var dates = body.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_date").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task List_Paging_PagesDoNotOverlapAndCoverAll()
    {
        var keys = new List<string>();
        for (var offset = 0; offset < All.Length; offset += 3)
        {
            var body = await Json.Read(await _client.GetAsync($"/api/events?limit=3&offset={offset}", Cancel));
            Assert.Equal(3, body.GetProperty("limit").GetInt32());
            Assert.Equal(offset, body.GetProperty("offset").GetInt32());
            Assert.Equal(All.Length, body.GetProperty("total").GetInt64());
            keys.AddRange(body.GetProperty("events").EnumerateArray().Select(Json.Key));
        }
        Assert.Equal(All.Order(), keys.Order());
    }

    [Fact]
    public async Task List_GeoJson_IsFeatureCollectionOfLonLatPoints()
    {
        var response = await _client.GetAsync("/api/events?format=geojson", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", Json.MediaType(response));
        var body = await Json.Read(response);
        Assert.Equal("FeatureCollection", body.GetProperty("type").GetString());
        var features = body.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(All.Length, features.Count);
        foreach (var f in features)
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            var geometry = f.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, coordinates.Count);
            var properties = f.GetProperty("properties");
            // [lon, lat]: the longitude comes first (RFC 7946), matching the flat latitude/longitude properties.
            Assert.Equal(properties.GetProperty("longitude").GetDouble(), coordinates[0], 5);
            Assert.Equal(properties.GetProperty("latitude").GetDouble(), coordinates[1], 5);
            Assert.InRange(coordinates[0], -180, 180);
            Assert.InRange(coordinates[1], -90, 90);
            Assert.Equal(f.GetProperty("id").GetString(), properties.GetProperty("event_id").GetString());
        }
        var kunduz = features.Single(f => Json.Key(f.GetProperty("properties")) == KunduzNow).GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(SampleArticles.Kunduz.Longitude, kunduz[0].GetDouble(), 4);
        Assert.Equal(SampleArticles.Kunduz.Latitude, kunduz[1].GetDouble(), 4);
    }

    [Fact]
    public async Task List_Csv_HasAcledColumnsThenSitreps()
    {
        var response = await _client.GetAsync("/api/events?format=csv&country=SY", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", Json.MediaType(response));
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] columns =
        [
            "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2",
            "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
            "injuries", "fatalities_low", "fatalities_high", "injuries_low", "injuries_high", "source_count",
        ];
        Assert.Equal(columns, lines[0].Split(','));
        Assert.Equal(2, lines.Length);
        var row = ParseCsvLine(lines[1]);
        Assert.Equal(columns.Length, row.Count);
        var cell = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => row[x.i]);
        Assert.Equal("2016-09-20", cell["event_date"]);
        Assert.Equal("Explosions/Remote violence", cell["event_type"]);
        Assert.Equal("Syria", cell["country"]);
        Assert.Equal("Aleppo", cell["location"]);
        Assert.Equal("30", cell["fatalities"]);
        Assert.Equal("50", cell["injuries"]);
        Assert.Equal("1", cell["source_count"]);
        Assert.Contains("market", cell["notes"], StringComparison.Ordinal);
    }

    /// RFC 4180: quoted cells may hold commas and doubled quotes.
    static List<string> ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }

    public static TheoryData<string, string> BadParameters => new()
    {
        { "from=2016-13-01", "from" },
        { "to=yesterday", "to" },
        { "from=2016-10-01&to=2016-09-01", "after" },
        { "country=Narnia", "country" },
        { "bbox=1,2,3", "bbox" },
        { "bbox=10,0,5,5", "bbox" },
        { "bbox=a,b,c,d", "bbox" },
        { "bbox=0,0,200,10", "bbox" },
        { "limit=0", "limit" },
        { "limit=10001", "limit" },
        { "limit=ten", "limit" },
        { "offset=-1", "offset" },
        { "format=xml", "format" },
        { "status=future", "status" },
    };

    [Theory, MemberData(nameof(BadParameters))]
    public async Task List_BadParameter_Answers400ProblemNamingIt(string query, string named)
    {
        var response = await _client.GetAsync($"/api/events?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        var problem = await Json.Read(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%22")]
    [InlineData("*")]
    [InlineData("market%20OR")]
    [InlineData("(")]
    [InlineData("NEAR(a%20b)")]
    [InlineData("%27%3B%20DROP%20TABLE%20events%3B--")]
    [InlineData("%E2%80%94%20%D9%83%D8%A7%D8%A8%D9%84")]
    public async Task List_FullTextSyntaxInQuery_AnswersNormally(string q)
    {
        var response = await _client.GetAsync($"/api/events?q={q}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await Json.Read(response)).GetProperty("events").ValueKind);
    }

    [Theory]
    [InlineData("%E2%98%83")]
    [InlineData("%2E%2E")]
    [InlineData("a%22b")]
    public async Task Get_OddId_Answers404(string id)
    {
        var response = await _client.GetAsync($"/api/events/{id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_MergedEvent_HasEveryReportWithFiguresAndEvidence()
    {
        var list = await Json.Read(await _client.GetAsync("/api/events?country=AF&status=current", Cancel));
        var id = list.GetProperty("events")[0].GetProperty("event_id").GetString();

        var response = await _client.GetAsync($"/api/events/{Uri.EscapeDataString(id!)}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = await Json.Read(response);
        Assert.Equal(id, e.GetProperty("event_id").GetString());
        Assert.Equal(["Central Daily", "Northern Wire"], e.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Order());
        Assert.Equal("Kunduz", e.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal(68.85703, e.GetProperty("location").GetProperty("longitude").GetDouble(), 4);
        Assert.Equal("rebel_group", e.GetProperty("actor1").GetProperty("kind").GetString());
        var fatalities = e.GetProperty("fatalities");
        Assert.Equal((12, 12, 15), (fatalities.GetProperty("low").GetInt32(), fatalities.GetProperty("best").GetInt32(), fatalities.GetProperty("high").GetInt32()));

        var reports = e.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(["kunduz-1", "kunduz-2"], reports.Select(r => r.GetProperty("article_id").GetString()).Order());
        Assert.Equal([12, 15], reports.Select(r => r.GetProperty("fatalities").GetProperty("best").GetInt32()).Order());
        var first = reports.Single(r => r.GetProperty("article_id").GetString() == "kunduz-1");
        var evidence = first.GetProperty("evidence").EnumerateArray().ToDictionary(v => v.GetProperty("field").GetString()!, v => v);
        Assert.Equal("Taliban fighters", evidence["actor1"].GetProperty("text").GetString());
        Assert.Equal("12 people were killed", evidence["fatalities"].GetProperty("text").GetString());
        Assert.True(evidence["location"].GetProperty("start").GetInt32() < evidence["location"].GetProperty("end").GetInt32());
    }

    [Fact]
    public async Task Get_UnknownEvent_Answers404Problem()
    {
        var response = await _client.GetAsync("/api/events/no-such-event", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        Assert.Contains("no-such-event", (await Json.Read(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Json_UsesSnakeCaseNames()
    {
        var body = await Json.Read(await _client.GetAsync("/api/events?limit=1", Cancel));

        var names = body.GetProperty("events")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("sub_event_type", names);
        Assert.Contains("source_count", names);
        Assert.All(names, n => Assert.Equal(n.ToLowerInvariant(), n));
        Assert.Equal(JsonValueKind.Number, body.GetProperty("total").ValueKind);
    }
}
