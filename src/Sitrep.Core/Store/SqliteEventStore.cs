namespace Sitrep.Core.Store;

/// The embedded store: one SQLite file (WAL journal, FTS5 full-text index over the reports' sentences).
public sealed class SqliteEventStore : IEventStore
{
    public SqliteEventStore(string path = EventStores.DefaultPath) => throw new NotImplementedException(path);

    public int SchemaVersion => throw new NotImplementedException();
    public StoreResult Store(ArticleResult result, MergePolicy policy = MergePolicy.Conservative) => throw new NotImplementedException();
    public IReadOnlyList<StoreResult> StoreBatch(IReadOnlyList<ArticleResult> results, MergePolicy policy = MergePolicy.Conservative) => throw new NotImplementedException();
    public bool ContainsArticle(string articleId) => throw new NotImplementedException();
    public bool ContainsArticle(Text.Article article) => throw new NotImplementedException();
    public EventPage QueryEvents(EventQuery query) => throw new NotImplementedException();
    public StoredEvent? GetEvent(string eventId) => throw new NotImplementedException();
    public StoredArticle? GetArticle(string articleId) => throw new NotImplementedException();
    public IReadOnlyList<Tally> Tallies(TallyQuery query) => throw new NotImplementedException();
    public IReadOnlyList<Alert> Alerts(TallyQuery query) => throw new NotImplementedException();
    public StoreCounts Counts() => throw new NotImplementedException();
    public void Dispose() { }
}
