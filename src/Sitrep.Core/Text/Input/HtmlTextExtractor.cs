using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace Sitrep.Core.Text.Input;

/// A deliberately simple HTML-to-text pass until a readability library takes over: drops scripts, styles and the
/// like, turns block elements into line breaks (the sentence splitter treats lines as paragraphs), collapses
/// whitespace as a browser would and decodes entities. It keeps navigation and footers: telling boilerplate from
/// the story is the readability library's job.
internal static class HtmlTextExtractor
{
    // Elements whose content is never readable text; skipped up to their closing tag.
    static readonly FrozenSet<string> SkippedElements = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "textarea", "title");

    // Elements that start a new line in a browser.
    static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul");

    // <meta> names (property=, name= or itemprop=) that carry the publication date, best first.
    static readonly string[] DateMetaNames = ["article:published_time", "og:article:published_time", "datepublished"];

    public static HtmlContent Extract(string html)
    {
        var text = new VisibleText();
        var dates = new DateOnly?[DateMetaNames.Length];
        DateOnly? timeDate = null;
        string? siteName = null, canonicalUrl = null, ogUrl = null;
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
            if (BlockElements.Contains(name)) text.Break();
            if (closing) continue;

            switch (name)
            {
                case "meta":
                    var key = (Attribute(attributes, "property") ?? Attribute(attributes, "name") ?? Attribute(attributes, "itemprop"))?.ToLowerInvariant();
                    var content = Attribute(attributes, "content");
                    var slot = key is null ? -1 : Array.IndexOf(DateMetaNames, key);
                    if (slot >= 0 && IsoDate.TryParse(content, out var metaDate)) dates[slot] ??= metaDate;
                    else if (key == "og:site_name") siteName ??= content;
                    else if (key == "og:url") ogUrl ??= content;
                    break;
                case "link":
                    var rel = Attribute(attributes, "rel");
                    if (rel is not null && rel.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
                        canonicalUrl ??= Attribute(attributes, "href");
                    break;
                case "time":
                    if (IsoDate.TryParse(Attribute(attributes, "datetime"), out var stamped))
                    {
                        if (string.Equals(Attribute(attributes, "itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
                            dates[^1] ??= stamped;
                        timeDate ??= stamped;
                    }
                    break;
            }

            if (!selfClosing && SkippedElements.Contains(name)) i = SkipElement(html, i, name);
        }
        var published = dates.FirstOrDefault(d => d is not null) ?? timeDate;
        return new HtmlContent(text.ToString(), published, siteName, canonicalUrl ?? ogUrl);
    }

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
    static int SkipElement(string html, int i, string name)
    {
        var closing = "</" + name;
        while (true)
        {
            var end = html.IndexOf(closing, i, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return html.Length;
            var after = end + closing.Length;
            if (after < html.Length && (char.IsAsciiLetterOrDigit(html[after]) || html[after] == '-'))
            {
                i = after; // "</scripts" is not "</script"
                continue;
            }
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
