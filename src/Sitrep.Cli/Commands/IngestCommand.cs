using System.CommandLine;
using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Core.Store;
using Sitrep.Core.Text;
using Sitrep.Core.Text.Input;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// `sitrep ingest`: codes articles and keeps them in the store, merged into one event list.
/// Articles are coded in parallel and stored in batches, each batch one transaction: an article counted as
/// stored is durable, and a rerun after a crash skips what is already in and stores the rest exactly once.
public static class IngestCommand
{
    const int BatchSize = 64;

    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var published = CommonOptions.Published();
        var maxBytes = CommonOptions.MaxBytes();
        var db = CommonOptions.Database();
        var fatalities = new Option<MergePolicy>("--fatalities")
        {
            Description = "Which report's figure is an event's best: conservative (the lowest, ACLED's rule) or latest",
            DefaultValueFactory = _ => MergePolicy.Conservative,
        };
        var command = new Command("ingest", "Code articles and store them, merging reports of the same event") { inputs, published, maxBytes, db, fatalities };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, CommonOptions.ParseDate(parse.GetValue(published)),
            parse.GetValue(maxBytes), parse.GetValue(db)!, parse.GetValue(fatalities)));
        return command;
    }

    sealed class Tally
    {
        public int Read, Stored, Duplicates, Failed, Created, Merged, Statistics;
    }

    static int Run(string[] inputs, DateOnly? published, long maxBytes, string db, MergePolicy policy)
    {
        IEventStore store;
        try
        {
            store = EventStores.Open(db);
        }
        catch (Exception e) when (e is StoreSchemaException or IOException or InvalidOperationException or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"sitrep: {db}: {e.Message}");
            return 2;
        }
        using var _ = store;
        var pipeline = Pipeline.CreateDefault();
        var reader = new ArticleReader(maxBytes);
        var tally = new Tally();
        var clock = Stopwatch.StartNew();

        void Ingest(Action<Tally> progress)
        {
            var articles = reader.Read(inputs, ArticleReader.OpenStandardInput(), published)
                .Where(item => Keep(item, store, tally))
                .Select(item => item.Article!);
            // Coding runs on every core; storing stays in input order, one transaction per batch.
            var coded = articles.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(pipeline.Run);
            foreach (var batch in coded.Chunk(BatchSize))
            {
                foreach (var result in store.StoreBatch(batch, policy)) Count(result, tally);
                progress(tally);
            }
        }

        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected)
        {
            AnsiConsole.Progress()
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("ingesting").IsIndeterminate();
                    Ingest(t => task.Description = Describe(t, clock));
                    task.StopTask();
                });
        }
        else
        {
            var last = TimeSpan.Zero;
            Ingest(t =>
            {
                if (clock.Elapsed - last < TimeSpan.FromSeconds(2)) return;
                last = clock.Elapsed;
                Console.Error.WriteLine("sitrep: " + Describe(t, clock));
            });
        }

        var counts = store.Counts();
        Console.Error.WriteLine(
            $"sitrep: {tally.Read:N0} articles read: {tally.Stored:N0} stored, {tally.Duplicates:N0} already in the store, {tally.Failed:N0} failed; " +
            $"{tally.Created:N0} new events, {tally.Merged:N0} reports merged into known events, {tally.Statistics:N0} statistics " +
            $"({clock.Elapsed.TotalSeconds:N1} s). The store now holds {counts.Articles:N0} articles and {counts.Events:N0} events.");
        return tally.Failed == 0 ? 0 : 1;
    }

    /// Bad inputs are reported and skipped; articles already stored are skipped before the costly coding.
    static bool Keep(ReadResult item, IEventStore store, Tally tally)
    {
        if (item.Error is { } error)
        {
            tally.Failed++;
            Console.Error.WriteLine($"sitrep: {error.Message}");
            return false;
        }
        tally.Read++;
        if (!store.ContainsArticle(item.Article!)) return true;
        tally.Duplicates++;
        return false;
    }

    static void Count(StoreResult result, Tally tally)
    {
        if (result.IsDuplicate)
        {
            tally.Duplicates++;
            return;
        }
        tally.Stored++;
        tally.Created += result.EventsCreated;
        tally.Merged += result.EventsMerged;
        tally.Statistics += result.Statistics;
    }

    static string Describe(Tally t, Stopwatch clock) =>
        $"{t.Stored:N0} articles stored ({t.Stored / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s), {t.Created + t.Merged:N0} events found, {t.Duplicates:N0} duplicates, {t.Failed:N0} failed";
}
