using System.Globalization;
using Sitrep.Core.Text.Input;

namespace Sitrep.Core.Tests.Text.Input;

public sealed class ArticleReaderHtmlTests : IDisposable
{
    static readonly DateOnly Override = new(2020, 1, 1);
    readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    ReadResult ReadPage(string html, string name = "page.html", DateOnly? publishedOverride = null) =>
        Assert.Single(new ArticleReader().Read([_dir.Write(name, html)], TextReader.Null, publishedOverride));

    const string Story =
        "<p>Gunmen attacked a market in the town of Ostrava Nova on Tuesday, killing six traders and wounding nine, the regional governor said.</p>" +
        "<p>The attackers escaped on motorcycles before police arrived, and the market was closed for the rest of the day, residents said.</p>" +
        "<p>No group has said it carried out the attack, the second in the district this month.</p>";

    const string Navigation =
        "<header><a href=\"/\">Example Herald</a><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news</a></li>" +
        "<li><a href=\"/sport\">Sport results</a></li><li><a href=\"/subscribe\">Subscribe today</a></li></ul></nav></header>";

    const string Footer =
        "<footer><p>Copyright 2026 Example Herald, all rights reserved.</p><ul><li><a href=\"/privacy\">Privacy policy</a></li>" +
        "<li><a href=\"/contact\">Contact the newsroom</a></li></ul></footer>";

    const string Sidebar =
        "<aside class=\"sidebar\"><h2>Most read</h2><ul><li><a href=\"/a\">Cup final goes to penalties</a></li>" +
        "<li><a href=\"/b\">Markets rise for a third day</a></li></ul></aside>";

    static string Page(string body, string head = "<title>Gunmen kill six at market | Example Herald</title>") =>
        $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    public static TheoryData<string, string> BoilerplateCases => new()
    {
        { "nav and footer around an article", Page(Navigation + "<main><article><h1>Gunmen kill six at market</h1>" + Story + "</article></main>" + Footer) },
        { "sidebar beside the story", Page(Navigation + "<div class=\"content\"><div class=\"story-body\">" + Story + "</div>" + Sidebar + "</div>" + Footer) },
        { "no semantic tags, only divs", Page("<div id=\"menu\"><a href=\"/\">Home</a> | <a href=\"/world\">World news</a> | <a href=\"/sport\">Sport results</a></div><div id=\"story\">" + Story + "</div><div id=\"footer\">Privacy policy | Contact the newsroom</div>") },
        { "cookie banner and share links", Page("<div class=\"cookie-banner\">We use cookies. <a href=\"/cookies\">Privacy policy</a></div><article>" + Story + "<div class=\"share\"><a href=\"/s\">Share on social media</a></div></article>" + Footer) },
    };

    [Theory, MemberData(nameof(BoilerplateCases))]
    public void Read_NewsPage_KeepsTheStoryDropsTheBoilerplate(string scenario, string html)
    {
        var text = ReadPage(html).Article?.Text;

        Assert.NotNull(text);
        Assert.StartsWith("Gunmen kill six at market\n", text, StringComparison.Ordinal); // the cleaned title, first
        Assert.Contains("Gunmen attacked a market in the town of Ostrava Nova on Tuesday, killing six traders and wounding nine, the regional governor said.", text, StringComparison.Ordinal);
        Assert.Contains("No group has said it carried out the attack, the second in the district this month.", text, StringComparison.Ordinal);
        foreach (var boilerplate in new[] { "Subscribe today", "Sport results", "Privacy policy", "Contact the newsroom", "Markets rise", "Share on social media" })
            Assert.False(text.Contains(boilerplate, StringComparison.Ordinal), $"{scenario}: \"{boilerplate}\" kept in:\n{text}");
    }

    [Fact]
    public void Read_NewsPage_ParagraphsBecomeLines()
    {
        var text = ReadPage(Page("<article>" + Story + "</article>")).Article?.Text;

        Assert.Equal(4, text?.Split('\n').Length); // the title and three paragraphs
    }

    public static TheoryData<string, string, string> TitleCases => new()
    {
        { "site name after a bar is cut", "<title>Rockets hit port in Aden city | Example Herald</title>", "Rockets hit port in Aden city" },
        { "og:title", "<meta property=\"og:title\" content=\"Rockets hit port in Aden city\">", "Rockets hit port in Aden city" },
        { "entities decoded", "<title>Rockets hit port &amp; fuel depot in Aden</title>", "Rockets hit port & fuel depot in Aden" },
        { "site name cut from a short title", "<title>Port shelled | Example Herald</title><meta property=\"og:site_name\" content=\"Example Herald\">", "Port shelled" },
        { "site name before the title", "<title>Example Herald: Port shelled</title><meta property=\"og:site_name\" content=\"Example Herald\">", "Port shelled" },
        { "short title without a site name kept whole", "<title>Port shelled | Herald</title>", "Port shelled | Herald" },
    };

    [Theory, MemberData(nameof(TitleCases))]
    public void Read_PageWithTitle_TitleIsTheFirstLine(string scenario, string head, string title)
    {
        var text = ReadPage(Page("<article>" + Story + "</article>", head)).Article?.Text;

        Assert.True(text?.StartsWith(title + "\nGunmen attacked", StringComparison.Ordinal), $"{scenario}: {text}");
    }

    [Fact]
    public void Read_PageWithoutTitle_TextStartsWithTheStory() =>
        Assert.StartsWith("Gunmen attacked a market", ReadPage(Page("<article>" + Story + "</article>", head: "")).Article?.Text, StringComparison.Ordinal);

    [Fact]
    public void Read_HeadlineKeptInTheBody_NotRepeated()
    {
        var text = ReadPage(Page("<p>Blast in Kabul</p><p>A bomb exploded.</p>", "<title>Blast in Kabul</title>")).Article?.Text;

        Assert.Equal("Blast in Kabul\nA bomb exploded.", text);
    }

    public static TheoryData<string, string, string?> DateCases => new()
    {
        { "article:published_time", "<meta property=\"article:published_time\" content=\"2016-10-03T08:00:00+00:00\">", "2016-10-03" },
        { "article:published_time as name", "<meta name=\"article:published_time\" content=\"2016-10-03\">", "2016-10-03" },
        { "og:article:published_time", "<meta property=\"og:article:published_time\" content=\"2016-10-08T23:30:00-05:00\">", "2016-10-08" },
        { "meta itemprop datePublished", "<meta itemprop=\"datePublished\" content=\"2016-10-04\">", "2016-10-04" },
        { "time itemprop datePublished", "<p>Posted <time itemprop=\"datePublished\" datetime=\"2016-10-09\">Sunday</time></p>", "2016-10-09" },
        { "JSON-LD object", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2016-10-10T06:00:00Z\"}</script>", "2016-10-10" },
        { "JSON-LD @graph", "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\"}, {\"@type\": \"NewsArticle\", \"datePublished\": \"2016-10-11\"}]}</script>", "2016-10-11" },
        { "JSON-LD array", "<script type=\"application/LD+JSON\">[{\"@type\": \"Organization\"}, {\"datePublished\": \"2016-10-12\"}]</script>", "2016-10-12" },
        { "<time datetime>", "<p>Posted <time datetime=\"2016-10-05T12:00\">Wednesday</time></p>", "2016-10-05" },
        { "meta beats <time>", "<time datetime=\"2016-01-01\">x</time><meta property=\"article:published_time\" content=\"2016-10-06\">", "2016-10-06" },
        { "meta beats JSON-LD", "<script type=\"application/ld+json\">{\"datePublished\": \"2016-01-02\"}</script><meta property=\"article:published_time\" content=\"2016-10-13\">", "2016-10-13" },
        { "JSON-LD beats <time>", "<time datetime=\"2016-01-03\">x</time><script type=\"application/ld+json\">{\"datePublished\": \"2016-10-14\"}</script>", "2016-10-14" },
        { "unreadable meta skipped", "<meta property=\"article:published_time\" content=\"soon\"><time datetime=\"2016-10-07\">t</time>", "2016-10-07" },
        { "broken JSON-LD skipped", "<script type=\"application/ld+json\">{\"datePublished\": \"2016-10-15\",,, oops</script><time datetime=\"2016-10-16\">t</time>", "2016-10-16" },
        { "no date anywhere", "", "2020-01-01" },
    };

    [Theory, MemberData(nameof(DateCases))]
    public void Read_HtmlPage_PublishedFromMetadataElseOverride(string scenario, string metadata, string? published)
    {
        var article = ReadPage(Page("<article>" + metadata + Story + "</article>", head: ""), publishedOverride: Override).Article;

        Assert.True(DateOnly.Parse(published!, CultureInfo.InvariantCulture) == article?.Published, $"{scenario}: {article?.Published}");
    }

    public static TheoryData<string, string, string?, string?> SourceAndUrlCases => new()
    {
        {
            "og:site_name and canonical",
            "<meta property=\"og:site_name\" content=\"Example &amp; News\"><meta property=\"og:url\" content=\"https://example.org/og\"><link rel=\"canonical\" href=\"https://example.org/story\">",
            "Example & News", "https://example.org/story"
        },
        { "og:url without canonical", "<meta property=\"og:url\" content=\"https://example.org/og\">", null, "https://example.org/og" },
        {
            "JSON-LD publisher when no og:site_name",
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"Example Wire\"}}</script>",
            "Example Wire", null
        },
        { "nothing", "", null, null },
    };

    [Theory, MemberData(nameof(SourceAndUrlCases))]
    public void Read_HtmlPage_SourceAndUrlFromMetadata(string scenario, string head, string? source, string? url)
    {
        var article = ReadPage(Page("<article>" + Story + "</article>", head), "story-17.htm").Article;

        Assert.Equal(("story-17", source, url), (article?.Id, article?.Source, article?.Url));
        Assert.False(string.IsNullOrEmpty(scenario));
    }

    public static TheoryData<string, string> EntityCases => new()
    {
        { "<p>Fish &amp; chips &lt;3 &quot;q&quot; &#8212; &eacute;t&eacute;&nbsp;2016 &#x2013; caf&#233;</p>", "Fish & chips <3 \"q\" — été 2016 – café" },
        { "<p>Troops&nbsp;&nbsp;entered <b>Raqqa</b>&hellip;</p>", "Troops entered Raqqa…" },
        { "<p>&ldquo;We fled,&rdquo; said a resident of Hama&#39;s old town.</p>", "“We fled,” said a resident of Hama's old town." },
    };

    [Theory, MemberData(nameof(EntityCases))]
    public void Read_HtmlEntities_DecodedOnce(string body, string text) =>
        Assert.Equal(text, ReadPage(Page(body, head: "")).Article?.Text);

    [Fact]
    public void Read_PagesConcurrently_SameArticlesAsOneByOne()
    {
        var reader = new ArticleReader();
        var paths = Enumerable.Range(0, 24)
            .Select(i => _dir.Write($"p{i}.html", Page(Navigation + "<article>" + Story.Replace("six", $"{i} more", StringComparison.Ordinal) + "</article>" + Footer)))
            .ToList();

        var oneByOne = paths.Select(p => reader.Read([p], TextReader.Null).Single().Article).ToList();
        var concurrent = paths.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(p => reader.Read([p], TextReader.Null).Single().Article).ToList();

        Assert.Equal(oneByOne, concurrent);
        Assert.Equal(24, oneByOne.Select(a => a?.Text).Distinct().Count());
    }

    [Fact]
    public void Read_PageNestedTooDeeplyForTheDomParser_ReadByTheSimplePass()
    {
        var depth = HtmlPageReader.MaxDomDepth * 40;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep report of shelling.</p>" +
            string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var article = ReadPage(html).Article;

        Assert.Equal("Deep report of shelling.", article?.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}"); // the DOM parser alone takes minutes
    }

    public static TheoryData<string, string?> BadHtmlCases => new()
    {
        { "<<<>>> &&& <p", "<<<>>> &&&" },
        { "<div><p>Unclosed tags <b>everywhere<i> in a report of clashes", "Unclosed tags everywhere in a report of clashes" },
        { "</div></div></p>Stray end tags before the text.</span>", "Stray end tags before the text." },
        { "<p <p <p>Attributes that end after all", "Attributes that end after all" },
        { "<p class=\"never closed>Lost in the attribute.</p>", null },
        { "<html><body><script>x()</script></body></html>", null },
        { "<html><head><title>Title only</title></head><body></body></html>", null },
        { "<!-- never closed comment <p>Hidden.</p>", null },
    };

    [Theory, MemberData(nameof(BadHtmlCases))]
    public void Read_MalformedHtml_TextOrAClearError(string html, string? text)
    {
        var result = ReadPage(html, "bad.html");

        if (text is null)
            Assert.Equal(_dir.PathOf("bad.html") + ": file has no text once the HTML markup is removed", result.Error?.Message);
        else
            Assert.Equal(text, result.Article?.Text);
    }
}
