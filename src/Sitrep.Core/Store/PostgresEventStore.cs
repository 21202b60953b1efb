namespace Sitrep.Core.Store;

/// The shared store: a PostgreSQL database (tsvector full-text index over the reports' sentences).
public sealed class PostgresEventStore : IEventStore
{
    public PostgresEventStore(string connectionString) => throw new NotImplementedException(connectionString);

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
