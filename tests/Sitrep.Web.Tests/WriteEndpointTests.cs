using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Sitrep.Web.Tests;

public class WriteEndpointTests(WritableSitrepWebFactory factory) : IClassFixture<WritableSitrepWebFactory>
{
    readonly HttpClient _client = factory.CreateClient();
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_NewArticle_StoresItAndAnswers201()
    {
        var text = "Police fired tear gas at protesters in the capital on Friday, witnesses said.";
        var response = await _client.PostAsJsonAsync("/api/articles",
            new { id = "post-1", text, published = "2016-10-07", source = "Test Wire", url = "https://example.org/post-1" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/articles/post-1", response.Headers.Location?.OriginalString);
        var body = await Json.Read(response);
        Assert.Equal("post-1", body.GetProperty("article_id").GetString());
        Assert.Equal("stored", body.GetProperty("outcome").GetString());
        Assert.Equal(body.GetProperty("events_created").GetInt32() + body.GetProperty("events_merged").GetInt32(),
            body.GetProperty("events").GetArrayLength());

        var stored = await Json.Read(await _client.GetAsync("/api/articles/post-1", Cancel));
        Assert.Equal(text, stored.GetProperty("text").GetString());
        Assert.Equal("2016-10-07", stored.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Post_SameTextTwice_SecondIsDuplicateAnswered200()
    {
        var article = new { text = "Gunmen attacked a checkpoint near the border on Sunday; two guards died.", published = "2016-10-02" };
        var first = await _client.PostAsJsonAsync("/api/articles", article, Cancel);
        var second = await _client.PostAsJsonAsync("/api/articles", article, Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await Json.Read(second);
        Assert.StartsWith("duplicate", body.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.Equal((await Json.Read(first)).GetProperty("article_id").GetString(), body.GetProperty("duplicate_of").GetString());
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "{\"text\": ", "JSON" },
        { "[1, 2]", "JSON" },
        { "{\"id\": \"a\"}", "text" },
        { "{\"text\": \"   \"}", "text" },
        { "{\"text\": \"Shelling in Donetsk.\", \"published\": \"2016-02-30\"}", "published" },
        { "{\"text\": \"Shelling in Donetsk.\", \"url\": \"not a url\"}", "url" },
        { "null", "null" },
    };

    [Theory, MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_Answers400NamingTheProblem(string body, string named)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/articles", content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        Assert.Contains(named, (await Json.Read(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotJson_Answers415()
    {
        using var content = new StringContent("Clashes in Kunduz.", Encoding.UTF8, "text/plain");
        var response = await _client.PostAsync("/api/articles", content, Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Answers413()
    {
        var text = new string('a', (int)WebOptions.DefaultMaxRequestBytes + 10);
        using var content = new StringContent($"{{\"text\": \"{text}\"}}", Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/articles", content, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
    }
}
