using System.Text.Json;

namespace Sitrep.Core.Text.Input;

/// The schema.org JSON-LD block many news pages carry (<script type="application/ld+json">): its "datePublished"
/// and its publisher's name. Blocks are often hand-written and broken, so anything unreadable is simply no value.
internal static class JsonLinkedData
{
    static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static (DateOnly? Published, string? Publisher) Read(ReadOnlySpan<char> json)
    {
        var trimmed = json.Trim();
        // Some sites wrap the block in an HTML comment or CDATA so old browsers skip it.
        if (trimmed.StartsWith("<!--", StringComparison.Ordinal) && trimmed.EndsWith("-->", StringComparison.Ordinal)) trimmed = trimmed[4..^3];
        if (trimmed.IsEmpty) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(trimmed.ToString(), Lenient);
            DateOnly? published = null;
            string? publisher = null;
            Visit(document.RootElement, ref published, ref publisher, 0);
            return (published, publisher);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// Depth-first in document order: the first object with a date wins, which is the page's own article in the
    /// usual single-object block and first in an @graph.
    static void Visit(JsonElement element, ref DateOnly? published, ref string? publisher, int depth)
    {
        if (depth > 8 || (published is not null && publisher is not null)) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Visit(item, ref published, ref publisher, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        if (published is null && element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String
            && IsoDate.TryParse(date.GetString(), out var day))
            published = day;
        if (publisher is null && element.TryGetProperty("publisher", out var by))
        {
            var name = by.ValueKind == JsonValueKind.Object && by.TryGetProperty("name", out var n) ? n : by;
            if (name.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(name.GetString())) publisher = name.GetString()!.Trim();
        }
        if (element.TryGetProperty("@graph", out var graph)) Visit(graph, ref published, ref publisher, depth + 1);
    }
}
