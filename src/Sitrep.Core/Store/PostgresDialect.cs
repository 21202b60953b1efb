using System.Data.Common;
using Dapper;
using Npgsql;

namespace Sitrep.Core.Store;

/// A PostgreSQL database. Writers from several processes are serialised by a transaction-scoped advisory lock,
/// so de-duplication and merging see every committed article.
sealed class PostgresDialect : StoreDialect
{
    // Any fixed number: it names Sitrep's writer lock among the database's advisory locks.
    const long WriterLock = 0x5173_7265_70;
    readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreSchemaException($"the PostgreSQL connection string is not valid: {e.Message}");
        }
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        DisplayName = $"PostgreSQL database {builder.Database ?? builder.Username ?? "(default)"}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string DisplayName { get; }

    public override DbConnection Open()
    {
        try
        {
            return _dataSource.OpenConnection();
        }
        catch (NpgsqlException e) when (e is not PostgresException || e is PostgresException { SqlState: "3D000" or "28P01" or "28000" })
        {
            // Unreachable server, unknown database, refused login: say which database and why, not a stack trace.
            throw new StoreSchemaException($"cannot connect to the {DisplayName}: {e.Message}");
        }
    }

    public override bool SchemaVersionTableExists(DbConnection connection) =>
        connection.ExecuteScalar<bool>("SELECT to_regclass('schema_version') IS NOT NULL");

    public override long TableCount(DbConnection connection) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");

    public override DbTransaction BeginWrite(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@id)", new { id = WriterLock }, transaction);
        return transaction;
    }

    public override string InList(string column, string parameterName) => $"{column} = ANY({parameterName})";

    public override string FullTextPredicate(string parameterName) =>
        $"r.notes_tsv @@ plainto_tsquery('english', {parameterName})";

    public override string? FullTextQuery(string text)
    {
        var words = SqliteDialect.Words(text).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    public override IReadOnlyList<IReadOnlyList<string>> Migrations => Schema;

    public static readonly IReadOnlyList<IReadOnlyList<string>> Schema =
    [
        [
            """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                url TEXT,
                text_hash TEXT NOT NULL,
                text TEXT NOT NULL,
                published TEXT,
                published_source TEXT NOT NULL,
                source TEXT)
            """,
            "CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL",
            "CREATE UNIQUE INDEX articles_text_hash ON articles (text_hash)",
            """
            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                event_type TEXT NOT NULL,
                sub_event_type TEXT,
                actor1 TEXT,
                actor2 TEXT,
                actor1_json TEXT,
                actor2_json TEXT,
                location_json TEXT,
                country TEXT,
                admin1 TEXT,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                cell INTEGER,
                geo_precision INTEGER,
                event_date TEXT,
                time_precision INTEGER NOT NULL,
                fatalities_low INTEGER,
                fatalities_best INTEGER,
                fatalities_high INTEGER,
                injuries_low INTEGER,
                injuries_best INTEGER,
                injuries_high INTEGER,
                temporal_status TEXT NOT NULL,
                source_count INTEGER NOT NULL,
                sources TEXT NOT NULL,
                notes TEXT,
                first_seen TEXT,
                last_seen TEXT)
            """,
            "CREATE INDEX events_date ON events (event_date)",
            "CREATE INDEX events_place ON events (latitude, longitude)",
            // Merge candidates: the same 1-degree cell in the date window, or a region-level event of the country.
            "CREATE INDEX events_cell ON events (cell, event_date)",
            "CREATE INDEX events_region ON events (country, geo_precision, event_date)",
            "CREATE INDEX events_area ON events (country, admin1, event_date)",
            """
            CREATE TABLE reports (
                seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                article_id TEXT NOT NULL REFERENCES articles (id),
                event_id TEXT REFERENCES events (id),
                kind TEXT NOT NULL,
                event_type TEXT,
                sub_event_type TEXT,
                temporal_status TEXT NOT NULL,
                event_date TEXT,
                published TEXT,
                source TEXT,
                url TEXT,
                notes TEXT NOT NULL,
                record TEXT NOT NULL)
            """,
            "CREATE INDEX reports_event ON reports (event_id)",
            "CREATE INDEX reports_article ON reports (article_id)",
        ],
        [
            // Version 2: full-text search over the reports' sentences, computed for what version 1 stored.
            "ALTER TABLE reports ADD COLUMN notes_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', notes)) STORED",
            "CREATE INDEX reports_notes_tsv ON reports USING gin (notes_tsv)",
        ],
    ];

    public override void Dispose() => _dataSource.Dispose();
}
