namespace Sitrep.Core.Store;

/// The embedded store: one SQLite file (WAL journal, FTS5 full-text index over the reports' sentences).
/// Opening migrates an older schema forward; a newer one is refused with StoreSchemaException.
public sealed class SqliteEventStore : SqlEventStore
{
    public SqliteEventStore(string path = EventStores.DefaultPath) : this(path, null) { }

    internal SqliteEventStore(string path, int? upToVersion) : base(new SqlEventStoreEngine(new SqliteDialect(path), upToVersion)) { }

    /// The newest schema version this build writes.
    public static int LatestSchemaVersion => SqliteDialect.Schema.Count;
}
