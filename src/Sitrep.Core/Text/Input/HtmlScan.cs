namespace Sitrep.Core.Text.Input;

/// What one linear pass over an HTML page gives: its visible text (navigation and footers included), the metadata
/// news pages carry, and how deeply its elements nest (so a pathological page never reaches a DOM parser).
internal sealed record HtmlScan(string Text, DateOnly? Published, string? Source, string? Url, string? Title, int Depth);
