using System.Net.Http.Headers;
using System.Text.Json;

namespace Sitrep.Web.Tests;

/// Reads responses as raw JSON, so tests see the wire names (snake_case) and not a re-parsed model.
static class Json
{
    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static MediaTypeHeaderValue JsonType { get; } = new("application/json");

    /// "Kunduz 2016-10-03": an event told apart by place and date, independent of how the store numbers events.
    public static string Key(JsonElement e) => $"{e.GetProperty("location").GetString()} {e.GetProperty("event_date").GetString()}";
}
