namespace Sitrep.Core.Text.Input;

/// What a simple pass over an HTML page gives: its readable text and the metadata news pages carry.
internal sealed record HtmlContent(string Text, DateOnly? Published, string? Source, string? Url);
