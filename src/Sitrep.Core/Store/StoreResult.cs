using System.Collections.Immutable;

namespace Sitrep.Core.Store;

/// What storing one article did. A duplicate names the stored article it duplicates and why.
public enum StoreOutcome { Stored, DuplicateId, DuplicateUrl, DuplicateText }

/// EventIds: the merged events the article's event reports went into (new or existing), in report order.
/// EventsCreated + EventsMerged = EventIds.Length; Statistics counts statistic records kept apart.
public sealed record StoreResult(
    string ArticleId,
    StoreOutcome Outcome,
    string? DuplicateOf,
    ImmutableArray<string> EventIds,
    int EventsCreated,
    int EventsMerged,
    int Statistics)
{
    public bool IsDuplicate => Outcome != StoreOutcome.Stored;

    public static StoreResult Duplicate(string articleId, StoreOutcome outcome, string duplicateOf) =>
        new(articleId, outcome, duplicateOf, [], 0, 0, 0);
}
