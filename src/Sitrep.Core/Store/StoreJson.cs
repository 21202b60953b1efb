using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Core.Store;

/// How a report's record, actors and places are kept as JSON: the ConflictEvent itself, spans as [start, end].
static class StoreJson
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new TextSpanConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"stored JSON is null: {json}");

    public static ConflictEvent ReadRecord(string json) => Read<ConflictEvent>(json);

    sealed class TextSpanConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var pair = JsonSerializer.Deserialize<int[]>(ref reader, options);
            if (pair is not { Length: 2 }) throw new JsonException("a span is [start, end]");
            return new TextSpan(pair[0], pair[1]);
        }

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Start);
            writer.WriteNumberValue(value.End);
            writer.WriteEndArray();
        }
    }
}
