namespace Sitrep.Core.Store;

/// Where coded articles are kept and merged into one event list. SQLite and PostgreSQL behave the same.
/// Thread-safe: a web host may read while it writes; writes are serialised by the store.
public interface IEventStore : IDisposable
{
    /// The schema version of the open database (after any migration).
    int SchemaVersion { get; }

    /// Stores one article, its reports and the events they merge into, in one transaction.
    /// Idempotent: an article already stored (same id, url or normalised text) is not stored again.
    StoreResult Store(ArticleResult result, MergePolicy policy = MergePolicy.Conservative);

    /// Stores several articles in one transaction (all or none), for fast ingest; one result per input, in order.
    IReadOnlyList<StoreResult> StoreBatch(IReadOnlyList<ArticleResult> results, MergePolicy policy = MergePolicy.Conservative);

    /// True when this id is already stored: lets a resumed ingest skip an article before coding it.
    bool ContainsArticle(string articleId);

    /// True when this article (by id, url or normalised text) is already stored.
    bool ContainsArticle(Text.Article article);

    /// Merged events matching the filters, newest first, one page of them with the total count.
    EventPage QueryEvents(EventQuery query);

    /// One merged event with every report behind it (figures, evidence); null when unknown.
    StoredEvent? GetEvent(string eventId);

    /// One stored article with its text and all its reports (with their evidence spans); null when unknown.
    StoredArticle? GetArticle(string articleId);

    /// Events, fatalities and injuries per area and period, oldest first.
    IReadOnlyList<Tally> Tallies(TallyQuery query);

    /// Periods whose fatalities or event count rise above the area's own history.
    IReadOnlyList<Alert> Alerts(TallyQuery query);

    /// How much the store holds.
    StoreCounts Counts();
}
