namespace Sitrep.Core.Store;

/// Opens the store a user names: a PostgreSQL connection string ("Host=...;Database=...") or a SQLite file path.
public static class EventStores
{
    public const string DefaultPath = "sitrep.db";

    public static bool IsPostgres(string dbOrConnectionString) =>
        dbOrConnectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static IEventStore Open(string dbOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dbOrConnectionString);
        return IsPostgres(dbOrConnectionString)
            ? new PostgresEventStore(dbOrConnectionString)
            : new SqliteEventStore(dbOrConnectionString);
    }
}
