using System.Data.Common;

namespace Sitrep.Core.Store;

/// What differs between SQLite and PostgreSQL: connections, the schema's SQL, full-text search and locking.
/// Everything else (the SQL of reads and writes) is shared by the engine.
abstract class StoreDialect : IDisposable
{
    /// What to call the database in messages ("sitrep.db", "PostgreSQL database sitrep").
    public abstract string DisplayName { get; }

    /// Migrations in order: element i takes the schema from version i to i + 1 (statements run one by one).
    public abstract IReadOnlyList<IReadOnlyList<string>> Migrations { get; }

    public abstract DbConnection Open();

    public abstract bool SchemaVersionTableExists(DbConnection connection);

    /// How many tables the database holds: a database with tables but no schema_version is not Sitrep's.
    public abstract long TableCount(DbConnection connection);

    /// A write transaction that excludes other writers (other processes too) until it ends.
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// A predicate on reports (alias r) true when their notes match the words of the query.
    public abstract string FullTextPredicate(string parameterName);

    /// The value to bind to the full-text parameter; null when the query has no words (matches nothing).
    public abstract string? FullTextQuery(string text);

    /// A predicate "column is one of the list parameter's values" (Dapper expands lists for SQLite; PostgreSQL
    /// takes an array).
    public abstract string InList(string column, string parameterName);

    public virtual void Dispose() { }
}
