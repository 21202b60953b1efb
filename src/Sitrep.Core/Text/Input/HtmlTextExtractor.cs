using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace Sitrep.Core.Text.Input;

/// A simple, linear HTML-to-text pass: drops scripts, styles and the like, turns block elements into line breaks
/// (the sentence splitter treats lines as paragraphs), collapses whitespace as a browser would and decodes entities.
/// It keeps navigation and footers: telling boilerplate from the story is the readability library's job. It turns
/// the readability library's output and feed items into text, reads page metadata, and is the fallback when the
/// library finds no article. Which element does what is data (data/text/html-elements.tsv). Holds only that
/// data, so one instance serves concurrent calls.
internal sealed class HtmlTextExtractor
{
    readonly FrozenSet<string> _skipped;
    readonly FrozenSet<string> _block;
    readonly FrozenSet<string> _void;
    readonly FrozenSet<string> _optionalEnd;
    readonly string[] _dateMetaNames; // best first

    HtmlTextExtractor(FrozenSet<string> skipped, FrozenSet<string> block, FrozenSet<string> voids, FrozenSet<string> optionalEnd, string[] dateMetaNames) =>
        (_skipped, _block, _void, _optionalEnd, _dateMetaNames) = (skipped, block, voids, optionalEnd, dateMetaNames);

    public static HtmlTextExtractor CreateDefault()
    {
        var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["skip"] = [], ["block"] = [], ["void"] = [], ["open"] = [],
        };
        foreach (var line in DataDirectory.ReadLexicon("text", "html-elements.tsv"))
        {
            var fields = line.Split('\t', StringSplitOptions.TrimEntries);
            if (fields.Length != 2) throw new InvalidDataException($"data/text/html-elements.tsv: \"{line}\" is not element<TAB>roles");
            foreach (var role in fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!roles.TryGetValue(role, out var elements))
                    throw new InvalidDataException($"data/text/html-elements.tsv: unknown role \"{role}\" for {fields[0]}");
                elements.Add(fields[0].ToLowerInvariant());
            }
        }
        string[] dateNames = [.. DataDirectory.ReadLexicon("text", "html-date-meta.txt").Select(name => name.ToLowerInvariant())];
        return new HtmlTextExtractor(Set(roles["skip"]), Set(roles["block"]), Set(roles["void"]), Set(roles["open"]), dateNames);

        static FrozenSet<string> Set(List<string> names) => names.ToFrozenSet(StringComparer.Ordinal);
    }

    /// The visible text alone, for HTML fragments (a readability result, a feed item's description).
    public string ToText(string html) => Extract(html).Text;

    public HtmlScan Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new VisibleText();
        var dates = new DateOnly?[_dateMetaNames.Length];
        var datePublishedSlot = Array.IndexOf(_dateMetaNames, "datepublished");
        DateOnly? timeDate = null, jsonLdDate = null;
        string? siteName = null, canonicalUrl = null, ogUrl = null, ogTitle = null, pageTitle = null, jsonLdPublisher = null;
        var (depth, maxDepth) = (0, 0);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                text.Append(html.AsSpan(i));
                break;
            }
            text.Append(html.AsSpan(i, lt - i));
            i = lt;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                var end = html.IndexOf('>', i);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                text.Append("<"); // "a < b" in text, not a tag
                i++;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            attributes.Clear();
            i = ReadAttributes(html, nameEnd, attributes, out var selfClosing);
            if (_block.Contains(name)) text.Break();
            var counted = !_void.Contains(name) && !_optionalEnd.Contains(name) && !_skipped.Contains(name);
            if (closing)
            {
                if (counted && depth > 0) depth--;
                continue;
            }
            if (counted && !selfClosing) maxDepth = Math.Max(maxDepth, ++depth);

            switch (name)
            {
                case "meta":
                    var key = (Attribute(attributes, "property") ?? Attribute(attributes, "name") ?? Attribute(attributes, "itemprop"))?.ToLowerInvariant();
                    var content = Attribute(attributes, "content");
                    var slot = key is null ? -1 : Array.IndexOf(_dateMetaNames, key);
                    if (slot >= 0 && IsoDate.TryParse(content, out var metaDate)) dates[slot] ??= metaDate;
                    else if (key == "og:site_name") siteName ??= content;
                    else if (key == "og:url") ogUrl ??= content;
                    else if (key == "og:title") ogTitle ??= content;
                    break;
                case "link":
                    var rel = Attribute(attributes, "rel");
                    if (rel is not null && rel.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
                        canonicalUrl ??= Attribute(attributes, "href");
                    break;
                case "time":
                    if (IsoDate.TryParse(Attribute(attributes, "datetime"), out var stamped))
                    {
                        if (datePublishedSlot >= 0 && string.Equals(Attribute(attributes, "itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
                            dates[datePublishedSlot] ??= stamped;
                        timeDate ??= stamped;
                    }
                    break;
            }

            if (selfClosing || !_skipped.Contains(name)) continue;
            var bodyStart = i;
            i = SkipElement(html, i, name, out var bodyEnd);
            if (name == "title" && pageTitle is null)
                pageTitle = Collapse(WebUtility.HtmlDecode(html[bodyStart..bodyEnd]));
            else if (name == "script" && string.Equals(Attribute(attributes, "type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                var found = JsonLinkedData.Read(html.AsSpan(bodyStart, bodyEnd - bodyStart));
                jsonLdDate ??= found.Published;
                jsonLdPublisher ??= found.Publisher;
            }
        }
        var published = dates.FirstOrDefault(d => d is not null) ?? jsonLdDate ?? timeDate;
        var title = ogTitle ?? (string.IsNullOrWhiteSpace(pageTitle) ? null : pageTitle);
        return new HtmlScan(text.ToString(), published, siteName ?? jsonLdPublisher, canonicalUrl ?? ogUrl, title, maxDepth);
    }

    /// Whitespace runs as one space, trimmed: how a browser shows a title or an attribute.
    public static string Collapse(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    static string? Attribute(Dictionary<string, string> attributes, string name) =>
        attributes.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// Reads name="value" pairs (quoted, unquoted or bare) up to the closing '>' and returns the index after it.
    static int ReadAttributes(string html, int i, Dictionary<string, string> attributes, out bool selfClosing)
    {
        selfClosing = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>') return i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c == '/')
            {
                selfClosing = i + 1 < html.Length && html[i + 1] == '>';
                i++;
                continue;
            }
            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            if (i == nameStart)
            {
                i++; // a stray '=' with no name
                continue;
            }
            var name = html[nameStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    if (end < 0) end = html.Length;
                    value = html[(i + 1)..end];
                    i = Math.Min(end + 1, html.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[valueStart..i];
                }
            }
            attributes.TryAdd(name, WebUtility.HtmlDecode(value));
        }
        return html.Length;
    }

    /// Skips raw content such as a script body up to and past its closing tag; an unclosed one runs to the end.
    /// bodyEnd is where the content stops (the closing tag's '<').
    static int SkipElement(string html, int i, string name, out int bodyEnd)
    {
        var closing = "</" + name;
        while (true)
        {
            var end = html.IndexOf(closing, i, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                bodyEnd = html.Length;
                return html.Length;
            }
            var after = end + closing.Length;
            if (after < html.Length && (char.IsAsciiLetterOrDigit(html[after]) || html[after] == '-'))
            {
                i = after; // "</scripts" is not "</script"
                continue;
            }
            bodyEnd = end;
            var gt = html.IndexOf('>', after);
            return gt < 0 ? html.Length : gt + 1;
        }
    }

    /// Text as a browser shows it: whitespace runs become one space, block boundaries one line break.
    sealed class VisibleText
    {
        readonly StringBuilder _text = new();
        bool _pendingSpace;

        public void Append(ReadOnlySpan<char> raw)
        {
            if (raw.IsEmpty) return;
            var decoded = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString();
            foreach (var c in decoded)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n') _text.Append(' ');
                _pendingSpace = false;
                _text.Append(c);
            }
        }

        public void Break()
        {
            _pendingSpace = false;
            if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
        }

        public override string ToString() => _text.ToString().TrimEnd('\n');
    }
}
