using System.Collections.Immutable;

namespace Sitrep.Core.Store;

/// A stored article: its text and every record coded from it; the records' evidence spans index Text.
public sealed record StoredArticle(
    string Id,
    string Text,
    DateOnly? Published,
    PublishedSource PublishedSource,
    string? Source,
    string? Url,
    ImmutableArray<StoredReport> Reports);
