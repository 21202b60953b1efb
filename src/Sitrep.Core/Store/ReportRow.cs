using Sitrep.Core.Events;

namespace Sitrep.Core.Store;

/// A row of the reports table: the record whole as JSON, plus the columns that queries filter on.
sealed class ReportRow
{
    public string id { get; set; } = "";
    public string article_id { get; set; } = "";
    public string? event_id { get; set; }
    public string kind { get; set; } = "";
    public string? event_type { get; set; }
    public string? sub_event_type { get; set; }
    public string temporal_status { get; set; } = "";
    public string? event_date { get; set; }
    public string? published { get; set; }
    public string? source { get; set; }
    public string? url { get; set; }
    public string notes { get; set; } = "";
    public string record { get; set; } = "";

    public const string Columns = "id, article_id, event_id, kind, event_type, sub_event_type, temporal_status, event_date, published, source, url, notes, record";

    public static readonly string Insert =
        $"INSERT INTO reports ({Columns}) VALUES ({string.Join(", ", Columns.Split(", ").Select(c => "@" + c))})";

    public static ReportRow From(StoredReport r) => new()
    {
        id = r.ReportId,
        article_id = r.Record.ArticleId,
        event_id = r.EventId,
        kind = r.Record.Kind.ToString(),
        event_type = r.Record.EventType,
        sub_event_type = r.Record.SubEventType,
        temporal_status = r.Record.TemporalStatus.ToString(),
        event_date = EventRow.DateText(r.Record.Date),
        published = EventRow.DateText(r.Published),
        source = r.Source,
        url = r.Url,
        notes = r.Notes,
        record = StoreJson.Write(r.Record),
    };

    public StoredReport ToReport() => new(
        ReportId: id,
        EventId: event_id,
        Record: StoreJson.Read<ConflictEvent>(record),
        Published: EventRow.ParseDate(published),
        Source: source,
        Url: url,
        Notes: notes);
}
