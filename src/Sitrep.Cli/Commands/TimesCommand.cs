using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Cli.Evaluation;
using Sitrep.Core.Text;
using Sitrep.Core.Text.Input;
using Sitrep.Core.Time;

namespace Sitrep.Cli.Commands;

/// `sitrep times`: the time stage alone. One record per document: the publication date and where it came from,
/// and every temporal expression with its TIMEX3 type and value and what it was resolved against.
public static class TimesCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var published = CommonOptions.Published();
        var format = new Option<string>("--format")
        {
            Description = "json (one array) or jsonl (one record a line)",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("times", "Find and resolve the dates and times of news articles (TIMEX3 types and values)") { inputs, published, format, maxBytes };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, CommonOptions.ParseDate(parse.GetValue(published)), parse.GetValue(format) == "jsonl", parse.GetValue(maxBytes)));
        return command;
    }

    static int Run(string[] inputs, DateOnly? published, bool lines, long maxBytes)
    {
        var tagger = TemporalTagger.CreateDefault();
        var finder = new PublicationDateFinder(tagger);
        var reader = new ArticleReader(maxBytes);
        var pages = HtmlIds(inputs);
        var failures = 0;
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, CommonOptions.Json(indented: !lines));
        if (!lines) json.WriteStartArray();
        // Read without the --published override, so a date the input carries can be told from the one given here.
        foreach (var item in reader.Read(inputs, ArticleReader.OpenStandardInput(), null))
        {
            if (item.Error is { } error)
            {
                failures++;
                Console.Error.WriteLine($"sitrep: {error.Message}");
                continue;
            }
            var article = item.Article!;
            var (date, source) = article.Published is { } own ? (own, pages.Contains(article.Id) ? "metadata" : "input")
                : published is { } given ? (given, "input")
                : finder.Find(article.Text) is { } found ? (found.Date, "dateline")
                : ((DateOnly?)null, "none");
            if (date is null)
                CommonOptions.WarnNoPublicationDate(article.Id);
            Write(json, article, date, source, tagger.Tag(article.Text, date));
            json.Flush();
            if (lines)
            {
                json.Reset();
                stdout.WriteByte((byte)'\n');
            }
        }
        if (!lines)
        {
            json.WriteEndArray();
            json.Flush();
            stdout.WriteByte((byte)'\n');
        }
        return failures == 0 ? 0 : 1;
    }

    static void Write(Utf8JsonWriter json, Article article, DateOnly? published, string source, IReadOnlyList<TimeMention> mentions)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        if (published is { } p) json.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull("published");
        json.WriteString("published_source", source);
        json.WriteStartArray("timexes");
        foreach (var m in mentions)
        {
            json.WriteStartObject();
            json.WriteNumber("start", m.Span.Start);
            json.WriteNumber("end", m.Span.End);
            json.WriteString("text", m.Text);
            json.WriteString("type", TempEvalCommand.TypeName(m.Type));
            json.WriteString("value", m.Value);
            // Resolved against another mention: its index; otherwise the publication date (null when there is none,
            // and for durations and sets, which are not placed on the calendar).
            if (m.Anchor is { } anchor) json.WriteNumber("anchor", anchor);
            else if (published is not null && m.Type is TimexType.Date or TimexType.Time) json.WriteString("anchor", "published");
            else json.WriteNull("anchor");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// Ids of the articles read from HTML pages: a date such an article carries came from the page's metadata.
    /// (The reader names a page's article after its file, and standard input's after "stdin".)
    static HashSet<string> HtmlIds(string[] inputs)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { "stdin" };
        foreach (var input in inputs)
        {
            IEnumerable<string> files = File.Exists(input) ? [input]
                : Directory.Exists(input) ? Directory.EnumerateFiles(input, "*.htm*", SearchOption.AllDirectories)
                : [];
            foreach (var file in files)
            {
                if (Path.GetExtension(file) is ".html" or ".htm" or ".HTML" or ".HTM") ids.Add(Path.GetFileNameWithoutExtension(file));
            }
        }
        return ids;
    }
}
