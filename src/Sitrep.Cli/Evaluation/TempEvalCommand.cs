using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Cli.Evaluation;

/// `sitrep eval tempeval3 DIR`: runs the temporal tagger (or reads another tagger's predictions) on the TEXT of
/// every TimeML file under DIR, with the document's creation time as publication date, and prints TempEval-3's
/// timex figures: strict and relaxed span P/R/F1, type accuracy and value F1.
public static class TempEvalCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Folder of TimeML .tml files (searched recursively), e.g. TempEval-3's te3-platinum" };
        var predictions = new Option<FileInfo?>("--predictions")
        {
            Description = "Score these predictions instead of Sitrep's: JSONL lines {\"doc\",\"start\",\"end\",\"type\",\"value\"}, doc = file name without .tml, UTF-16 offsets into the TEXT content",
        };
        var misses = new Option<FileInfo?>("--misses") { Description = "Write every disagreement (missed, spurious, span, type, value) to this JSONL file" };
        var command = new Command("tempeval3", "Score timex spans, types and values on TimeML files (TempEval-3 definitions)") { directory, predictions, misses };
        command.SetAction(parse => Run(parse.GetValue(directory)!, parse.GetValue(predictions), parse.GetValue(misses)));
        return command;
    }

    static int Run(DirectoryInfo directory, FileInfo? predictionsFile, FileInfo? missesFile)
    {
        if (!directory.Exists)
        {
            Console.Error.WriteLine($"sitrep: {directory.FullName}: no such directory");
            return 1;
        }
        Dictionary<string, List<TempEvalTimex>>? predictions = null;
        if (predictionsFile is not null)
        {
            try
            {
                predictions = ReadPredictions(predictionsFile.FullName);
            }
            catch (Exception e) when (e is BadInputException or IOException)
            {
                Console.Error.WriteLine($"sitrep: {e.Message}");
                return 1;
            }
        }
        var tagger = predictions is null ? TemporalTagger.CreateDefault() : null;
        var total = default(TempEvalCounts);
        var misses = missesFile is null ? null : new List<TempEvalMiss>();
        var (documents, failures, characters) = (0, 0, 0L);
        var tagging = new Stopwatch();
        foreach (var path in TempEvalReader.Files(directory.FullName))
        {
            TempEvalDocument doc;
            try
            {
                doc = TempEvalReader.Read(path);
            }
            catch (Exception e) when (e is BadInputException or IOException)
            {
                failures++;
                Console.Error.WriteLine($"sitrep: {e.Message}");
                continue;
            }
            documents++;
            characters += doc.Text.Length;
            List<TempEvalTimex> system;
            if (tagger is not null)
            {
                tagging.Start();
                var mentions = tagger.Tag(doc.Text, doc.Created);
                tagging.Stop();
                system = [.. mentions.Select(m => new TempEvalTimex(m.Span.Start, m.Span.End, m.Text, TypeName(m.Type), m.Value))];
            }
            else
            {
                system = predictions!.GetValueOrDefault(doc.Id) ?? [];
                system = [.. system.Select(p => p with { Text = p.End <= doc.Text.Length && p.Start <= p.End ? doc.Text[p.Start..p.End] : p.Text })];
            }
            total += TempEvalScorer.Score(doc.Id, doc.Timexes, system, misses);
        }
        if (documents == 0)
        {
            Console.Error.WriteLine($"sitrep: {directory.FullName}: no readable .tml files");
            return 1;
        }
        Print(directory.FullName, predictionsFile?.FullName, documents, total);
        if (tagger is not null && tagging.Elapsed.TotalSeconds > 0)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagging: {characters / 2048.0 / tagging.Elapsed.TotalSeconds:N0} 2 KB texts/s (includes warm-up; see the benchmark for steady state)"));
        if (missesFile is not null && misses is not null) WriteMisses(missesFile.FullName, misses);
        return failures == 0 ? 0 : 1;
    }

    public static string TypeName(TimexType type) => type.ToString().ToUpperInvariant();

    static void Print(string directory, string? predictions, int documents, TempEvalCounts c)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"TempEval-3 timexes: {directory} ({documents} documents, {c.Gold} gold, {c.System} predicted by {predictions ?? "sitrep"})");
        Console.WriteLine("            P       R       F1");
        Console.WriteLine(string.Create(inv, $"strict    {c.StrictPrecision,6:F3}  {c.StrictRecall,6:F3}  {c.StrictF1,6:F3}"));
        Console.WriteLine(string.Create(inv, $"relaxed   {c.RelaxedPrecision,6:F3}  {c.RelaxedRecall,6:F3}  {c.RelaxedF1,6:F3}"));
        Console.WriteLine(string.Create(inv, $"type      accuracy {c.TypeAccuracy:F3}  F1 {c.TypeF1:F3}"));
        Console.WriteLine(string.Create(inv, $"value     accuracy {c.ValueAccuracy:F3}  F1 {c.ValueF1:F3}"));
    }

    static Dictionary<string, List<TempEvalTimex>> ReadPredictions(string path)
    {
        var result = new Dictionary<string, List<TempEvalTimex>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var e = json.RootElement;
                var doc = e.GetProperty("doc").GetString() ?? throw new BadInputException(path, lineNumber, "\"doc\" is null");
                var (start, end) = (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());
                if (start < 0 || end < start) throw new BadInputException(path, lineNumber, $"span [{start}, {end}) is not a span");
                var timex = new TempEvalTimex(start, end, "", e.GetProperty("type").GetString() ?? "", e.GetProperty("value").GetString() ?? "");
                if (!result.TryGetValue(doc, out var list)) result[doc] = list = [];
                list.Add(timex);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new BadInputException(path, lineNumber, $"expected {{\"doc\",\"start\",\"end\",\"type\",\"value\"}}: {e.Message}");
            }
        }
        return result;
    }

    static void WriteMisses(string path, List<TempEvalMiss> misses)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, Commands.CommonOptions.Json(indented: false));
        foreach (var m in misses)
        {
            json.WriteStartObject();
            json.WriteString("doc", m.Document);
            json.WriteString("kind", m.Kind);
            WriteTimex(json, "gold", m.Gold);
            WriteTimex(json, "system", m.System);
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    static void WriteTimex(Utf8JsonWriter json, string name, TempEvalTimex? t)
    {
        if (t is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteNumber("start", t.Start);
        json.WriteString("text", t.Text);
        json.WriteString("type", t.Type);
        json.WriteString("value", t.Value);
        json.WriteEndObject();
    }
}
