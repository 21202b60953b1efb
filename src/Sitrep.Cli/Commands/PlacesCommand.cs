using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sitrep.Cli.Evaluation;
using Sitrep.Core.Geo;
using Sitrep.Core.Text;
using Sitrep.Core.Text.Input;

namespace Sitrep.Cli.Commands;

/// `sitrep places`: the place stage on its own, a geoparser. One record per document with every toponym found
/// (or, with --resolve-only, exactly the spans given) and the GeoNames place it resolves to. Also builds
/// `sitrep eval geoparse`, which scores this command on the public geoparsing corpora.
public static class PlacesCommand
{
    const string ResolveOnlyShape = "{\"id\": \"a1\", \"text\": \"...\", \"toponyms\": [{\"start\": 12, \"end\": 18}]}";

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var format = new Option<string>("--format") { Description = "json (one array) or jsonl (one record a line)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var resolveOnly = new Option<bool>("--resolve-only")
        {
            Description = "Resolve only the spans each JSONL line gives in \"toponyms\": [{\"start\", \"end\"}] (UTF-16 offsets into \"text\"); find no others",
        };
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("places", "Find the places a text names and resolve them to GeoNames (a geoparser)") { inputs, format, resolveOnly, maxBytes };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(format) == "jsonl", parse.GetValue(resolveOnly), parse.GetValue(maxBytes)));
        return command;
    }

    /// `sitrep eval geoparse`, to be added under `sitrep eval`.
    public static Command CreateEvaluation()
    {
        var file = new Argument<FileInfo>("file") { Description = "A geoparsing corpus in the LGL layout (lgl.xml) or the GeoWebNews layout (GWN.xml)" };
        var goldNames = new Option<bool>("--gold-names") { Description = "Resolve the gold toponym spans only (as places --resolve-only does) and score resolution alone" };
        var misses = new Option<FileInfo?>("--misses") { Description = "Write the gold toponyms resolved 161 km or more off (or missed), with what Sitrep chose, to this JSONL file" };
        var command = new Command("geoparse", "Score toponym recognition and resolution (acc@161, mean/median km, AUC) on a geoparsing corpus") { file, goldNames, misses };
        command.SetAction(parse => GeoparseEvaluation.Run(parse.GetValue(file)!, parse.GetValue(goldNames), parse.GetValue(misses)));
        return command;
    }

    /// The one path from a text to its toponyms, shared by this command and the evaluation: every toponym the
    /// geoparser finds, or -- given spans, as with --resolve-only and --gold-names -- one mention per span, in order.
    public static ImmutableArray<PlaceMention> Locate(Geoparser parser, string text, IReadOnlyList<TextSpan>? spans)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(text);
        // A place inside an organisation's name ("the Karachi Press Club") is kept: both public corpora annotate
        // such embedded toponyms, and the output marks them ("in_name") for users who want only literal places.
        return spans is null ? parser.Parse(text) : parser.Resolve(text, spans);
    }

    /// A name the gazetteer does not hold comes back with the enclosing area named beside it as its Place
    /// ("a village in Chahar Dara district" -> the district). PlaceMention marks that case only by its score
    /// (0.3, no alternatives, see its contract), while a name with one sense scores 1 and one with several has
    /// alternatives; so a low score without alternatives means a stand-in.
    public static bool IsStandIn(PlaceMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention is { Place: not null, IsAdjectival: false, Alternatives.IsEmpty: true, Score: <= 0.3 + 1e-9 };
    }

    static int Run(string[] inputs, bool jsonl, bool resolveOnly, long maxBytes)
    {
        var parser = Geoparser.CreateDefault();
        var (documents, toponyms, failures) = (0, 0, 0);
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, CommonOptions.Json(indented: !jsonl));
        if (!jsonl) writer.WriteStartArray();
        var items = resolveOnly
            ? ReadSpans(inputs, maxBytes)
            : new ArticleReader(maxBytes).Read(inputs, ArticleReader.OpenStandardInput())
                .Select(r => r.IsSuccess ? new SpansItem(r.Article.Id, r.Article.Text, null, null) : new SpansItem("", "", null, r.Error));
        foreach (var item in items)
        {
            if (item.Error is { } error)
            {
                failures++;
                Console.Error.WriteLine($"sitrep: {error.Message}");
                continue;
            }
            var mentions = Locate(parser, item.Text, item.Spans);
            documents++;
            toponyms += mentions.Length;
            WriteRecord(writer, item.Id, mentions);
            if (jsonl)
            {
                writer.Flush();
                stdout.WriteByte((byte)'\n');
                writer.Reset();
            }
            // Long runs show progress on stderr, so stdout stays clean for the records.
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(2))
            {
                lastReport = clock.Elapsed;
                Console.Error.WriteLine($"sitrep: {documents:N0} documents, {toponyms:N0} toponyms, {documents / clock.Elapsed.TotalSeconds:N0} documents/s");
            }
        }
        if (!jsonl)
        {
            writer.WriteEndArray();
            writer.Flush();
            stdout.WriteByte((byte)'\n');
        }
        writer.Flush();
        Console.Error.WriteLine($"sitrep: {documents:N0} documents, {toponyms:N0} toponyms, {failures:N0} inputs failed ({clock.Elapsed.TotalSeconds:N1} s, {documents / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):N0} documents/s)");
        return failures == 0 ? 0 : 1;
    }

    static void WriteRecord(Utf8JsonWriter w, string id, ImmutableArray<PlaceMention> mentions)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteStartArray("toponyms");
        foreach (var m in mentions)
        {
            var standIn = IsStandIn(m);
            var p = m.Place;
            w.WriteStartObject();
            w.WriteNumber("start", m.Span.Start);
            w.WriteNumber("end", m.Span.End);
            w.WriteString("text", m.Text);
            w.WriteString("name", standIn ? null : p?.Name);
            if (p?.GeoNamesId is not { } placeId || standIn) w.WriteNull("geonameid"); else w.WriteNumber("geonameid", placeId);
            if (p is null)
            {
                w.WriteNull("latitude");
                w.WriteNull("longitude");
            }
            else
            {
                w.WriteNumber("latitude", p.Latitude);
                w.WriteNumber("longitude", p.Longitude);
            }
            w.WriteString("country", p?.CountryCode is { Length: > 0 } cc ? cc : null); // null for a region across borders
            w.WriteString("admin1", p?.Admin1Name);
            w.WriteString("feature", p is null || standIn ? null : $"{p.FeatureClass}.{p.FeatureCode}");
            w.WriteNumber("score", m.Score);
            w.WriteBoolean("adjectival", m.IsAdjectival);
            w.WriteBoolean("in_name", m.InName);
            if (standIn)
            {
                // Not in the gazetteer: the coordinates above are those of the enclosing area the text names.
                w.WriteStartObject("within");
                if (p!.GeoNamesId is { } areaId) w.WriteNumber("geonameid", areaId); else w.WriteNull("geonameid");
                w.WriteString("name", p.Name);
                w.WriteString("feature", $"{p.FeatureClass}.{p.FeatureCode}");
                w.WriteEndObject();
            }
            w.WriteStartArray("alternatives");
            for (var k = 0; k < m.Alternatives.Length; k++)
            {
                var a = m.Alternatives[k];
                w.WriteStartObject();
                if (a.GeoNamesId is { } altId) w.WriteNumber("geonameid", altId); else w.WriteNull("geonameid");
                w.WriteString("name", a.Name);
                w.WriteNumber("latitude", a.Latitude);
                w.WriteNumber("longitude", a.Longitude);
                w.WriteString("country", a.CountryCode is { Length: > 0 } altCc ? altCc : null);
                if (!m.AlternativeScores.IsDefault && k < m.AlternativeScores.Length) w.WriteNumber("score", m.AlternativeScores[k]);
                else w.WriteNull("score");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// One document to locate: its id and text, the spans to resolve (null: find them), or why it could not be read.
    sealed record SpansItem(string Id, string Text, IReadOnlyList<TextSpan>? Spans, BadInputException? Error);

    /// The --resolve-only reader: JSONL lines {"id", "text", "toponyms": [{"start", "end"}]}, from files, the
    /// .jsonl/.ndjson files of a directory, or "-". The article reader ignores fields it does not know, so the spans
    /// are read here; a bad line is reported with its number and reading goes on.
    static IEnumerable<SpansItem> ReadSpans(string[] inputs, long maxBytes)
    {
        var stdinRead = false;
        foreach (var input in inputs)
        {
            IEnumerable<string> files;
            if (input == ArticleReader.StandardInputPath)
            {
                if (stdinRead)
                {
                    yield return Failure("stdin", null, "\"-\" (standard input) is named more than once; it can be read only once");
                    continue;
                }
                stdinRead = true;
                foreach (var item in ReadLines("stdin", ArticleReader.OpenStandardInput(), maxBytes)) yield return item;
                continue;
            }
            if (Directory.Exists(input))
            {
                files = [.. Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f) is ".jsonl" or ".ndjson").Order(StringComparer.Ordinal)];
                if (!files.Any()) yield return Failure(input, null, "directory has no .jsonl or .ndjson files; --resolve-only reads JSONL lines " + ResolveOnlyShape);
            }
            else if (File.Exists(input))
            {
                files = [input];
            }
            else
            {
                yield return Failure(input, null, "no such file or directory");
                continue;
            }
            foreach (var file in files)
            {
                StreamReader? reader = null;
                string? problem = null;
                try
                {
                    reader = new StreamReader(file, StrictUtf8, detectEncodingFromByteOrderMarks: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problem = $"cannot be read: {e.Message}";
                }
                if (reader is null)
                {
                    yield return Failure(file, null, problem!);
                    continue;
                }
                using (reader)
                {
                    foreach (var item in ReadLines(file, reader, maxBytes)) yield return item;
                }
            }
        }
    }

    static IEnumerable<SpansItem> ReadLines(string input, TextReader reader, long maxBytes)
    {
        var name = Path.GetFileName(input);
        for (var number = 1; ; number++)
        {
            string? line;
            string? problem = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is DecoderFallbackException or IOException)
            {
                line = null;
                problem = e is DecoderFallbackException ? "is not valid UTF-8" : $"cannot be read: {e.Message}";
            }
            if (problem is not null)
            {
                yield return Failure(input, number, problem);
                yield break;
            }
            if (line is null) yield break;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Encoding.UTF8.GetByteCount(line) > maxBytes
                ? Failure(input, number, $"line is longer than {maxBytes:N0} bytes; pass --max-bytes")
                : ParseLine(input, number, line, $"{name}:{number}");
        }
    }

    static SpansItem ParseLine(string input, int number, string line, string fallbackId)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Failure(input, number, $"not valid JSON ({e.Message}); expected {ResolveOnlyShape}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Failure(input, number, $"line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}; expected an object {ResolveOnlyShape}");
            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
            {
                return Failure(input, number, $"\"text\" is missing or not a string; expected {ResolveOnlyShape}");
            }
            var text = textValue.GetString()!;
            var id = !root.TryGetProperty("id", out var idValue) ? fallbackId
                : idValue.ValueKind == JsonValueKind.String ? idValue.GetString()!
                : idValue.ValueKind == JsonValueKind.Number ? idValue.GetRawText()
                : fallbackId;
            if (!root.TryGetProperty("toponyms", out var toponyms) || toponyms.ValueKind != JsonValueKind.Array)
            {
                return Failure(input, number, $"\"toponyms\" is missing or not an array; --resolve-only needs the spans to resolve: {ResolveOnlyShape}");
            }
            var spans = new List<TextSpan>(toponyms.GetArrayLength());
            var k = 0;
            foreach (var toponym in toponyms.EnumerateArray())
            {
                k++;
                if (toponym.ValueKind != JsonValueKind.Object
                    || !toponym.TryGetProperty("start", out var s) || s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out var start)
                    || !toponym.TryGetProperty("end", out var e) || e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var end))
                {
                    return Failure(input, number, $"toponym {k} is {Shorten(toponym.GetRawText())}; expected {{\"start\": 12, \"end\": 18}} with whole-number UTF-16 offsets");
                }
                if (start < 0 || end < start || end > text.Length)
                {
                    var why = start < 0 ? "start is negative" : end < start ? "end is before start" : $"end is past the text, which is {text.Length} UTF-16 units long";
                    return Failure(input, number, $"toponym {k} has start {start} and end {end}: {why}");
                }
                spans.Add(new TextSpan(start, end));
            }
            return new SpansItem(id, text, spans, null);
        }
    }

    static string Shorten(string json) => json.Length <= 60 ? json : json[..57] + "...";

    static SpansItem Failure(string input, int? line, string problem) => new("", "", null, new BadInputException(input, line, problem));
}
