using Sitrep.Core.Events;

namespace Sitrep.Core.Store;

/// Decides whether a new report tells of an event already stored, and reconciles an event from its reports.
/// Pure: no database, no state; the stores call it with the candidates their indexed query found.
public sealed class EventMatcher
{
    public static EventMatcher CreateDefault() => new();

    /// True when the report (an event record) can be the same real-world event as the stored one.
    public bool Matches(StoredEvent existing, ConflictEvent report) => throw new NotImplementedException();

    /// The dates a stored event must fall in to be a candidate for this report.
    public (DateOnly From, DateOnly To) DateWindow(DateOnly date) => throw new NotImplementedException();

    /// The merged event of these reports (at least one, all event records).
    public StoredEvent Reconcile(string eventId, IReadOnlyList<StoredReport> reports, MergePolicy policy) =>
        throw new NotImplementedException();
}
