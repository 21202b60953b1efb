using System.Data.Common;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Sitrep.Core.Store;

/// One SQLite file in WAL mode: readers never wait for the writer, and a killed process loses no committed
/// transaction. synchronous=NORMAL: a power cut may lose the last commits, a crash of the process cannot.
sealed class SqliteDialect : StoreDialect
{
    readonly string _connectionString;

    public SqliteDialect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DisplayName = path;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            throw new StoreSchemaException($"{path}: the folder {directory} does not exist");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        try
        {
            using var connection = Open();
            connection.Execute("PRAGMA journal_mode=WAL;");
        }
        catch (SqliteException e)
        {
            SqliteConnection.ClearAllPools();
            throw new StoreSchemaException($"{path} cannot be opened as a SQLite database: {e.Message}");
        }
    }

    public override string DisplayName { get; }

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        return connection;
    }

    public override bool SchemaVersionTableExists(DbConnection connection) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0;

    public override long TableCount(DbConnection connection) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");

    // Microsoft.Data.Sqlite begins IMMEDIATE transactions: the write lock is taken at once, not at the first write.
    public override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    public override string InList(string column, string parameterName) => $"{column} IN {parameterName}";

    public override string FullTextPredicate(string parameterName) =>
        $"r.seq IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH {parameterName})";

    /// Each word quoted: the user's text is never read as FTS5 syntax, and all words must occur.
    public override string? FullTextQuery(string text)
    {
        var words = Words(text).Select(w => "\"" + w + "\"").ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    internal static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
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
                latitude REAL,
                longitude REAL,
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
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
            // Version 2: full-text search over the reports' sentences, filled from what version 1 stored.
            "CREATE VIRTUAL TABLE reports_fts USING fts5 (notes, content = 'reports', content_rowid = 'seq', tokenize = 'porter unicode61')",
            "INSERT INTO reports_fts (reports_fts) VALUES ('rebuild')",
            "CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN INSERT INTO reports_fts (rowid, notes) VALUES (new.seq, new.notes); END",
            "CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN INSERT INTO reports_fts (reports_fts, rowid, notes) VALUES ('delete', old.seq, old.notes); END",
            """
            CREATE TRIGGER reports_fts_update AFTER UPDATE OF notes ON reports BEGIN
                INSERT INTO reports_fts (reports_fts, rowid, notes) VALUES ('delete', old.seq, old.notes);
                INSERT INTO reports_fts (rowid, notes) VALUES (new.seq, new.notes);
            END
            """,
        ],
    ];

    public override void Dispose()
    {
        // Pooled connections keep the file open; a closed store must let the caller move or delete it.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
