using System.Net;

namespace Sitrep.Web.Tests;

public class TallyEndpointTests(SitrepWebFactory factory) : IClassFixture<SitrepWebFactory>
{
    readonly HttpClient _client = factory.CreateClient();
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tallies_ByCountryAndMonth_CountEventsAndFatalities()
    {
        var response = await _client.GetAsync("/api/tallies?country=AF&from=2016-01-01", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await Json.Read(response)).EnumerateArray().ToList();
        var october = Assert.Single(rows, r => r.GetProperty("period_start").GetString() == "2016-10-01");
        Assert.Equal("AF", october.GetProperty("country_code").GetString());
        Assert.Equal("Afghanistan", october.GetProperty("country").GetString());
        Assert.Equal(1, october.GetProperty("events").GetInt32());
        Assert.Equal(12, october.GetProperty("fatalities").GetInt32());
        Assert.Equal(30, october.GetProperty("injuries").GetInt32());
        Assert.DoesNotContain(rows, r => string.CompareOrdinal(r.GetProperty("period_start").GetString(), "2016-01-01") < 0);
    }

    [Fact]
    public async Task Tallies_ByAdmin1AndWeek_NameTheArea()
    {
        var rows = (await Json.Read(await _client.GetAsync("/api/tallies?area=admin1&period=week&country=NG", Cancel))).EnumerateArray().ToList();

        var row = Assert.Single(rows);
        Assert.Equal("Borno", row.GetProperty("admin1").GetString());
        Assert.Equal("2016-08-08", row.GetProperty("period_start").GetString()); // the Monday of 2016-08-14's ISO week
        Assert.Equal(9, row.GetProperty("fatalities").GetInt32());
    }

    [Fact]
    public async Task Alerts_SmallHistory_AnswersAList()
    {
        var response = await _client.GetAsync("/api/alerts?period=month", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alerts = (await Json.Read(response)).EnumerateArray().ToList();
        Assert.All(alerts, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("message").GetString())));
    }

    public static TheoryData<string, string> BadParameters => new()
    {
        { "/api/tallies?area=province", "area" },
        { "/api/tallies?period=year", "period" },
        { "/api/tallies?from=2016-1-1", "from" },
        { "/api/tallies?country=Atlantis", "country" },
        { "/api/alerts?period=day", "period" },
        { "/api/alerts?to=soon", "to" },
    };

    [Theory, MemberData(nameof(BadParameters))]
    public async Task TalliesAndAlerts_BadParameter_Answer400(string url, string named)
    {
        var response = await _client.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        Assert.Contains(named, (await Json.Read(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
