using System.Collections.Immutable;

namespace Sitrep.Web.Api;

/// One page of events (format=json) and how many match in all.
public sealed record EventList(long Total, int Limit, int Offset, ImmutableArray<EventSummary> Events);
