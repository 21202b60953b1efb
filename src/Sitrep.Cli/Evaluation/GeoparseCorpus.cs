using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Evaluation;

/// A geoparsing gold standard in one of the two XML layouts the public corpora use, told apart by the toponym
/// element's children:
/// - LGL (Lieberman et al. 2010): article/text, toponyms/toponym with start, end, phrase and an optional
///   gaztag[@geonameid] holding lat and lon;
/// - GeoWebNews (Gritta et al. 2019): article/text, toponyms/toponym with extractedName, type, start, end,
///   geonamesID, latitude, longitude. Only some of its classes are toponyms (see ToponymClasses).
/// Offsets are UTF-16 offsets into the decoded text of the text element (XML entities and CDATA resolved), which
/// is what both corpora count (checked on every span: SkippedSpans and MismatchedPhrases say when not).
public sealed record GeoparseCorpus(string Name, string Layout, ImmutableArray<GeoparseDocument> Documents, int SkippedSpans, int MismatchedPhrases)
{
    public const string LglLayout = "LGL";
    public const string GeoWebNewsLayout = "GeoWebNews";

    /// GeoWebNews classes that name a place, literally or by association (Gritta et al. 2019, "A Pragmatic Guide
    /// to Geoparsing Evaluation": literals, mixed, coercion, literal and non-literal modifiers -- "the Syrian
    /// port" --, metonymy and embedded toponyms). They are exactly the classes the annotators gave coordinates.
    public static readonly FrozenSet<string> ToponymClasses = FrozenSet.Create(StringComparer.Ordinal,
        "Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier", "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit");

    /// GeoWebNews classes that are annotated but are not toponyms: demonyms used as nouns ("the Afghans"),
    /// homonyms ("Paris Hilton"), languages, other non-toponyms, and common-noun expressions ("the city").
    public static readonly FrozenSet<string> NonToponymClasses = FrozenSet.Create(StringComparer.Ordinal,
        "Demonym", "Homonym", "Language", "Non_Toponym", "Literal_Expression", "Non_Lit_Expression");

    public int ToponymCount => Documents.Sum(d => d.Toponyms.Length);

    public int WithCoordinatesCount => Documents.Sum(d => d.Toponyms.Count(t => t.HasCoordinates));

    /// Reads a corpus file; a file that is not one of the two layouts is a BadInputException naming the line.
    public static GeoparseCorpus Read(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static GeoparseCorpus Parse(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var xml = XmlReader.Create(reader, settings);
            document = XDocument.Load(xml, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new BadInputException(name, e.LineNumber, $"not well-formed XML: {e.Message}");
        }
        var first = document.Descendants("toponym").FirstOrDefault()
            ?? throw new BadInputException(name, null, "no <toponym> elements: expected the LGL layout (<article><text>, <toponyms><toponym><start><end><phrase>) or the GeoWebNews layout (<toponym><extractedName><type><start><end>)");
        var layout = first.Element("extractedName") is not null || first.Element("type") is not null ? GeoWebNewsLayout
            : first.Element("phrase") is not null ? LglLayout
            : throw new BadInputException(name, Line(first), "a <toponym> has neither <phrase> (LGL) nor <extractedName> and <type> (GeoWebNews)");

        var documents = ImmutableArray.CreateBuilder<GeoparseDocument>();
        var (skipped, mismatched) = (0, 0);
        foreach (var (article, index) in document.Descendants("article").Select((a, i) => (a, i)))
        {
            var text = article.Element("text")?.Value ?? throw new BadInputException(name, Line(article), "an <article> has no <text>");
            var id = (string?)article.Attribute("docid") ?? (string?)article.Attribute("file") ?? index.ToString(CultureInfo.InvariantCulture);
            var toponyms = ImmutableArray.CreateBuilder<GeoparseToponym>();
            var others = ImmutableArray.CreateBuilder<GeoparseToponym>();
            foreach (var element in article.Elements("toponyms").Elements("toponym"))
            {
                var (gold, isToponym) = layout == LglLayout ? (ReadLgl(element, name), true) : ReadGeoWebNews(element, name);
                if (gold is null || gold.Span.End > text.Length)
                {
                    skipped++; // GeoWebNews has a few spans in the headline, which is not part of <text>: negative offsets
                    continue;
                }
                if (!string.Equals(gold.Span.Of(text), gold.Phrase, StringComparison.Ordinal)) mismatched++;
                (isToponym ? toponyms : others).Add(gold);
            }
            documents.Add(new GeoparseDocument(id, text, [.. toponyms.OrderBy(t => t.Span.Start)], [.. others.OrderBy(t => t.Span.Start)]));
        }
        return new GeoparseCorpus(name, layout, documents.ToImmutable(), skipped, mismatched);
    }

    static GeoparseToponym? ReadLgl(XElement toponym, string name)
    {
        var span = ReadSpan(toponym, name);
        if (span is null) return null;
        var gaztag = toponym.Element("gaztag");
        return new GeoparseToponym(span.Value, toponym.Element("phrase")?.Value ?? "", null,
            Number(gaztag?.Element("lat"), name), Number(gaztag?.Element("lon"), name), Id((string?)gaztag?.Attribute("geonameid"), gaztag, name));
    }

    static (GeoparseToponym? Gold, bool IsToponym) ReadGeoWebNews(XElement toponym, string name)
    {
        var kind = toponym.Element("type")?.Value.Trim() ?? "";
        var isToponym = ToponymClasses.Contains(kind);
        if (!isToponym && !NonToponymClasses.Contains(kind))
        {
            throw new BadInputException(name, Line(toponym), $"toponym type is \"{kind}\"; expected one of {string.Join(", ", ToponymClasses.Concat(NonToponymClasses))}");
        }
        var span = ReadSpan(toponym, name);
        if (span is null) return (null, isToponym);
        var idElement = toponym.Element("geonamesID");
        return (new GeoparseToponym(span.Value, toponym.Element("extractedName")?.Value ?? "", kind,
            Number(toponym.Element("latitude"), name), Number(toponym.Element("longitude"), name), Id(idElement?.Value, idElement, name)), isToponym);
    }

    /// Null for a span that cannot index the text (negative or reversed); a missing or non-numeric offset is an error.
    static TextSpan? ReadSpan(XElement toponym, string name)
    {
        var start = Integer(toponym, "start", name);
        var end = Integer(toponym, "end", name);
        return start < 0 || end < start ? null : new TextSpan(start, end);
    }

    static int Integer(XElement toponym, string child, string name)
    {
        var element = toponym.Element(child);
        if (element is null || !int.TryParse(element.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new BadInputException(name, Line(element ?? toponym), $"<{child}> is \"{element?.Value}\"; expected a character offset such as 42");
        }
        return value;
    }

    static double? Number(XElement? element, string name)
    {
        var raw = element?.Value.Trim();
        if (string.IsNullOrEmpty(raw)) return null;
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
            : throw new BadInputException(name, Line(element!), $"<{element!.Name}> is \"{raw}\"; expected a number of degrees such as -92.4451");
    }

    static long? Id(string? raw, XObject? where, string name)
    {
        raw = raw?.Trim();
        if (string.IsNullOrEmpty(raw)) return null;
        return long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new BadInputException(name, where is null ? null : Line(where), $"GeoNames id is \"{raw}\"; expected a number such as 4314550");
    }

    static int? Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
