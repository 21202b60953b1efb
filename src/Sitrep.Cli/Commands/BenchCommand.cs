using System.CommandLine;
using System.Diagnostics;
using Sitrep.Cli.Bench;
using Sitrep.Core;
using Sitrep.Core.Store;

namespace Sitrep.Cli.Commands;

/// `sitrep bench`: throughput figures a user can reproduce on their own machine.
public static class BenchCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--articles") { Description = "How many synthetic articles", DefaultValueFactory = _ => 5000 };
        var postgres = new Option<string?>("--postgres") { Description = "Also measure a PostgreSQL store (a connection string to an empty database)" };
        var ingest = new Command("ingest", "Articles per second coded and stored into SQLite (a temporary file), and into PostgreSQL when given") { count, postgres };
        ingest.SetAction(parse => Ingest(parse.GetValue(count), parse.GetValue(postgres)));
        var extract = new Command("extract", "Articles per second through the whole extract pipeline, on every core") { count };
        extract.SetAction(parse => Extract(parse.GetValue(count)));
        return new Command("bench", "Measure speed") { ingest, extract };
    }

    static int Extract(int count)
    {
        var pipeline = Pipeline.CreateDefault();
        var articles = SyntheticArticles.Many(count).ToArray();
        pipeline.Run(articles[0]); // warm up outside the clock
        var clock = Stopwatch.StartNew();
        var events = articles.AsParallel().Sum(a => pipeline.Run(a).Events.Length);
        Report("extract", count, clock.Elapsed, $"{events:N0} records");
        return 0;
    }

    static int Ingest(int count, string? postgres)
    {
        var pipeline = Pipeline.CreateDefault();
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
        try
        {
            using (var sqlite = new SqliteEventStore(path)) Measure("sqlite", sqlite, pipeline, count);
        }
        finally
        {
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        }
        if (postgres is not null)
        {
            using var store = CommonOptions.OpenStore(postgres);
            if (store is null) return 2;
            Measure("postgresql", store, pipeline, count);
        }
        return 0;
    }

    static void Measure(string name, IEventStore store, Pipeline pipeline, int count)
    {
        var clock = Stopwatch.StartNew();
        var coded = SyntheticArticles.Many(count).AsParallel().AsOrdered().Select(pipeline.Run);
        foreach (var batch in coded.Chunk(64)) store.StoreBatch(batch);
        Report($"ingest into {name}", count, clock.Elapsed, $"{store.Counts().Events:N0} events in the store");
    }

    static void Report(string what, int count, TimeSpan elapsed, string detail)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{what}: {count:N0} articles in {elapsed.TotalSeconds:N2} s = {count / elapsed.TotalSeconds:N0} articles/s " +
            $"on {Environment.ProcessorCount} cores; peak memory {process.PeakWorkingSet64 / 1e6:N0} MB; {detail}");
    }
}
