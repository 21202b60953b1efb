using System.Diagnostics;
using System.Text.Json;
using Sitrep.Core.Store;

namespace Sitrep.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sitrep-ingest-");
    string Db => Path.Combine(_dir.FullName, "sitrep.db");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Ingest_BundledExamples_MergesTwoReportsAndSkipsTheCopy()
    {
        var run = SitrepProcess.Run("", "ingest", SitrepProcess.RepoPath("examples"), "--db", Db);
        Assert.Equal(0, run.ExitCode);

        using var store = EventStores.Open(Db);
        Assert.Equal(11, store.Counts().Articles); // 12 inputs (6 from the HTML page and the feeds), one a syndicated copy of another
        var ghazni = store.QueryEvents(new EventQuery { Country = "AF" }).Events;
        var merged = Assert.Single(ghazni);
        Assert.Equal(2, merged.SourceCount);
        Assert.Equal(4, merged.Fatalities?.Best);
        Assert.Contains(store.QueryEvents(new EventQuery { Country = "PK" }).Events, e => e.EventType == "Protests");

        var again = SitrepProcess.Run("", "ingest", SitrepProcess.RepoPath("examples"), "--db", Db);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(11, store.Counts().Articles);
    }

    [Fact]
    public void Ingest_KilledMidwayThenRerun_StoresEachArticleOnce()
    {
        const int Articles = 2000;
        var input = Path.Combine(_dir.FullName, "feed.jsonl");
        WriteSyntheticFeed(input, Articles);

        var dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { dll, "ingest", input, "--db", Db }) info.ArgumentList.Add(a);
        using (var process = Process.Start(info)!)
        {
            _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var clock = Stopwatch.StartNew();
            // Kill it (SIGKILL: no chance to clean up) once some articles are in, well before the end.
            while (StoredSoFar() < 100 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(20);
            Assert.False(process.HasExited, "ingest finished before it could be killed; the test needs a bigger feed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var afterCrash = StoredSoFar();
        Assert.InRange(afterCrash, 100, Articles - 1);

        var rerun = SitrepProcess.Run("", "ingest", input, "--db", Db);
        Assert.Equal(0, rerun.ExitCode);
        using var store = EventStores.Open(Db);
        Assert.Equal(Articles, store.Counts().Articles);
        for (var i = 0; i < Articles; i += 97) Assert.NotNull(store.GetArticle($"a{i}"));
    }

    /// Reads the count the way another process would see it, read-only, without touching the schema.
    long StoredSoFar()
    {
        if (!File.Exists(Db)) return 0;
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the schema is still being created
        }
    }

    static void WriteSyntheticFeed(string path, int count)
    {
        using var writer = new StreamWriter(path);
        foreach (var a in Bench.SyntheticArticles.Many(count))
        {
            var published = a.Published!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteLine(JsonSerializer.Serialize(new { id = a.Id, text = a.Text, published, source = a.Source }));
        }
    }
}
