using Sitrep.Core.Text;

namespace Sitrep.Core.Store;

/// The embedded store: one SQLite file (WAL journal, FTS5 full-text index over the reports' sentences).
/// Opening migrates an older schema forward; a newer one is refused with StoreSchemaException.
public sealed class SqliteEventStore : IEventStore
{
    readonly SqlEventStoreEngine _engine;

    public SqliteEventStore(string path = EventStores.DefaultPath) : this(path, null) { }

    internal SqliteEventStore(string path, int? upToVersion) => _engine = new SqlEventStoreEngine(new SqliteDialect(path), upToVersion);

    /// The newest schema version this build writes.
    public static int LatestSchemaVersion => SqliteDialect.Schema.Count;

    internal SqlEventStoreEngine Engine => _engine;

    public int SchemaVersion => _engine.SchemaVersion;

    public StoreResult Store(ArticleResult result, MergePolicy policy = MergePolicy.Conservative) => _engine.Store(result, policy);

    public IReadOnlyList<StoreResult> StoreBatch(IReadOnlyList<ArticleResult> results, MergePolicy policy = MergePolicy.Conservative) =>
        _engine.StoreBatch(results, policy);

    public bool ContainsArticle(string articleId) => _engine.ContainsArticle(articleId);

    public bool ContainsArticle(Article article) => _engine.ContainsArticle(article);

    public EventPage QueryEvents(EventQuery query) => _engine.QueryEvents(query);

    public StoredEvent? GetEvent(string eventId) => _engine.GetEvent(eventId);

    public StoredArticle? GetArticle(string articleId) => _engine.GetArticle(articleId);

    public IReadOnlyList<Tally> Tallies(TallyQuery query) => _engine.Tallies(query);

    public IReadOnlyList<Alert> Alerts(TallyQuery query) => _engine.Alerts(query);

    public StoreCounts Counts() => _engine.Counts();

    public void Dispose() => _engine.Dispose();
}
