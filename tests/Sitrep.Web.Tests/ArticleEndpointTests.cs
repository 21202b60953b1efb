using System.Net;
using System.Net.Http.Json;

namespace Sitrep.Web.Tests;

public class ArticleEndpointTests(SitrepWebFactory factory) : IClassFixture<SitrepWebFactory>
{
    readonly HttpClient _client = factory.CreateClient();
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_StoredArticle_ReturnsTextAndEvidenceSpansIntoIt()
    {
        var response = await _client.GetAsync("/api/articles/aleppo-1", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await Json.Read(response);
        var text = article.GetProperty("text").GetString()!;
        Assert.StartsWith("Air strikes hit a market", text, StringComparison.Ordinal);
        Assert.Equal("2016-09-21", article.GetProperty("published").GetString());
        Assert.Equal("Levant Monitor", article.GetProperty("source").GetString());
        var report = Assert.Single(article.GetProperty("reports").EnumerateArray());
        var evidence = report.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(7, evidence.Count);
        foreach (var e in evidence)
        {
            var (start, end) = (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
            Assert.Equal(text[start..end], e.GetProperty("text").GetString());
        }
        Assert.Contains(evidence, e => e.GetProperty("field").GetString() == "location" && e.GetProperty("text").GetString() == "eastern Aleppo");
    }

    [Fact]
    public async Task Get_UnknownArticle_Answers404Problem()
    {
        var response = await _client.GetAsync("/api/articles/nothing-here", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
    }

    [Fact]
    public async Task Post_ReadOnlyServer_Answers403SayingHowToEnableIt()
    {
        var response = await _client.PostAsJsonAsync("/api/articles", new { id = "x", text = "Clashes in Kunduz." }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        Assert.Contains("--allow-write", (await Json.Read(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/articles/x", Cancel)).StatusCode);
    }
}
