using Sitrep.Core.Text.Input;

namespace Sitrep.Core.Tests.Text.Input;

public sealed class ArticleReaderHtmlTests : IDisposable
{
    static readonly DateOnly Override = new(2020, 1, 1);
    readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    ReadResult ReadPage(string html, string name = "page.html", DateOnly? publishedOverride = null) =>
        Assert.Single(new ArticleReader().Read([_dir.Write(name, html)], TextReader.Null, publishedOverride));

    public static TheoryData<string, string> TextCases => new()
    {
        { "<p>Two   soldiers\n were   killed.</p>", "Two soldiers were killed." },
        { "<h1>Blast in Kabul</h1><p>A bomb exploded.</p><p>Police said so.</p>", "Blast in Kabul\nA bomb exploded.\nPolice said so." },
        { "<p>Line one<br>line two<br/>line three</p>", "Line one\nline two\nline three" },
        { "<p>Troops <b>entered</b> <a href=\"/x\">Raqqa</a>.</p>", "Troops entered Raqqa." },
        { "<p>Fish &amp; chips &lt;3 &quot;q&quot; &#8212; &eacute;t&eacute;&nbsp;2016</p>", "Fish & chips <3 \"q\" — été 2016" },
        { "<script>var p = '<p>not text</p>';</script><style>p { color: red }</style><p>Visible.</p>", "Visible." },
        { "<p>Before<!-- a <p>comment</p> -->after.</p>", "Beforeafter." },
        { "<head><title>Site | Story</title></head><body><p>Body only.</p></body>", "Body only." },
        { "<p>3 < 5 and 7 > 2</p>", "3 < 5 and 7 > 2" },
        { "<ul><li>Aden</li><li>Taiz</li></ul>", "Aden\nTaiz" },
        { "<table><tr><td>Killed</td><td>12</td></tr></table>", "Killed\n12" },
        { "<SCRIPT type=\"text/javascript\">x = 1;</SCRIPT><P>Upper-case tags.</P>", "Upper-case tags." },
        { "<p title='a > b'>Quoted attribute with a bracket.</p>", "Quoted attribute with a bracket." },
        { "<script>document.write('</scripts>')</script><p>After.</p>", "After." },
        { "<p>Unclosed script follows.</p><script>never closed", "Unclosed script follows." },
    };

    [Theory, MemberData(nameof(TextCases))]
    public void Read_HtmlPage_VisibleTextAsLines(string html, string text) =>
        Assert.Equal(text, ReadPage(html).Article?.Text);

    public static TheoryData<string, string?> DateCases => new()
    {
        { "<meta property=\"article:published_time\" content=\"2016-10-03T08:00:00+00:00\"><p>t</p>", "2016-10-03" },
        { "<meta name=\"article:published_time\" content=\"2016-10-03\"><p>t</p>", "2016-10-03" },
        { "<meta itemprop=\"datePublished\" content=\"2016-10-04\"><p>t</p>", "2016-10-04" },
        { "<p>Posted <time datetime=\"2016-10-05T12:00\">Wednesday</time></p>", "2016-10-05" },
        { "<time datetime=\"2016-01-01\">x</time><meta property=\"article:published_time\" content=\"2016-10-06\"><p>t</p>", "2016-10-06" },
        { "<meta property=\"article:published_time\" content=\"soon\"><time datetime=\"2016-10-07\">t</time>", "2016-10-07" },
        { "<p>No date anywhere.</p>", "2020-01-01" },
    };

    [Theory, MemberData(nameof(DateCases))]
    public void Read_HtmlPage_PublishedFromMetadataElseOverride(string html, string? published) =>
        Assert.Equal(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            ReadPage(html, publishedOverride: Override).Article?.Published);

    [Fact]
    public void Read_HtmlPage_IdFromFileSourceAndUrlFromMetadata()
    {
        var article = ReadPage("""
            <html><head>
            <meta property="og:site_name" content="Example &amp; News">
            <meta property="og:url" content="https://example.org/og">
            <link rel="canonical" href="https://example.org/story">
            </head><body><p>Story.</p></body></html>
            """, "story-17.htm").Article;

        Assert.Equal(("story-17", "Story.", "Example & News", "https://example.org/story"), (article?.Id, article?.Text, article?.Source, article?.Url));
    }
}
