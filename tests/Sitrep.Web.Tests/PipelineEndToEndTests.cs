using System.Net;
using System.Net.Http.Json;

namespace Sitrep.Web.Tests;

/// Articles written for this test go through the real pipeline and store via POST, then come back out of the API:
/// two reports of one attack merge into one event with both sources, an unrelated protest stays apart, and the same
/// text posted again under another id is recognised as a duplicate.
public class PipelineEndToEndTests(WritableSitrepWebFactory factory) : IClassFixture<WritableSitrepWebFactory>
{
    readonly HttpClient _client = factory.CreateClient();
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Attack = "Islamic State militants attacked an army post in Jalalabad on Saturday, killing six soldiers, a provincial official said.";

    static readonly object[] Articles =
    [
        new { id = "jalalabad-a", text = Attack, published = "2018-03-05", source = "Alpha News", url = "https://example.org/a/1" },
        new
        {
            id = "jalalabad-b",
            text = "Six Afghan soldiers died when Islamic State fighters stormed a military post in Jalalabad on Saturday, the defence ministry said.",
            published = "2018-03-05",
            source = "Bravo Times",
            url = "https://example.org/b/1",
        },
        new
        {
            id = "kano-a",
            text = "Police in Kano fired tear gas at hundreds of students who protested on Friday against rising fees.",
            published = "2018-03-10",
            source = "Charlie Post",
            url = "https://example.org/c/1",
        },
        new { id = "jalalabad-copy", text = Attack, published = "2018-03-05", source = "Alpha Mirror", url = "https://example.org/a/1-copy" },
    ];

    [Fact]
    public async Task PostedArticles_MergeDeduplicateAndComeBackThroughEveryFormat()
    {
        var outcomes = new List<string?>();
        foreach (var article in Articles)
        {
            var response = await _client.PostAsJsonAsync("/api/articles", article, Cancel);
            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
            outcomes.Add((await Json.Read(response)).GetProperty("outcome").GetString());
        }
        Assert.Equal(["stored", "stored", "stored", "duplicate_text"], outcomes);

        var page = await Json.Read(await _client.GetAsync("/api/events?from=2018-03-01&to=2018-03-31", Cancel));
        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        var attack = Assert.Single(events, e => e.GetProperty("country_code").GetString() == "AF");
        Assert.Equal("Battles", attack.GetProperty("event_type").GetString());
        Assert.Equal(2, attack.GetProperty("source_count").GetInt32());
        Assert.Equal(6, attack.GetProperty("fatalities").GetInt32());
        var protest = Assert.Single(events, e => e.GetProperty("country_code").GetString() == "NG");
        Assert.Equal("Protests", protest.GetProperty("event_type").GetString());
        Assert.Equal(1, protest.GetProperty("source_count").GetInt32());

        var detail = await Json.Read(await _client.GetAsync($"/api/events/{Uri.EscapeDataString(attack.GetProperty("event_id").GetString()!)}", Cancel));
        var reports = detail.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(["jalalabad-a", "jalalabad-b"], reports.Select(r => r.GetProperty("article_id").GetString()).Order());
        Assert.All(reports, r => Assert.Contains(r.GetProperty("evidence").EnumerateArray(), v => v.GetProperty("field").GetString() == "location"));
        Assert.All(reports, r => Assert.InRange(r.GetProperty("field_confidence").GetProperty("location").GetDouble(), 0.01, 1));

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/articles/jalalabad-copy", Cancel)).StatusCode);

        var geojson = await Json.Read(await _client.GetAsync("/api/events?from=2018-03-01&to=2018-03-31&format=geojson", Cancel));
        Assert.Equal("FeatureCollection", geojson.GetProperty("type").GetString());
        var lonLat = geojson.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("country_code").GetString() == "AF")
            .GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(lonLat[0].GetDouble(), 60, 75); // Jalalabad: longitude first
        Assert.InRange(lonLat[1].GetDouble(), 29, 39);

        var csv = await _client.GetStringAsync("/api/events?from=2018-03-01&to=2018-03-31&format=csv", Cancel);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities",
            lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }
}
