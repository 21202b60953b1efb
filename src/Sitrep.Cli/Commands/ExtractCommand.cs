using System.CommandLine;
using System.Diagnostics;
using Sitrep.Cli.Output;
using Sitrep.Core;
using Sitrep.Core.Text.Input;

namespace Sitrep.Cli.Commands;

/// `sitrep extract`: codes every article it reads and writes one record per event or statistic.
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var published = CommonOptions.Published();
        var format = new Option<OutputFormat>("--format") { Description = "json, jsonl, csv or geojson", DefaultValueFactory = _ => OutputFormat.Json };
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("extract", "Detect and code the events in news articles") { inputs, published, format, maxBytes };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, CommonOptions.ParseDate(parse.GetValue(published)), parse.GetValue(format), parse.GetValue(maxBytes)));
        return command;
    }

    static int Run(string[] inputs, DateOnly? published, OutputFormat format, long maxBytes)
    {
        var pipeline = Pipeline.CreateDefault();
        var reader = new ArticleReader(maxBytes);
        var failures = 0;
        var (articles, events) = (0, 0);
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        using var stdout = Console.OpenStandardOutput();
        using var writer = new EventWriter(stdout, format);
        foreach (var item in reader.Read(inputs, ArticleReader.OpenStandardInput(), published))
        {
            if (item.Error is { } error)
            {
                failures++;
                Console.Error.WriteLine($"sitrep: {error.Message}");
                continue;
            }
            var result = pipeline.Run(item.Article!);
            articles++;
            events += result.Events.Length;
            if (result.Published is null)
            {
                CommonOptions.WarnNoPublicationDate(item.Article!.Id);
            }
            writer.Write(result);
            // Long runs show progress on stderr, so stdout stays clean for the records.
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(2))
            {
                lastReport = clock.Elapsed;
                Console.Error.WriteLine($"sitrep: {articles:N0} articles, {events:N0} records, {articles / clock.Elapsed.TotalSeconds:N0} articles/s");
            }
        }
        writer.Complete();
        Console.Error.WriteLine($"sitrep: {articles:N0} articles coded, {events:N0} records, {failures:N0} inputs failed ({clock.Elapsed.TotalSeconds:N1} s)");
        return failures == 0 ? 0 : 1;
    }
}
