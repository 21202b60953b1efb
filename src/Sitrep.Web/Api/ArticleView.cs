using System.Collections.Immutable;

namespace Sitrep.Web.Api;

/// A stored article: its text and every record coded from it, whose evidence spans index Text.
public sealed record ArticleView(
    string Id,
    string Text,
    DateOnly? Published,
    string PublishedSource,
    string? Source,
    string? Url,
    ImmutableArray<ReportView> Reports);
