using System.Globalization;
using Sitrep.Core.Text;
using Sitrep.Core.Text.Input;

namespace Sitrep.Core.Tests.Text.Input;

public sealed class ArticleReaderFeedTests : IDisposable
{
    static readonly DateOnly Override = new(2020, 1, 1);
    readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    List<ReadResult> ReadFeed(string xml, string name = "feed.rss", DateOnly? publishedOverride = null) =>
        [.. new ArticleReader().Read([_dir.Write(name, xml)], TextReader.Null, publishedOverride)];

    static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Example Wire</title>
            <link>https://example.org/wire</link>
            <description>Reports</description>
            <item>
              <title>Clashes in Port Elara</title>
              <link>https://example.org/wire/1</link>
              <guid isPermaLink="false">wire-1</guid>
              <pubDate>Mon, 03 Oct 2016 23:30:00 -0500</pubDate>
              <description>&lt;p&gt;Troops &amp;amp; rebels clashed near the port, killing &lt;b&gt;three&lt;/b&gt;.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Protest in Vell</title>
              <link>https://example.org/wire/2</link>
              <pubDate>Tue, 04 Oct 2016 10:00:00 GMT</pubDate>
              <description><![CDATA[<p>Hundreds marched in Vell.</p><p>Police watched.</p>]]></description>
              <content:encoded><![CDATA[<p>Hundreds marched in Vell on Tuesday.</p><p>Police watched from a distance.</p>]]></content:encoded>
            </item>
            <item>
              <description>Shelling hit a school in Dorn.</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Read_Rss20_OneArticlePerItem()
    {
        var articles = ReadFeed(Rss, "wire.rss", Override).Select(r => r.Article).ToList();

        Assert.Equal(
            [
                new Article("wire-1", "Clashes in Port Elara\nTroops & rebels clashed near the port, killing three.", Day("2016-10-03"), "Example Wire", "https://example.org/wire/1"),
                new Article("https://example.org/wire/2", "Protest in Vell\nHundreds marched in Vell on Tuesday.\nPolice watched from a distance.", Day("2016-10-04"), "Example Wire", "https://example.org/wire/2"),
                new Article("wire#3", "Shelling hit a school in Dorn.", Override, "Example Wire", null),
            ],
            articles);
    }

    const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="html">Example &amp;amp; Monitor</title>
          <id>urn:example:monitor</id>
          <updated>2016-10-09T12:00:00Z</updated>
          <entry>
            <title>Raid on Kessa village</title>
            <id>urn:example:monitor:1</id>
            <link href="https://example.org/monitor/1"/>
            <published>2016-10-05T08:00:00+03:00</published>
            <updated>2016-10-06T08:00:00+03:00</updated>
            <summary type="html">&lt;p&gt;Gunmen raided Kessa at dawn.&lt;/p&gt;</summary>
          </entry>
          <entry>
            <title>Curfew in Ambra</title>
            <id>urn:example:monitor:2</id>
            <link href="https://example.org/monitor/2"/>
            <content type="html">&lt;p&gt;Officials declared a curfew in Ambra after riots.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Read_Atom_OneArticlePerEntryDatedByTheEntryElseTheFeed()
    {
        var articles = ReadFeed(Atom, "monitor.atom", Override).Select(r => r.Article).ToList();

        Assert.Equal(
            [
                new Article("urn:example:monitor:1", "Raid on Kessa village\nGunmen raided Kessa at dawn.", Day("2016-10-05"), "Example & Monitor", "https://example.org/monitor/1"),
                new Article("urn:example:monitor:2", "Curfew in Ambra\nOfficials declared a curfew in Ambra after riots.", Day("2016-10-09"), "Example & Monitor", "https://example.org/monitor/2"),
            ],
            articles);
    }

    [Fact]
    public void Read_Rss10_ItemsBesideTheChannel()
    {
        const string Rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>Example Digest</title><link>https://example.org/</link><description>d</description></channel>
              <item rdf:about="https://example.org/d/1"><title>Strike on a depot</title><link>https://example.org/d/1</link><description>A drone hit a fuel depot.</description><dc:date>2016-10-07T09:00:00Z</dc:date></item>
            </rdf:RDF>
            """;

        var article = Assert.Single(ReadFeed(Rdf, "digest.xml")).Article;

        Assert.Equal(new Article("https://example.org/d/1", "Strike on a depot\nA drone hit a fuel depot.", Day("2016-10-07"), "Example Digest", "https://example.org/d/1"), article);
    }

    [Fact]
    public void Read_RssWithoutItemDates_FeedDateElseOverride()
    {
        const string Dated = "<rss version=\"2.0\"><channel><title>W</title><pubDate>Sat, 08 Oct 2016 06:00:00 +0000</pubDate><item><title>Riot in Sol</title></item></channel></rss>";
        const string Undated = "<rss version=\"2.0\"><channel><title>W</title><item><title>Riot in Sol</title></item></channel></rss>";

        Assert.Equal(Day("2016-10-08"), Assert.Single(ReadFeed(Dated, publishedOverride: Override)).Article?.Published);
        Assert.Equal(Override, Assert.Single(ReadFeed(Undated, publishedOverride: Override)).Article?.Published);
    }

    public static TheoryData<string, string, string> MalformedFeedCases => new()
    {
        { "truncated", "<rss version=\"2.0\">\n<channel>\n<title>W</title>\n<item><title>Cut", "feed.rss:4: feed is not well-formed XML: " },
        { "an HTML page saved as .rss", "<!DOCTYPE html>\n<html><body><p>Not a feed<br></p></body></html>", "feed.rss:2: feed is not well-formed XML: " },
        { "not XML at all", "Gunmen attacked a base.", "feed.rss:1: feed is not well-formed XML: " },
        { "another XML document", "<?xml version=\"1.0\"?>\n<project><name>x</name></project>", "feed.rss:2: XML document's root is <project>; expected an RSS or Atom feed (<rss>, <feed> or <rdf:RDF>)" },
        { "blank lines before the declaration", "\n\n<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item></rss>", "feed.rss:4: feed is not well-formed XML: " },
        { "no items", "<rss version=\"2.0\"><channel><title>W</title></channel></rss>", "feed.rss: feed has no items" },
        {
            "an entity bomb",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<rss version=\"2.0\"><channel><title>&c;</title><item><title>x</title></item></channel></rss>",
            "feed.rss:2: feed is not well-formed XML: "
        },
    };

    [Theory, MemberData(nameof(MalformedFeedCases))]
    public void Read_MalformedFeed_OneErrorNamingTheFile(string scenario, string xml, string message)
    {
        var error = Assert.Single(ReadFeed(xml)).Error;

        Assert.NotNull(error);
        Assert.True(error.Message.StartsWith(_dir.PathOf(message), StringComparison.Ordinal), $"{scenario}: {error.Message}");
    }

    [Fact]
    public void Read_FeedWithBadItems_ErrorsNameTheItemAndItsLineTheRestRead()
    {
        const string Xml = """
            <rss version="2.0">
              <channel>
                <title>W</title>
                <item><title>Bombing in Asha</title><guid>a</guid></item>
                <item><title>Raid in Bel</title><guid>b</guid><pubDate>yesterday</pubDate></item>
                <item><guid>c</guid><description>   </description></item>
                <item><title>Siege of Cor</title><guid>d</guid></item>
              </channel>
            </rss>
            """;

        var results = ReadFeed(Xml, "wire.rss");

        Assert.Equal(["a", null, null, "d"], results.Select(r => r.Article?.Id));
        Assert.Equal(_dir.PathOf("wire.rss") + ":5: item 2: its date is \"yesterday\"; expected a date like \"Mon, 03 Oct 2016 08:00:00 GMT\" or 2016-10-03", results[1].Error?.Message);
        Assert.Equal(_dir.PathOf("wire.rss") + ":6: item 3 has no title, description or content", results[2].Error?.Message);
    }

    [Fact]
    public void Read_MalformedFeedBesideGoodFiles_TheOthersStillRead()
    {
        var bad = _dir.Write("feeds/a-broken.rss", "<rss version=\"2.0\"><channel><item>");
        _dir.Write("feeds/b-good.atom", Atom);

        var results = new ArticleReader().Read([_dir.PathOf("feeds")], TextReader.Null).ToList();

        Assert.Equal(bad, results[0].Error?.Input);
        Assert.Equal(["urn:example:monitor:1", "urn:example:monitor:2"], results.Skip(1).Select(r => r.Article?.Id));
    }

    [Fact]
    public void Read_DirectoryWithFeeds_ReadsRssAtomAndXml()
    {
        _dir.Write("in/wire.rss", Rss);
        _dir.Write("in/monitor.atom", Atom);
        _dir.Write("in/also-monitor.xml", Atom.Replace("urn:example:monitor:", "urn:example:copy:", StringComparison.Ordinal));

        var results = new ArticleReader().Read([_dir.PathOf("in")], TextReader.Null).ToList();

        Assert.Equal(7, results.Count(r => r.IsSuccess));
    }

    [Fact]
    public void Read_StdinFeed_ItemsNamedAfterStdin()
    {
        var results = new ArticleReader().Read(["-"], new StringReader("\n" + Atom.Replace("<id>urn:example:monitor:2</id>", "", StringComparison.Ordinal)
            .Replace("<link href=\"https://example.org/monitor/2\"/>", "", StringComparison.Ordinal))).ToList();

        Assert.Equal(["urn:example:monitor:1", "stdin#2"], results.Select(r => r.Article?.Id));
    }
}
