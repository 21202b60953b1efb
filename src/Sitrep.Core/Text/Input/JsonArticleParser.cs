using System.Text.Json;

namespace Sitrep.Core.Text.Input;

/// Turns the JSON shape {"id","text","published","source","url"} into articles; unknown fields are ignored so
/// exports from other tools can be read as they are.
internal static class JsonArticleParser
{
    /// One JSONL line. The fallback id names the line, so an article without an id can still be traced back.
    public static ReadResult ParseLine(string input, TextLine line, string fallbackId, DateOnly? publishedOverride)
    {
        try
        {
            using var document = JsonDocument.Parse(line.Text);
            return FromElement(document.RootElement, input, line.Number, "line", fallbackId, publishedOverride);
        }
        catch (JsonException exception)
        {
            return Failure(input, line.Number, InputProblems.NotJson("line", exception));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // Lone surrogates, raw or escaped as "\ud800": JSON that parses but is not text.
            return Failure(input, line.Number, InputProblems.NotJsonText("line"));
        }
    }

    /// A whole .json file: one article object, or an array of them. Array items are named by the line their object
    /// starts on, so the message points at the right place even in a pretty-printed file.
    public static List<ReadResult> ParseDocument(string input, string fileStem, ReadOnlySpan<byte> utf8, DateOnly? publishedOverride)
    {
        var results = new List<ReadResult>();
        var reader = new Utf8JsonReader(utf8);
        try
        {
            if (!reader.Read()) return results;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                using var document = JsonDocument.ParseValue(ref reader);
                results.Add(FromElement(document.RootElement, input, null, "file", fileStem, publishedOverride));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                var (index, line, counted) = (0, 1, 0);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    index++;
                    var start = checked((int)reader.TokenStartIndex);
                    line += utf8[counted..start].Count((byte)'\n');
                    counted = start;
                    using var document = JsonDocument.ParseValue(ref reader);
                    results.Add(FromElement(document.RootElement, input, line, $"item {index}", $"{fileStem}#{index}", publishedOverride));
                }
                if (index == 0) results.Add(Failure(input, null, InputProblems.EmptyArray));
            }
            else
            {
                using var document = JsonDocument.ParseValue(ref reader);
                results.Add(Failure(input, null, InputProblems.NotObjectOrArray(document.RootElement)));
            }
            // Anything but whitespace after the value makes Read throw, which is reported like any other bad JSON.
            reader.Read();
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? checked((int)zeroBased + 1) : (int?)null;
            results.Add(Failure(input, line, InputProblems.NotJson("file", exception)));
        }
        catch (InvalidOperationException)
        {
            results.Add(Failure(input, null, InputProblems.NotJsonText("file")));
        }
        return results;
    }

    static ReadResult FromElement(JsonElement element, string input, int? line, string noun, string fallbackId, DateOnly? publishedOverride)
    {
        if (element.ValueKind != JsonValueKind.Object) return Failure(input, line, InputProblems.NotAnObject(noun, element));

        if (!element.TryGetProperty("text", out var textValue) || textValue.ValueKind == JsonValueKind.Null)
            return Failure(input, line, InputProblems.MissingText);
        if (textValue.ValueKind != JsonValueKind.String) return Failure(input, line, InputProblems.NotAString("text", textValue));
        var text = textValue.GetString()!;
        if (string.IsNullOrWhiteSpace(text)) return Failure(input, line, InputProblems.EmptyText);

        var id = fallbackId;
        if (element.TryGetProperty("id", out var idValue))
        {
            switch (idValue.ValueKind)
            {
                case JsonValueKind.String when !string.IsNullOrWhiteSpace(idValue.GetString()):
                    id = idValue.GetString()!;
                    break;
                case JsonValueKind.Number: // database exports often number their rows
                    id = idValue.GetRawText();
                    break;
                case JsonValueKind.String or JsonValueKind.Null:
                    break;
                default:
                    return Failure(input, line, InputProblems.BadId(idValue));
            }
        }

        // The article's own date beats the override: the override is for inputs that do not carry one.
        var published = publishedOverride;
        if (element.TryGetProperty("published", out var publishedValue) && publishedValue.ValueKind != JsonValueKind.Null)
        {
            var raw = publishedValue.ValueKind == JsonValueKind.String ? publishedValue.GetString() : null;
            if (raw is not null && string.IsNullOrWhiteSpace(raw))
            {
                // "" is how many exporters write "no date".
            }
            else if (IsoDate.TryParse(raw, out var date))
            {
                published = date;
            }
            else
            {
                return Failure(input, line, InputProblems.BadDate(publishedValue));
            }
        }

        if (!TryOptionalString(element, "source", out var source, out var sourceProblem)) return Failure(input, line, sourceProblem);
        if (!TryOptionalString(element, "url", out var url, out var urlProblem)) return Failure(input, line, urlProblem);
        return ReadResult.Success(new Article(id, text, published, source, url));
    }

    static bool TryOptionalString(JsonElement element, string field, out string? value, out string problem)
    {
        (value, problem) = (null, "");
        if (!element.TryGetProperty(field, out var property) || property.ValueKind == JsonValueKind.Null) return true;
        if (property.ValueKind != JsonValueKind.String)
        {
            problem = InputProblems.NotAString(field, property);
            return false;
        }
        var text = property.GetString();
        value = string.IsNullOrWhiteSpace(text) ? null : text;
        return true;
    }

    static ReadResult Failure(string input, int? line, string problem) => ReadResult.Failure(new BadInputException(input, line, problem));
}
