using System.Collections.Immutable;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// One coded record of an article: an event (current or historical) or a statistic.
/// TimePrecision is ACLED's: 1 day, 2 week or range of days, 3 month or coarser. A statistic has no event type.
/// Confidence is the record's as a whole; FieldConfidence scores each field (null in records stored before it existed).
public sealed record ConflictEvent(
    string EventId,
    string ArticleId,
    RecordKind Kind,
    string? EventType,
    string? SubEventType,
    EventActor? Actor1,
    EventActor? Actor2,
    EventLocation? Location,
    DateOnly? Date,
    int TimePrecision,
    Casualties? Fatalities,
    Casualties? Injuries,
    TemporalStatus TemporalStatus,
    string? Source,
    double Confidence,
    ImmutableArray<TextSpan> Sentences,
    ImmutableArray<Evidence> Evidence,
    FieldConfidence? FieldConfidence = null);
