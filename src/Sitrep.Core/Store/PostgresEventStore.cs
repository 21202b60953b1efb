namespace Sitrep.Core.Store;

/// The shared store: a PostgreSQL database ("Host=...;Database=..."), full-text search with tsvector.
/// Opening migrates an older schema forward; a newer one is refused with StoreSchemaException.
public sealed class PostgresEventStore : SqlEventStore
{
    public PostgresEventStore(string connectionString) : this(connectionString, null) { }

    internal PostgresEventStore(string connectionString, int? upToVersion) :
        base(new SqlEventStoreEngine(new PostgresDialect(connectionString), upToVersion)) { }

    /// The newest schema version this build writes.
    public static int LatestSchemaVersion => PostgresDialect.Schema.Count;
}
