// Runs Microsoft.Recognizers.Text.DateTime (English) on the TEXT content of every TimeML file under a folder, with
// the document's creation time as reference, and prints JSONL predictions for `sitrep eval tempeval3 --predictions`.
// Usage: dotnet run --project tools/compare-taggers/recognizers -- DIR > predictions.jsonl
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Recognizers DIR > predictions.jsonl");
    return 2;
}
var model = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
var clock = System.Diagnostics.Stopwatch.StartNew();
var characters = 0L;
foreach (var file in Directory.EnumerateFiles(args[0], "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    var xml = XDocument.Load(file, LoadOptions.PreserveWhitespace);
    var text = string.Concat(xml.Descendants().First(e => e.Name.LocalName == "TEXT").DescendantNodes().OfType<XText>().Select(t => t.Value));
    var dct = (string?)xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "DCT")?.Descendants().FirstOrDefault()?.Attribute("value");
    var reference = dct is { Length: >= 10 } ? DateTime.Parse(dct[..10], System.Globalization.CultureInfo.InvariantCulture).AddHours(12) : new DateTime(2000, 1, 1);
    characters += text.Length;
    var results = model.Parse(text, reference);
    foreach (var r in results)
    {
        var (type, value) = Timex(r, reference);
        Console.WriteLine(JsonSerializer.Serialize(new { doc = Path.GetFileNameWithoutExtension(file), start = r.Start, end = r.End + 1, type, value }));
    }
}
Console.Error.WriteLine($"Microsoft.Recognizers.Text.DateTime: {characters / 2048.0 / clock.Elapsed.TotalSeconds:N0} 2 KB texts/s");
return 0;

// TIMEX3 type and value: Recognizers gives TIMEX values ("2016-10-03", "P3D", "XXXX-WXX-1") and, for an
// underspecified one, the candidate dates it could be; news wants the latest candidate not after the reference.
static (string Type, string Value) Timex(ModelResult r, DateTime reference)
{
    var values = r.Resolution?["values"] as IList<Dictionary<string, string>> ?? [];
    var day = reference.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    var pick = values.Where(v => v.TryGetValue("value", out var x) && string.CompareOrdinal(x[..Math.Min(10, x.Length)], day) <= 0).LastOrDefault()
        ?? values.FirstOrDefault();
    var timex = pick?.GetValueOrDefault("timex") ?? "";
    var kind = pick?.GetValueOrDefault("type") ?? r.TypeName.Split('.').Last();
    var type = kind switch
    {
        "duration" => "DURATION",
        "set" => "SET",
        "time" or "datetime" or "timerange" or "datetimerange" => "TIME",
        _ => "DATE",
    };
    if (timex.Contains('X') && pick?.GetValueOrDefault("value") is { Length: >= 10 } resolved && kind is "date" or "datetime")
        timex = kind == "date" ? resolved[..10] : resolved[..Math.Min(16, resolved.Length)].Replace(' ', 'T');
    // "(2016-10-01,2016-10-08,P7D)": the TIMEX of a range is its start.
    var range = Regex.Match(timex, @"^\(([^,]+),");
    if (range.Success) timex = range.Groups[1].Value;
    return (type, timex);
}
