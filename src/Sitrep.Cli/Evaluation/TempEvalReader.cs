using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Evaluation;

/// Reads TimeML (.tml) files: the TEXT element's content as plain text, with the TIMEX3s inside it as spans of
/// that text, and the DCT timex's value as the creation date.
public static class TempEvalReader
{
    /// Every .tml file under directory (recursively), in ordinal order so runs are repeatable.
    public static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// The document id: the file name without ".tml", as predictions files name it.
    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);

    public static TempEvalDocument Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new BadInputException(path, e.LineNumber, $"not well-formed TimeML: {e.Message}");
        }
        return Parse(IdOf(path), xml, path);
    }

    public static TempEvalDocument Parse(string id, XDocument xml, string input)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var root = xml.Root ?? throw new BadInputException(input, null, "no root element");
        var textElement = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "TEXT")
            ?? throw new BadInputException(input, null, "no <TEXT> element");
        var dct = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "DCT")?
            .Descendants().FirstOrDefault(e => e.Name.LocalName == "TIMEX3");
        var text = new StringBuilder();
        var timexes = ImmutableArray.CreateBuilder<TempEvalTimex>();
        Walk(textElement, text, timexes);
        return new TempEvalDocument(id, text.ToString(), DayOf((string?)dct?.Attribute("value")), timexes.ToImmutable());
    }

    static void Walk(XElement element, StringBuilder text, ImmutableArray<TempEvalTimex>.Builder timexes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e:
                {
                    var start = text.Length;
                    Walk(e, text, timexes);
                    if (e.Name.LocalName == "TIMEX3")
                    {
                        timexes.Add(new TempEvalTimex(start, text.Length, text.ToString(start, text.Length - start),
                            (string?)e.Attribute("type") ?? "", (string?)e.Attribute("value") ?? ""));
                    }
                    break;
                }
            }
        }
    }

    /// "2013-03-22", "1998-08-07T09:12:00": the day; anything coarser gives no publication date.
    static DateOnly? DayOf(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
