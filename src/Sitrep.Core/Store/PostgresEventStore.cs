using Sitrep.Core.Text;

namespace Sitrep.Core.Store;

/// The shared store: a PostgreSQL database ("Host=...;Database=..."), full-text search with tsvector.
/// Opening migrates an older schema forward; a newer one is refused with StoreSchemaException.
public sealed class PostgresEventStore : IEventStore
{
    readonly SqlEventStoreEngine _engine;

    public PostgresEventStore(string connectionString) : this(connectionString, null) { }

    internal PostgresEventStore(string connectionString, int? upToVersion) =>
        _engine = new SqlEventStoreEngine(new PostgresDialect(connectionString), upToVersion);

    /// The newest schema version this build writes.
    public static int LatestSchemaVersion => PostgresDialect.Schema.Count;

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
