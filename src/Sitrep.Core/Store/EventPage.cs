using System.Collections.Immutable;

namespace Sitrep.Core.Store;

/// One page of merged events (without their reports) and how many match in all.
public sealed record EventPage(ImmutableArray<StoredEvent> Events, long Total, int Limit, int Offset);
