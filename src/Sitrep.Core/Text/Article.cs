namespace Sitrep.Core.Text;

/// One input document: the JSONL shape {"id","text","published","source","url"} every command reads.
/// Published is null when neither the input nor the text gives a date.
public sealed record Article(string Id, string Text, DateOnly? Published, string? Source = null, string? Url = null);
