using System.Net;
using System.Text.RegularExpressions;

namespace Sitrep.Web.Tests;

public partial class DashboardTests(SitrepWebFactory factory) : IClassFixture<SitrepWebFactory>
{
    readonly HttpClient _client = factory.CreateClient();
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [GeneratedRegex("""(?:src|href)="([^"#?]+)""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reference();

    [GeneratedRegex("""from '\./([^']+)'""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ModuleImport();

    [Fact]
    public async Task Root_ServesTheDashboard()
    {
        var response = await _client.GetAsync("/", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", Json.MediaType(response));
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("id=\"map\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"timeline\"", html, StringComparison.Ordinal);
        // Nothing from elsewhere may load, even if an article's text tried to inject it.
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Root_EveryFileItNeedsIsServedLocally()
    {
        var html = await _client.GetStringAsync("/", Cancel);
        var references = Reference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var app = await _client.GetStringAsync("/js/app.js", Cancel);
        references.AddRange(ModuleImport().Matches(app).Select(m => "js/" + m.Groups[1].Value));
        references.Add("lib/world-atlas/countries-110m.json");

        Assert.NotEmpty(references);
        foreach (var path in references.Where(r => !r.StartsWith("api/", StringComparison.Ordinal)))
        {
            // No CDN: nothing the page loads may leave the server it came from.
            Assert.DoesNotContain("//", path, StringComparison.Ordinal);
            var response = await _client.GetAsync("/" + path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/lib/leaflet/LICENSE.txt")]
    [InlineData("/lib/world-atlas/LICENSE.txt")]
    [InlineData("/lib/topojson-client/LICENSE.txt")]
    [InlineData("/lib/supercluster/LICENSE.txt")]
    [InlineData("/lib/uplot/LICENSE.txt")]
    public async Task VendoredLibraries_ShipTheirLicences(string path)
    {
        var response = await _client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/../Sitrep.Web.dll")]
    [InlineData("/js/../../appsettings.json")]
    [InlineData("/nothing.js")]
    public async Task StaticFiles_OutsideTheDashboard_AreNotFound(string path)
    {
        var response = await _client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        var doc = await Json.Read(await _client.GetAsync("/openapi/v1.json", Cancel));

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(new HashSet<string> { "/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}", "/api/tallies", "/api/alerts" },
            paths.ToHashSet());
        var parameters = doc.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["from", "to", "country", "admin1", "type", "sub_type", "actor", "bbox", "q", "status", "limit", "offset", "format"], parameters);
        var formats = doc.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").EnumerateObject().Select(p => p.Name);
        Assert.Equal(["application/json", "application/geo+json", "text/csv"], formats);
        var post = doc.GetProperty("paths").GetProperty("/api/articles").GetProperty("post").GetProperty("responses");
        Assert.True(post.TryGetProperty("403", out _), "POST /api/articles documents its 403");
    }

    [Fact]
    public async Task Scalar_ServesTheReferencePage()
    {
        var response = await _client.GetAsync("/scalar/", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
    }
}
