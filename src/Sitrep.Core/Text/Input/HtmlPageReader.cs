using AngleSharp.Html.Parser;

namespace Sitrep.Core.Text.Input;

/// Reads a news page as an article: the story without navigation, sidebars and footers (SmartReader, a port of
/// Mozilla's Readability, the reader view of Firefox), the title as its first line (news titles carry events), and
/// the publication date, site name and address from the page's metadata. When the library finds no article, or the
/// page nests too deeply to hand to a DOM parser, the whole visible text is read instead. Builds its parsers per
/// call, so one instance serves concurrent reads.
internal sealed class HtmlPageReader
{
    /// Real pages nest a few dozen elements deep. Far deeper is a broken or hostile page: the DOM parser slows
    /// down quadratically with depth and the readability library recurses (a stack overflow cannot be caught).
    public const int MaxDomDepth = 256;

    // The library resolves relative links against the page's address; a page read from disk may have none.
    const string PlaceholderAddress = "https://localhost/";

    // Between a headline and the site's name in a <title>.
    static readonly string[] TitleSeparators = [" | ", " - ", " \u2013 ", " \u2014 ", " : ", ": ", " \u00B7 ", " \u00BB ", " / "];

    readonly HtmlTextExtractor _extractor;

    HtmlPageReader(HtmlTextExtractor extractor) => _extractor = extractor;

    public static HtmlPageReader CreateDefault() => new(HtmlTextExtractor.CreateDefault());

    public HtmlTextExtractor Extractor => _extractor;

    public HtmlContent Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var scan = _extractor.Extract(html);
        var (story, title) = scan.Depth <= MaxDomDepth ? Readable(html, scan.Url) : (null, null);
        var body = string.IsNullOrWhiteSpace(story) ? scan.Text : story;
        title = string.IsNullOrWhiteSpace(title) ? scan.Title : HtmlTextExtractor.Collapse(title);
        return new HtmlContent(WithTitle(WithoutSiteName(title, scan.Source), body), scan.Published, scan.Source, scan.Url);
    }

    /// The story's text and the library's cleaned title ("Story | Site" becomes "Story"); no story when the
    /// library finds none or fails on the page.
    (string? Story, string? Title) Readable(string html, string? url)
    {
        try
        {
            var document = new HtmlParser().ParseDocument(html);
            var address = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : PlaceholderAddress;
            using var reader = new SmartReader.Reader(address, document);
            var article = reader.GetArticle();
            // IsReadable is the library's guess before it tries; a short report is "not readable" yet extracted
            // well, so what counts is whether it found text.
            var story = string.IsNullOrWhiteSpace(article.Content) ? null : _extractor.ToText(article.Content);
            return (story, article.Title);
        }
#pragma warning disable CA1031 // A third-party parser failing on one page must not stop the rest; the fallback reads it.
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
#pragma warning restore CA1031
        {
            return (null, null);
        }
    }

    /// "Story | Site" as "Story" when the page names its site. Readability cuts such a suffix only from titles of
    /// five words or more; a short headline still carries its event and the site name is not part of it.
    static string? WithoutSiteName(string? title, string? siteName)
    {
        if (title is null || string.IsNullOrWhiteSpace(siteName)) return title;
        siteName = HtmlTextExtractor.Collapse(siteName);
        foreach (var separator in TitleSeparators)
        {
            if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + siteName.Length)
                return title[..^(separator.Length + siteName.Length)].Trim();
            if (title.StartsWith(siteName + separator, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + siteName.Length)
                return title[(siteName.Length + separator.Length)..].Trim();
        }
        return title;
    }

    /// The title as the first line, unless the text already starts with it (a page whose headline survived).
    static string WithTitle(string? title, string body)
    {
        if (string.IsNullOrWhiteSpace(title)) return body;
        if (string.IsNullOrWhiteSpace(body)) return body; // a title alone is not an article
        var firstLine = body.AsSpan(0, body.IndexOf('\n') is var nl and >= 0 ? nl : body.Length).Trim();
        return firstLine.Equals(title, StringComparison.OrdinalIgnoreCase) ? body : title + "\n" + body;
    }
}
