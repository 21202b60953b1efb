using System.Collections.Immutable;
using Sitrep.Core.Events;

namespace Sitrep.Core.Store;

/// A merged event: one real-world incident with every source that reported it.
/// Fatalities/Injuries are reconciled over the reports (low = lowest, high = highest, best per MergePolicy);
/// null when no report gives a figure. Notes: the sentences of its first report. FirstSeen/LastSeen: the
/// earliest and latest publication date among its reports. Reports is filled by GetEvent, empty in a page.
public sealed record StoredEvent(
    string EventId,
    string EventType,
    string? SubEventType,
    EventActor? Actor1,
    EventActor? Actor2,
    EventLocation? Location,
    DateOnly? Date,
    int TimePrecision,
    Casualties? Fatalities,
    Casualties? Injuries,
    TemporalStatus TemporalStatus,
    int SourceCount,
    ImmutableArray<string> Sources,
    string? Notes,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    ImmutableArray<StoredReport> Reports);
