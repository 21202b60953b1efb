using System.Collections.Immutable;
using System.Data.Common;
using System.Text;
using Dapper;
using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Core.Store;

/// The store's behaviour, written once over Dapper for both databases; the dialect supplies what differs.
/// Writes are serialised (one writer lock per store, and the database's own lock across processes); reads use
/// their own pooled connections and run concurrently.
sealed class SqlEventStoreEngine : IEventStore
{
    readonly StoreDialect _dialect;
    readonly EventMatcher _matcher = EventMatcher.CreateDefault();
    readonly Lock _writeLock = new();

    /// Test seam: called at named steps inside the write transaction ("article", "report", "event"); a throw
    /// there must roll the whole article back.
    internal Action<string>? OnWriteStep { get; set; }

    public SqlEventStoreEngine(StoreDialect dialect, int? upToVersion = null)
    {
        _dialect = dialect;
        try
        {
            SchemaVersion = Migrate(upToVersion ?? LatestVersion);
        }
        catch
        {
            dialect.Dispose();
            throw;
        }
    }

    public int LatestVersion => _dialect.Migrations.Count;

    public int SchemaVersion { get; }

    int Migrate(int target)
    {
        lock (_writeLock)
        {
            using var connection = _dialect.Open();
            using (var setup = _dialect.BeginWrite(connection))
            {
                if (!_dialect.SchemaVersionTableExists(connection))
                {
                    if (_dialect.TableCount(connection) > 0)
                        throw new StoreSchemaException($"{_dialect.DisplayName} holds tables but is not a Sitrep database (no schema_version table)");
                    connection.Execute("CREATE TABLE schema_version (version INTEGER NOT NULL)", transaction: setup);
                }
                setup.Commit();
            }
            var version = (int)(connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0);
            if (version > LatestVersion)
                throw new StoreSchemaException(
                    $"{_dialect.DisplayName} has schema version {version}; this Sitrep reads up to {LatestVersion}: upgrade Sitrep");
            // Each step in its own transaction: a crash mid-migration leaves the last complete version.
            while (version < target)
            {
                using var step = _dialect.BeginWrite(connection);
                var current = (int)(connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_version", transaction: step) ?? 0);
                if (current > version)
                {
                    // Another process migrated meanwhile.
                    version = current;
                    step.Commit();
                    continue;
                }
                foreach (var statement in _dialect.Migrations[version]) connection.Execute(statement, transaction: step);
                connection.Execute("DELETE FROM schema_version", transaction: step);
                connection.Execute("INSERT INTO schema_version (version) VALUES (@v)", new { v = version + 1 }, step);
                step.Commit();
                version++;
            }
            return version;
        }
    }

    public StoreResult Store(ArticleResult result, MergePolicy policy = MergePolicy.Conservative) =>
        StoreBatch([result], policy)[0];

    public IReadOnlyList<StoreResult> StoreBatch(IReadOnlyList<ArticleResult> results, MergePolicy policy = MergePolicy.Conservative)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var r in results) Validate(r);
        if (results.Count == 0) return [];
        lock (_writeLock)
        {
            using var connection = _dialect.Open();
            using var transaction = _dialect.BeginWrite(connection);
            List<StoreResult> stored;
            using (var session = new WriteSession(connection, transaction))
                stored = [.. results.Select(r => StoreOne(session, connection, transaction, r, policy))];
            transaction.Commit();
            return stored;
        }
    }

    /// Bad offsets are bugs of the caller: refuse before anything is written.
    static void Validate(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(result.Article.Id);
        var length = result.Article.Text.Length;
        foreach (var e in result.Events)
        {
            if (e.ArticleId != result.Article.Id)
                throw new ArgumentException($"record {e.EventId} belongs to article {e.ArticleId}, not {result.Article.Id}");
            foreach (var span in e.Sentences.Concat(e.Evidence.Select(x => x.Span)))
                if (span.End > length)
                    throw new ArgumentException($"record {e.EventId} has span {span} outside the article's {length} characters");
        }
        if (result.Events.Select(e => e.EventId).Distinct(StringComparer.Ordinal).Count() != result.Events.Length)
            throw new ArgumentException($"article {result.Article.Id} has two records with the same id");
    }

    StoreResult StoreOne(WriteSession session, DbConnection c, DbTransaction tx, ArticleResult result, MergePolicy policy)
    {
        var article = result.Article;
        var url = TextFingerprint.Url(article.Url);
        var hash = TextFingerprint.Hash(article.Text);

        // One indexed query for the three keys; the id wins over the url, the url over the text.
        var same = session.SameArticles(article.Id, url, hash);
        if (same.FirstOrDefault(a => a.Id == article.Id) is { Id: not null } sameId)
            return StoreResult.Duplicate(article.Id, StoreOutcome.DuplicateId, sameId.Id);
        if (url is not null && same.FirstOrDefault(a => a.Url == url) is { Id: not null } sameUrl)
            return StoreResult.Duplicate(article.Id, StoreOutcome.DuplicateUrl, sameUrl.Id);
        if (same.FirstOrDefault(a => a.Hash == hash) is { Id: not null } sameText)
            return StoreResult.Duplicate(article.Id, StoreOutcome.DuplicateText, sameText.Id);

        session.Insert(new ArticleRow
        {
            id = article.Id,
            url = url,
            text_hash = hash,
            text = article.Text,
            published = EventRow.DateText(result.Published),
            published_source = result.PublishedSource.ToString(),
            source = article.Source,
        });
        OnWriteStep?.Invoke("article");

        var eventIds = ImmutableArray.CreateBuilder<string>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        int created = 0, merged = 0, statistics = 0;
        foreach (var record in result.Events)
        {
            var report = new StoredReport(record.EventId, null, record, result.Published, article.Source, url, Notes(article.Text, record));
            if (record.Kind == RecordKind.Statistic || record.EventType is null)
            {
                // Statistics (and records without an event type) are kept as they are, never merged into events.
                session.Insert(ReportRow.From(report));
                OnWriteStep?.Invoke("report");
                statistics++;
                continue;
            }

            var match = FindMatch(session, c, tx, record, touched);
            StoredEvent target;
            if (match is null)
            {
                report = report with { EventId = record.EventId };
                target = _matcher.Reconcile(record.EventId, [report], policy);
                session.Insert(EventRow.From(target));
                session.Created(target.EventId, report);
                created++;
            }
            else
            {
                report = report with { EventId = match.EventId };
                target = _matcher.Reconcile(match.EventId, session.ReportsOfEventWith(match.EventId, report), policy);
                session.Update(EventRow.From(target));
                merged++;
            }
            OnWriteStep?.Invoke("event");
            session.Insert(ReportRow.From(report));
            OnWriteStep?.Invoke("report");
            touched.Add(target.EventId);
            eventIds.Add(target.EventId);
        }
        return new StoreResult(article.Id, StoreOutcome.Stored, null, eventIds.ToImmutable(), created, merged, statistics);
    }

    /// The sentences a record was coded from: its notes, searchable with q.
    static string Notes(string text, ConflictEvent record)
    {
        var notes = new StringBuilder();
        foreach (var span in record.Sentences.OrderBy(s => s.Start))
        {
            if (notes.Length > 0) notes.Append(' ');
            notes.Append(span.Of(text).Trim());
        }
        return notes.ToString();
    }

    /// Candidates come from an indexed query (the date window, then a lat/lon box or the same country for
    /// region-level places); the matcher decides. Events this article already reported are never candidates:
    /// the coder has already said its records are different events.
    StoredEvent? FindMatch(WriteSession session, DbConnection c, DbTransaction tx, ConflictEvent record, HashSet<string> touched)
    {
        if (record.Date is not { } date || record.Location is not { } place) return null;
        var (from, to) = _matcher.DateWindow(date);
        var (nearFrom, nearTo) = record.TimePrecision <= 2 ? (date.AddDays(-7), date.AddDays(7)) : (from, to);
        var box = _matcher.CandidateBox(place.Latitude, place.Longitude);
        var cells = EventRow.Cells(box).ToList();
        var types = _matcher.CompatibleTypes(record.EventType!);
        var regionLevel = place.GeoPrecision >= 3;
        var rows = session.Candidates(regionLevel, cells, types, from, to, nearFrom, nearTo, box, place.Country)
            ?? CandidatesByList(c, tx, regionLevel, cells, types, from, to, nearFrom, nearTo, box, place.Country);
        return rows
            .Where(r => !touched.Contains(r.id))
            .Select(r => r.ToEvent([]))
            .Select(e => (Event: e, Score: _matcher.Score(e, record)))
            .Where(x => x.Score is not null)
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Event.EventId, StringComparer.Ordinal)
            .Select(x => x.Event)
            .FirstOrDefault();
    }

    /// The candidate query for boxes wider than the prepared statement's slots (near the poles).
    List<EventRow> CandidatesByList(DbConnection c, DbTransaction tx, bool regionLevel, IReadOnlyList<long> cells, IReadOnlyList<string> types,
        DateOnly from, DateOnly to, DateOnly nearFrom, DateOnly nearTo, BoundingBox box, string country)
    {
        var plausible = $" AND {_dialect.InList("event_type", "@types")} AND (time_precision >= 3 OR event_date BETWEEN @nearFrom AND @nearTo)";
        var sql = regionLevel
            ? $"SELECT {EventRow.Columns} FROM events WHERE country = @country AND event_date BETWEEN @from AND @to{plausible}"
            : $"""
               SELECT {EventRow.Columns} FROM events WHERE {_dialect.InList("cell", "@cells")} AND event_date BETWEEN @from AND @to{plausible}
               AND latitude BETWEEN @minLat AND @maxLat AND longitude BETWEEN @minLon AND @maxLon
               UNION
               SELECT {EventRow.Columns} FROM events WHERE country = @country AND geo_precision = 3 AND event_date BETWEEN @from AND @to{plausible}
               """;
        return [.. c.Query<EventRow>(sql, new
        {
            types = types.ToArray(),
            cells = cells.ToArray(),
            from = EventRow.DateText(from),
            to = EventRow.DateText(to),
            nearFrom = EventRow.DateText(nearFrom),
            nearTo = EventRow.DateText(nearTo),
            country,
            minLat = box.MinLat,
            maxLat = box.MaxLat,
            minLon = box.MinLon,
            maxLon = box.MaxLon,
        }, tx)];
    }

    static List<StoredReport> ReportsOfEvent(DbConnection c, DbTransaction? tx, string eventId) =>
        [.. c.Query<ReportRow>($"SELECT {ReportRow.Columns} FROM reports WHERE event_id = @eventId ORDER BY seq", new { eventId }, tx)
            .Select(r => r.ToReport())];

    public bool ContainsArticle(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        using var c = _dialect.Open();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE id = @articleId", new { articleId }) > 0;
    }

    public bool ContainsArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var c = _dialect.Open();
        return c.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM articles WHERE id = @id OR url = @url OR text_hash = @hash",
            new { id = article.Id, url = TextFingerprint.Url(article.Url), hash = TextFingerprint.Hash(article.Text) }) > 0;
    }

    public EventPage QueryEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Filter(query);
        if (where is null) return new EventPage([], 0, query.Limit, query.Offset);
        using var c = _dialect.Open();
        var total = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM events e WHERE {where}", parameters);
        parameters.Add("limit", query.Limit);
        parameters.Add("offset", query.Offset);
        var rows = c.Query<EventRow>(
            $"SELECT {EventRow.Columns} FROM events e WHERE {where} ORDER BY event_date DESC NULLS LAST, id LIMIT @limit OFFSET @offset",
            parameters);
        return new EventPage([.. rows.Select(r => r.ToEvent([]))], total, query.Limit, query.Offset);
    }

    /// The WHERE clause of a query; null when it can match nothing (a full-text query without words).
    (string? Where, DynamicParameters Parameters) Filter(EventQuery q)
    {
        var clauses = new List<string> { "1 = 1" };
        var p = new DynamicParameters();
        if (q.From is { } from)
        {
            clauses.Add("e.event_date >= @from");
            p.Add("from", EventRow.DateText(from));
        }
        if (q.To is { } to)
        {
            clauses.Add("e.event_date <= @to");
            p.Add("to", EventRow.DateText(to));
        }
        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            clauses.Add("UPPER(e.country) = @country");
            p.Add("country", q.Country.Trim().ToUpperInvariant());
        }
        if (!string.IsNullOrWhiteSpace(q.Admin1))
        {
            clauses.Add("LOWER(e.admin1) = @admin1");
            p.Add("admin1", q.Admin1.Trim().ToLowerInvariant());
        }
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            clauses.Add("LOWER(e.event_type) = @type");
            p.Add("type", q.Type.Trim().ToLowerInvariant());
        }
        if (!string.IsNullOrWhiteSpace(q.SubType))
        {
            clauses.Add("LOWER(e.sub_event_type) = @subType");
            p.Add("subType", q.SubType.Trim().ToLowerInvariant());
        }
        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            clauses.Add(@"(LOWER(e.actor1) LIKE @actor ESCAPE '\' OR LOWER(e.actor2) LIKE @actor ESCAPE '\')");
            var escaped = q.Actor.Trim().ToLowerInvariant().Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
            p.Add("actor", "%" + escaped + "%");
        }
        if (q.Bbox is { } box)
        {
            clauses.Add("e.latitude BETWEEN @minLat AND @maxLat AND e.longitude BETWEEN @minLon AND @maxLon");
            p.Add("minLat", box.MinLat);
            p.Add("maxLat", box.MaxLat);
            p.Add("minLon", box.MinLon);
            p.Add("maxLon", box.MaxLon);
        }
        if (q.Status is { } status)
        {
            clauses.Add("e.temporal_status = @status");
            p.Add("status", status.ToString());
        }
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            if (_dialect.FullTextQuery(q.Text) is not { } text) return (null, p);
            clauses.Add($"e.id IN (SELECT r.event_id FROM reports r WHERE r.event_id IS NOT NULL AND {_dialect.FullTextPredicate("@q")})");
            p.Add("q", text);
        }
        return (string.Join(" AND ", clauses), p);
    }

    public StoredEvent? GetEvent(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        using var c = _dialect.Open();
        var row = c.QuerySingleOrDefault<EventRow>($"SELECT {EventRow.Columns} FROM events WHERE id = @eventId", new { eventId });
        return row?.ToEvent(ReportsOfEvent(c, null, eventId));
    }

    public StoredArticle? GetArticle(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        using var c = _dialect.Open();
        var row = c.QuerySingleOrDefault<ArticleRow>(
            "SELECT id, url, text_hash, text, published, published_source, source FROM articles WHERE id = @articleId", new { articleId });
        if (row is null) return null;
        var reports = c.Query<ReportRow>($"SELECT {ReportRow.Columns} FROM reports WHERE article_id = @articleId ORDER BY seq", new { articleId })
            .Select(r => r.ToReport());
        return new StoredArticle(row.id, row.text, EventRow.ParseDate(row.published), Enum.Parse<PublishedSource>(row.published_source),
            row.source, row.url, [.. reports]);
    }

    public IReadOnlyList<Tally> Tallies(TallyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return TallyCalculator.Tally(TallyRows(query, withHistory: false), query);
    }

    public IReadOnlyList<Alert> Alerts(TallyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Every earlier period is history, even before the requested dates.
        var tallies = TallyCalculator.Tally(TallyRows(query, withHistory: true), query with { From = null });
        return TallyCalculator.Alerts(tallies, query);
    }

    IEnumerable<TallyRow> TallyRows(TallyQuery query, bool withHistory)
    {
        var sql = new StringBuilder("SELECT country, admin1, event_date, fatalities_best, injuries_best FROM events WHERE event_date IS NOT NULL AND country IS NOT NULL");
        var p = new DynamicParameters();
        if (query.From is { } from && !withHistory)
        {
            sql.Append(" AND event_date >= @from");
            p.Add("from", EventRow.DateText(from));
        }
        if (query.To is { } to)
        {
            sql.Append(" AND event_date <= @to");
            p.Add("to", EventRow.DateText(to));
        }
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            sql.Append(" AND UPPER(country) = @country");
            p.Add("country", query.Country.Trim().ToUpperInvariant());
        }
        using var c = _dialect.Open();
        return [.. c.Query<TallyRow>(sql.ToString(), p)];
    }

    public StoreCounts Counts()
    {
        using var c = _dialect.Open();
        return new StoreCounts(
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM articles"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM reports"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM events"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM reports WHERE event_id IS NULL"));
    }

    public void Dispose() => _dialect.Dispose();
}
