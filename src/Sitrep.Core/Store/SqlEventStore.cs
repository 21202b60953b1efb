using Sitrep.Core.Text;

namespace Sitrep.Core.Store;

/// What the SQLite and PostgreSQL stores share: everything. Each is this class over its own SQL dialect, so the
/// two cannot drift apart in behaviour.
public abstract class SqlEventStore : IEventStore
{
    readonly SqlEventStoreEngine _engine;

    private protected SqlEventStore(SqlEventStoreEngine engine) => _engine = engine;

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

    public void Dispose()
    {
        _engine.Dispose();
        GC.SuppressFinalize(this);
    }
}
