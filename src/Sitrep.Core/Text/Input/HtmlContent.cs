namespace Sitrep.Core.Text.Input;

/// A web page read as an article: its readable text (title first) and the metadata news pages carry.
internal sealed record HtmlContent(string Text, DateOnly? Published, string? Source, string? Url);
