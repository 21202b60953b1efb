using System.Collections.Immutable;

namespace Sitrep.Web.Api;

/// A merged event with every report behind it: the reconciled figures and each source's own.
public sealed record EventDetail(
    string EventId,
    string EventType,
    string? SubEventType,
    ActorView? Actor1,
    ActorView? Actor2,
    LocationView? Location,
    DateOnly? EventDate,
    int TimePrecision,
    CasualtiesView? Fatalities,
    CasualtiesView? Injuries,
    string TemporalStatus,
    int SourceCount,
    ImmutableArray<string> Sources,
    string? Notes,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    ImmutableArray<ReportView> Reports);
