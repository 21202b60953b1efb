using System.Collections.Immutable;

namespace Sitrep.Web.Api;

/// One article's record of an event, as that article told it: its own figures, place, actors and evidence.
/// EventId is the merged event it went into (null for a statistic). FieldConfidence scores each coded field.
public sealed record ReportView(
    string ReportId,
    string ArticleId,
    string? EventId,
    string Kind,
    DateOnly? Published,
    string? Source,
    string? Url,
    string? EventType,
    string? SubEventType,
    ActorView? Actor1,
    ActorView? Actor2,
    LocationView? Location,
    DateOnly? EventDate,
    int TimePrecision,
    CasualtiesView? Fatalities,
    CasualtiesView? Injuries,
    string TemporalStatus,
    double Confidence,
    Sitrep.Core.Events.FieldConfidence? FieldConfidence,
    string Notes,
    ImmutableArray<SpanView> Sentences,
    ImmutableArray<EvidenceView> Evidence);
