using System.Collections.Immutable;

namespace Sitrep.Web.Api;

/// What POST /api/articles did: stored (or a duplicate of DuplicateOf), and the merged events the article went into.
public sealed record ArticleStored(
    string ArticleId,
    string Outcome,
    string? DuplicateOf,
    int EventsCreated,
    int EventsMerged,
    int Statistics,
    ImmutableArray<EventSummary> Events);
