namespace Sitrep.Web.Api;

/// The body of POST /api/articles: the JSONL line shape every Sitrep command reads. Only text is required;
/// published is a date like 2016-10-03 (without it the pipeline looks for a dateline); id defaults to a hash of the text.
public sealed record ArticleInput(string? Id, string? Text, string? Published, string? Source, string? Url);
