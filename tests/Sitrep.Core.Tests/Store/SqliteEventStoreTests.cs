using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Events;
using Sitrep.Core.Store;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Store;

/// The store suite on a SQLite file in a temporary folder.
public sealed class SqliteEventStoreTests : EventStoreTests<SqliteEventStore>, IDisposable
{
    readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sitrep-store-");

    string DbPath => Path.Combine(_folder.FullName, "sitrep.db");

    protected override SqliteEventStore Open(int? upToVersion = null) => new(DbPath, upToVersion);

    protected override int LatestVersion => SqliteEventStore.LatestSchemaVersion;

    protected override void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    protected override void FailAt(SqliteEventStore store, string step) =>
        store.Engine.OnWriteStep = s => { if (s == step) throw new InvalidOperationException($"injected failure at {s}"); };

    [Fact]
    public void Open_NewFile_WalJournal()
    {
        using (Open()) { }
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    /// What a kill -9 leaves is the files as they are on disk mid-write: a copy of them taken inside a write
    /// transaction must open with every committed article and nothing of the one in flight.
    [Fact]
    public void Store_FilesCopiedMidTransaction_OpenWithCommittedArticlesOnly()
    {
        var crashed = Path.Combine(_folder.FullName, "crashed");
        Directory.CreateDirectory(crashed);
        using (var store = Open())
        {
            store.StoreBatch([.. Enumerable.Range(0, 50).Select(i => StoreSamples.Article($"a{i}", "Pajhwok",
                Draft.Clash with { Date = StoreSamples.Day.AddDays(3 * i), Sentence = $"Committed clash {i}." }))]);
            store.Engine.OnWriteStep = step =>
            {
                if (step != "report" || File.Exists(Path.Combine(crashed, "sitrep.db"))) return;
                foreach (var file in Directory.GetFiles(_folder.FullName, "sitrep.db*"))
                    File.Copy(file, Path.Combine(crashed, Path.GetFileName(file)));
            };
            store.StoreBatch([.. Enumerable.Range(50, 20).Select(i => StoreSamples.Article($"a{i}", "Pajhwok",
                Draft.Clash with { Date = StoreSamples.Day.AddDays(3 * i), Sentence = $"In-flight clash {i}." }))]);
            Assert.Equal(70, store.Counts().Articles);
        }
        using var recovered = new SqliteEventStore(Path.Combine(crashed, "sitrep.db"));
        Assert.Equal(new StoreCounts(50, 50, 50, 0), recovered.Counts());
        Assert.True(recovered.ContainsArticle("a49"));
        Assert.False(recovered.ContainsArticle("a50"));
        Assert.Equal(0, recovered.QueryEvents(new EventQuery { Text = "flight" }).Total);
        // The rerun stores the lost articles, each once.
        var rerun = recovered.StoreBatch([.. Enumerable.Range(45, 25).Select(i => StoreSamples.Article($"a{i}", "Pajhwok",
            Draft.Clash with { Date = StoreSamples.Day.AddDays(3 * i), Sentence = i < 50 ? $"Committed clash {i}." : $"In-flight clash {i}." }))]);
        Assert.Equal(5, rerun.Count(r => r.IsDuplicate));
        Assert.Equal(70, recovered.Counts().Articles);
    }

    [Fact]
    public void Open_NotSqliteFile_ClearError()
    {
        File.WriteAllText(DbPath, "id,text\n1,this is a CSV file, not a database\n");
        var error = Assert.Throws<StoreSchemaException>(() => Open());
        Assert.StartsWith($"{DbPath} cannot be opened as a SQLite database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EventStoresOpen_PathOrConnectionString_RightStore()
    {
        using var store = EventStores.Open(DbPath);
        Assert.IsType<SqliteEventStore>(store);
        Assert.True(EventStores.IsPostgres("Host=127.0.0.1;Database=sitrep"));
        Assert.False(EventStores.IsPostgres("data/sitrep.db"));
    }

    /// Whatever the text and spans, what comes back from the store lies inside the stored text.
    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property GetArticle_AnyText_EvidenceSpansInsideText(NonEmptyString words, byte start, byte length)
    {
        var text = words.Get;
        var s = start % text.Length;
        var span = new TextSpan(s, Math.Min(text.Length, s + length));
        var record = new ConflictEvent($"ev_{Guid.NewGuid():N}", "x", RecordKind.Event, "Battles", "Armed clash", StoreSamples.Taliban, null,
            StoreSamples.Kunduz, StoreSamples.Day, 1, null, null, TemporalStatus.Current, null, 0.5, [span], [new Evidence("location", span, span.Of(text))]);
        var id = Guid.NewGuid().ToString("N");
        var result = new ArticleResult(new Article(id, text, StoreSamples.Day), StoreSamples.Day, PublishedSource.Input,
            [record with { ArticleId = id }]);
        using var store = Open();
        var stored = store.Store(result);
        var article = store.GetArticle(stored.IsDuplicate ? stored.DuplicateOf! : id)!;
        return article.Reports.SelectMany(r => r.Record.Evidence).All(e => e.Span.End <= article.Text.Length && e.Text == e.Span.Of(article.Text))
            .ToProperty();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
