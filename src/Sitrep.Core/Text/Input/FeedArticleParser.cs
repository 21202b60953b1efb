using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace Sitrep.Core.Text.Input;

/// Turns an RSS (0.9x, 1.0, 2.0) or Atom feed into one article per item, read by CodeHollow.FeedReader: id = the
/// item's guid or id (else its link, else "file#n"), text = title, then the description or content without its
/// HTML, published = the item's date (else the feed's, else the override), source = the feed's title, url = the
/// item's link. A feed that is not well-formed XML is one error naming the line; an item that cannot be read is
/// an error naming the item (and its line) while the other items are still read.
internal static class FeedArticleParser
{
    static readonly string[] FeedRoots = ["rss", "feed", "RDF"];

    /// The XML is read once here, with line numbers and without a DTD (a feed needs none, and entity expansion is
    /// the classic way to make a small file huge); the feed library then reads that same tree, written back out.
    static readonly XmlReaderSettings SafeXml = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024 * 1024,
    };

    /// Whether text looks like an XML document rather than an HTML page or plain text (for standard input).
    public static bool LooksLikeFeed(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<rss", StringComparison.Ordinal)
            || start.StartsWith("<feed", StringComparison.Ordinal)
            || start.StartsWith("<rdf:RDF", StringComparison.Ordinal);
    }

    public static IEnumerable<ReadResult> Parse(string input, string fileStem, string xml, DateOnly? publishedOverride, HtmlTextExtractor html)
    {
        // An XML declaration must come first, yet feeds (and stdin) often start with a blank line: skip it, and count
        // the lines skipped so messages still name the line in the file.
        var start = 0;
        while (start < xml.Length && char.IsWhiteSpace(xml[start])) start++;
        var skippedLines = xml.AsSpan(0, start).Count('\n');
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml[start..]), SafeXml);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            return [Failure(input, exception.LineNumber > 0 ? exception.LineNumber + skippedLines : null, InputProblems.NotXml(exception))];
        }
        var root = document.Root!;
        if (!FeedRoots.Contains(root.Name.LocalName, StringComparer.Ordinal))
            return [Failure(input, Line(root, skippedLines), InputProblems.NotAFeed(root.Name.LocalName))];

        Feed feed;
        try
        {
            document.DocumentType?.Remove();
            feed = FeedReader.ReadFromString(document.ToString(SaveOptions.DisableFormatting));
        }
#pragma warning disable CA1031 // The library throws what it likes on feeds it cannot read; one feed must not stop the rest.
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
#pragma warning restore CA1031
        {
            return [Failure(input, Line(root, skippedLines), InputProblems.UnreadableFeed(exception))];
        }
        var lines = ItemElements(root).Select(item => Line(item, skippedLines)).ToList();
        return Items(input, fileStem, feed, lines, publishedOverride, html);
    }

    static IEnumerable<ReadResult> Items(string input, string fileStem, Feed feed, List<int?> lines, DateOnly? publishedOverride, HtmlTextExtractor html)
    {
        var items = feed.Items?.ToList() ?? [];
        if (items.Count == 0)
        {
            yield return Failure(input, null, InputProblems.EmptyFeed);
            yield break;
        }
        var source = Clean(feed.Title, html);
        DateOnly? feedDate = null;
        var feedDateRaw = (feed.SpecificFeed as Rss20Feed)?.PublishingDateString ?? feed.LastUpdatedDateString;
        if (FeedDate.TryParse(feedDateRaw, feed.LastUpdatedDate, out var day)) feedDate = day;
        // The library lists items in document order, as found here; if the two ever disagree, lines are left out.
        var lined = lines.Count == items.Count;
        for (var index = 1; index <= items.Count; index++)
        {
            var line = lined ? lines[index - 1] : null;
            yield return Item(input, line, index, $"{fileStem}#{index}", items[index - 1], source, feedDate ?? publishedOverride, html);
        }
    }

    static ReadResult Item(string input, int? line, int index, string fallbackId, FeedItem item, string? source, DateOnly? published, HtmlTextExtractor html)
    {
        var title = Clean(item.Title, html);
        var body = Longer(Clean(item.Content, html), Clean(item.Description, html));
        if (title is null && body is null) return Failure(input, line, InputProblems.EmptyItem(index));
        var dateRaw = item.PublishingDateString;
        if (!string.IsNullOrWhiteSpace(dateRaw))
        {
            if (!FeedDate.TryParse(dateRaw, item.PublishingDate, out var itemDate)) return Failure(input, line, InputProblems.BadItemDate(index, dateRaw));
            published = itemDate;
        }
        var text = title is null ? body! : body is null || body.StartsWith(title, StringComparison.OrdinalIgnoreCase) ? body ?? title : title + "\n" + body;
        var link = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim();
        var id = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : link ?? fallbackId;
        return ReadResult.Success(new Article(id, text, published, source, link));
    }

    /// Feed text is often HTML (escaped or in CDATA); titles sometimes carry entities. Either way, plain text.
    static string? Clean(string? value, HtmlTextExtractor html)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Contains('<', StringComparison.Ordinal) || value.Contains('&', StringComparison.Ordinal) ? html.ToText(value) : value.Trim();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    static string? Longer(string? content, string? description) =>
        content is null ? description : description is null || content.Length >= description.Length ? content : description;

    /// The item elements in the order the feed library reads them: RSS 2.0 and 0.9x items in the channel, RSS 1.0
    /// items beside it, Atom entries under the root.
    static List<XElement> ItemElements(XElement root)
    {
        IEnumerable<XElement> parents = root.Name.LocalName == "rss" ? root.Elements().Where(e => e.Name.LocalName == "channel") : [root];
        var itemName = root.Name.LocalName == "feed" ? "entry" : "item";
        return [.. parents.SelectMany(parent => parent.Elements()).Where(e => e.Name.LocalName == itemName)];
    }

    static int? Line(XElement element, int skippedLines) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber + skippedLines : null;

    static ReadResult Failure(string input, int? line, string problem) => ReadResult.Failure(new BadInputException(input, line, problem));
}
