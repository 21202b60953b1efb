using System.Text;
using Sitrep.Core.Text;
using Sitrep.Core.Text.Input;

namespace Sitrep.Core.Tests.Text.Input;

public sealed class ArticleReaderStdinTests
{
    static readonly DateOnly Override = new(2016, 10, 3);

    static List<ReadResult> ReadStdin(TextReader stdin, DateOnly? publishedOverride = null, long maxBytes = ArticleReader.DefaultMaxBytes) =>
        [.. new ArticleReader(maxBytes).Read(["-"], stdin, publishedOverride)];

    static List<ReadResult> ReadStdin(string text, DateOnly? publishedOverride = null) => ReadStdin(new StringReader(text), publishedOverride);

    [Fact]
    public void Read_StdinPlainText_OneArticleWithTheTextUnchanged()
    {
        const string text = "\r\n  Gunmen stormed a hotel in Mogadishu.\r\nFive guards were killed.\r\n";

        var article = Assert.Single(ReadStdin(text, Override)).Article;

        Assert.Equal(new Article("stdin", text, Override), article);
    }

    [Fact]
    public void Read_StdinJsonLines_OneArticlePerLineNumberedFromTheStart()
    {
        var results = ReadStdin("\n{\"text\": \"One.\"}\n{\"id\": \"n2\", \"text\": \"Two.\", \"published\": \"2015-05-01\"}\n", Override);

        Assert.Equal([new Article("stdin:2", "One.", Override), new Article("n2", "Two.", new DateOnly(2015, 5, 1))], results.Select(r => r.Article));
    }

    [Fact]
    public void Read_StdinJsonLinesWithMalformedLine_ErrorNamesStdinAndTheLine()
    {
        var results = ReadStdin("{\"text\": \"One.\"}\n{\"text\": \"Two.\"\n{\"text\": \"Three.\"}\n");

        Assert.Equal(["One.", null, "Three."], results.Select(r => r.Article?.Text));
        Assert.StartsWith("stdin:2: line is not valid JSON: ", results[1].Error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Read_StdinInSmallPieces_SameArticles(int step)
    {
        var lines = string.Concat(Enumerable.Range(1, 300).Select(i => $"  {{\"id\": \"a{i}\", \"text\": \"Report number {i}, with ünïcödé.\"}}\r\n"));

        var results = ReadStdin(new TrickleReader("\n\n" + lines, step));

        Assert.Equal(300, results.Count(r => r.IsSuccess));
        Assert.Equal("a300", results[^1].Article?.Id);
        Assert.Equal("Report number 300, with ünïcödé.", results[^1].Article?.Text);
    }

    [Fact]
    public void Read_StdinTextInSmallPieces_TextUnchanged()
    {
        var text = "  \n" + string.Concat(Enumerable.Repeat("Fighting near Idlib.\r\n", 2000));

        Assert.Equal(text, Assert.Single(ReadStdin(new TrickleReader(text, 7))).Article?.Text);
    }

    public static TheoryData<string, string> BadStdinCases => new()
    {
        { "", "stdin: input is empty" },
        { " \r\n\t", "stdin: input has only whitespace, no text" },
        { "\uFEFF", "stdin: input is empty" },
        { "text\0with NUL", "stdin: input looks binary, not text (it has NUL bytes)" },
        { "\n\n", "stdin: input has only whitespace, no text" },
    };

    [Theory, MemberData(nameof(BadStdinCases))]
    public void Read_BadStdin_OneError(string text, string message) =>
        Assert.Equal(message, Assert.Single(ReadStdin(text)).Error?.Message);

    [Fact]
    public void Read_StdinWithBom_BomDropped() =>
        Assert.Equal("Clashes in Sirte.", Assert.Single(ReadStdin("\uFEFFClashes in Sirte.")).Article?.Text);

    [Fact]
    public void Read_StdinInvalidUtf8_ErrorAndTheNextPathStillRead()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("good.txt", "Read after stdin.");
        using var stdin = new StreamReader(new MemoryStream([.. "Caf"u8, 0xE9, .. " bombed"u8]), new UTF8Encoding(false, throwOnInvalidBytes: true));

        var results = new ArticleReader().Read(["-", good], stdin).ToList();

        Assert.Equal("stdin: input is not valid UTF-8 (byte 0xE9)", results[0].Error?.Message);
        Assert.Equal("good", results[1].Article?.Id);
    }

    [Fact]
    public void Read_StdinNamedTwice_SecondIsAnError()
    {
        var results = new ArticleReader().Read(["-", "-"], new StringReader("Once.")).ToList();

        Assert.Equal("Once.", results[0].Article?.Text);
        Assert.Equal("stdin: \"-\" (standard input) is named more than once; it can be read only once", results[1].Error?.Message);
    }

    [Fact]
    public void Read_StdinOverTheLimit_ErrorGivingTheSize()
    {
        var error = Assert.Single(ReadStdin(new TrickleReader(new string('x', 3000), 100), maxBytes: 1024)).Error;

        Assert.Equal("stdin: input is 2.9 KB; the limit is 1 KB per article: split it or pass --max-bytes", error?.Message);
    }

    [Fact]
    public void Read_StdinHtmlPage_TextExtracted()
    {
        var article = Assert.Single(ReadStdin("<!DOCTYPE html><html><body><p>Rockets hit &amp; damaged a port.</p></body></html>")).Article;

        Assert.Equal("Rockets hit & damaged a port.", article?.Text);
    }

    [Fact]
    public void Read_StdinNewsPage_StoryTitleAndMetadataWithoutBoilerplate()
    {
        const string Page = """

            <!doctype html>
            <html><head><title>Shelling hits Arvel market | Example Post</title>
            <meta property="og:site_name" content="Example Post"><link rel="canonical" href="https://example.org/arvel">
            <meta property="article:published_time" content="2016-10-05T07:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/weather">Weather forecast</a> <a href="/jobs">Jobs board</a></nav>
            <article><p>Artillery shells hit the central market of Arvel on Wednesday morning, killing four people and wounding ten, a hospital doctor said.</p>
            <p>Residents said the shells came from positions held by rebels on the hills west of the town, a claim the rebels denied.</p></article>
            <footer>Example Post &middot; <a href="/terms">Terms of use</a></footer></body></html>
            """;

        var article = Assert.Single(ReadStdin(Page, Override)).Article;

        Assert.NotNull(article);
        Assert.Equal(("stdin", new DateOnly(2016, 10, 5), "Example Post", "https://example.org/arvel"), (article.Id, article.Published, article.Source, article.Url));
        Assert.StartsWith("Shelling hits Arvel market\nArtillery shells hit the central market of Arvel", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather forecast", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Terms of use", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoPaths_NothingRead() =>
        Assert.Empty(new ArticleReader().Read([], new StringReader("ignored")));
}
