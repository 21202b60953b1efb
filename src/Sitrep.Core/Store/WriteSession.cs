using System.Data;
using System.Data.Common;

namespace Sitrep.Core.Store;

/// The statements of one write transaction, each prepared on first use and reused for every article of the
/// batch. Dapper would build (and SQLite re-compile) a command per call; ingest runs these few statements
/// thousands of times, so the write path keeps them prepared. Reads go through Dapper.
sealed class WriteSession(DbConnection connection, DbTransaction transaction) : IDisposable
{
    /// A point-located report's 50 km box touches at most 2 rows of 1-degree cells and, below 75 degrees of
    /// latitude, at most 4 cells per row: a fixed number of slots keeps the candidate query one statement.
    public const int CellSlots = 8;
    public const int TypeSlots = 3;

    readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);

    static readonly string CellList = string.Join(", ", Enumerable.Range(0, CellSlots).Select(i => "@cell" + i));
    static readonly string TypeList = string.Join(", ", Enumerable.Range(0, TypeSlots).Select(i => "@type" + i));

    static readonly (string, DbType)[] RegionParameters =
    [
        .. Enumerable.Range(0, TypeSlots).Select(i => ("type" + i, DbType.String)),
        ("from", DbType.String), ("to", DbType.String), ("nearFrom", DbType.String), ("nearTo", DbType.String), ("country", DbType.String),
    ];

    static readonly (string, DbType)[] PointParameters =
    [
        .. RegionParameters,
        .. Enumerable.Range(0, CellSlots).Select(i => ("cell" + i, DbType.Int64)),
        ("minLat", DbType.Double), ("maxLat", DbType.Double), ("minLon", DbType.Double), ("maxLon", DbType.Double),
    ];

    // Cheap column tests first, so only plausible candidates are read in full: the compatible types and, for a
    // report precise to the week, events within a week of it unless they are only known to the month.
    const string Plausible = " AND event_type IN ({1}) AND (time_precision >= 3 OR event_date BETWEEN @nearFrom AND @nearTo)";

    static readonly string PointCandidates = string.Format(System.Globalization.CultureInfo.InvariantCulture,
        "SELECT {0} FROM events WHERE cell IN ({2}) AND event_date BETWEEN @from AND @to" + Plausible
        + " AND latitude BETWEEN @minLat AND @maxLat AND longitude BETWEEN @minLon AND @maxLon"
        + " UNION SELECT {0} FROM events WHERE country = @country AND geo_precision = 3 AND event_date BETWEEN @from AND @to" + Plausible,
        EventRow.Columns, TypeList, CellList);

    static readonly string RegionCandidates = string.Format(System.Globalization.CultureInfo.InvariantCulture,
        "SELECT {0} FROM events WHERE country = @country AND event_date BETWEEN @from AND @to" + Plausible,
        EventRow.Columns, TypeList);

    PreparedStatement Statement(string sql, IReadOnlyList<(string Name, DbType Type)> parameters)
    {
        if (!_statements.TryGetValue(sql, out var statement))
            _statements[sql] = statement = new PreparedStatement(connection, transaction, sql, parameters);
        return statement;
    }

    public List<(string Id, string? Url, string Hash)> SameArticles(string id, string? url, string hash) =>
        Statement("SELECT id, url, text_hash FROM articles WHERE id = @id OR url = @url OR text_hash = @hash",
                [("id", DbType.String), ("url", DbType.String), ("hash", DbType.String)])
            .Query(r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)), id, url, hash);

    public void Insert(ArticleRow row) =>
        Statement(ArticleRow.Insert, RowBinder<ArticleRow>.Parameters(ArticleRow.Columns)).Execute(RowBinder<ArticleRow>.Values(row, ArticleRow.Columns));

    public void Insert(ReportRow row) =>
        Statement(ReportRow.Insert, RowBinder<ReportRow>.Parameters(ReportRow.Columns)).Execute(RowBinder<ReportRow>.Values(row, ReportRow.Columns));

    public void Insert(EventRow row) =>
        Statement(EventRow.Insert, RowBinder<EventRow>.Parameters(EventRow.Columns)).Execute(RowBinder<EventRow>.Values(row, EventRow.Columns));

    public void Update(EventRow row) =>
        Statement(EventRow.Update, RowBinder<EventRow>.Parameters(EventRow.Columns)).Execute(RowBinder<EventRow>.Values(row, EventRow.Columns));

    // The reports of events merged into during this batch: a much-reported event (the same incident in a
    // hundred articles) is read from the database once per batch, not once per article.
    readonly Dictionary<string, List<StoredReport>> _reports = new(StringComparer.Ordinal);

    /// The reports of an event, in the order they were stored, with this one appended (kept for the batch).
    public List<StoredReport> ReportsOfEventWith(string eventId, StoredReport added)
    {
        if (!_reports.TryGetValue(eventId, out var reports))
        {
            reports = [.. Statement($"SELECT {ReportRow.Columns} FROM reports WHERE event_id = @eventId ORDER BY seq", [("eventId", DbType.String)])
                .Query(RowBinder<ReportRow>.Read, eventId).Select(r => r.ToReport())];
            _reports[eventId] = reports;
        }
        reports.Add(added);
        return reports;
    }

    /// A new event's first report, so that later articles of the batch merging into it need no read.
    public void Created(string eventId, StoredReport first) => _reports[eventId] = [first];

    /// Events that may be the same as a report at this place and date. Null when the place's box needs more
    /// cells than there are slots (near the poles): the caller then asks Dapper with a list.
    public List<EventRow>? Candidates(bool regionLevel, IReadOnlyList<long> cells, IReadOnlyList<string> types, DateOnly from, DateOnly to,
        DateOnly nearFrom, DateOnly nearTo, BoundingBox box, string country)
    {
        if (cells.Count is 0 or > CellSlots || types.Count is 0 or > TypeSlots) return null;
        // Unused slots repeat the last value: the same statement serves every place.
        var values = new List<object?>(PointParameters.Length);
        values.AddRange(Enumerable.Range(0, TypeSlots).Select(i => (object?)types[Math.Min(i, types.Count - 1)]));
        values.AddRange([EventRow.DateText(from), EventRow.DateText(to), EventRow.DateText(nearFrom), EventRow.DateText(nearTo), country]);
        if (regionLevel) return Statement(RegionCandidates, RegionParameters).Query(RowBinder<EventRow>.Read, [.. values]);
        values.AddRange(Enumerable.Range(0, CellSlots).Select(i => (object?)cells[Math.Min(i, cells.Count - 1)]));
        values.AddRange([box.MinLat, box.MaxLat, box.MinLon, box.MaxLon]);
        return Statement(PointCandidates, PointParameters).Query(RowBinder<EventRow>.Read, [.. values]);
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
    }
}
