using System.Globalization;
using System.Text.Json;

namespace Sitrep.Core.Text.Input;

/// The wording of every problem the reader reports, in one place so messages stay consistent (NodaTime keeps its
/// TextErrorMessages the same way). Each reads after "input:line: ", naming what was wrong and how to fix it.
internal static class InputProblems
{
    public const string NoSuchPath = "no such file or directory";
    public const string EmptyPath = "the path is empty";
    public const string StdinTwice = "\"-\" (standard input) is named more than once; it can be read only once";
    public const string ExampleObject = "{\"id\": \"a1\", \"text\": \"...\", \"published\": \"2016-10-03\"}";

    public static string Empty(string noun) => $"{noun} is empty";

    public static string Blank(string noun) => $"{noun} has only whitespace, no text";

    public static string Binary(string noun) => $"{noun} looks binary, not text (it has NUL bytes)";

    public static string Utf16(string noun) => $"{noun} is UTF-16 text; save it as UTF-8";

    public static string InvalidUtf8(string noun, byte value, long offset, string where = "") =>
        $"{noun} is not valid UTF-8 (byte 0x{value:X2} at offset {offset.ToString(CultureInfo.InvariantCulture)}{where})";

    public static string InvalidUtf8(string noun) => $"{noun} is not valid UTF-8";

    public static string TooBig(string noun, long size, long limit) =>
        $"{noun} is {Measured(size)}; the limit is {ByteSize(limit)} per article: split it or pass --max-bytes";

    public static string JsonFileTooBig(long size, long limit) =>
        $"file is {Measured(size)}; the limit is {ByteSize(limit)} per .json file: " +
        "write one article a line as .jsonl, or pass --max-bytes";

    public static string Unreadable(Exception exception) => $"cannot be read: {exception.Message}";

    public static string EmptyDirectory(IEnumerable<string> extensions) =>
        $"directory has no files to read (looked for {string.Join(", ", extensions)})";

    public static string NoHtmlText => "file has no text once the HTML markup is removed";

    public static string NotXml(System.Xml.XmlException exception)
    {
        // XmlException messages end in " Line 3, position 7."; the line is said by the caller.
        var reason = exception.Message;
        var cut = reason.IndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0) reason = reason[..cut];
        reason = reason.TrimEnd('.', ' ');
        var column = exception.LinePosition > 0 ? $" (column {exception.LinePosition.ToString(CultureInfo.InvariantCulture)})" : "";
        return $"feed is not well-formed XML: {reason}{column}";
    }

    public static string NotAFeed(string root) =>
        $"XML document's root is <{root}>; expected an RSS or Atom feed (<rss>, <feed> or <rdf:RDF>)";

    public static string UnreadableFeed(Exception exception) => $"feed cannot be read: {exception.Message}";

    public static string EmptyFeed => "feed has no items";

    public static string EmptyItem(int index) =>
        $"item {index.ToString(CultureInfo.InvariantCulture)} has no title, description or content";

    public static string BadItemDate(int index, string raw)
    {
        const int Longest = 60;
        var shown = raw.Length <= Longest ? raw : string.Concat(raw.AsSpan(0, Longest), "...");
        return $"item {index.ToString(CultureInfo.InvariantCulture)}: its date is \"{shown}\"; expected a date like \"Mon, 03 Oct 2016 08:00:00 GMT\" or 2016-10-03";
    }

    public static string NoArticles(string noun) => $"{noun} has no articles, only blank lines";

    public static string EmptyArray => "file holds an empty array: no articles";

    public static string NotJson(string noun, JsonException exception)
    {
        // JsonException messages end in " LineNumber: 0 | BytePositionInLine: 7."; say it once, in our words.
        var reason = exception.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) reason = reason[..cut];
        reason = reason.TrimEnd('.', ' ');
        var column = exception.BytePositionInLine is { } position ? $" (column {position + 1})" : "";
        return $"{noun} is not valid JSON: {reason}{column}";
    }

    public static string NotJsonText(string noun) => $"{noun} is not valid JSON: it holds text that is not valid Unicode";

    public static string NotAnObject(string noun, JsonElement element) =>
        $"{noun} is {Shown(element)}; expected an object like {ExampleObject}";

    public static string NotObjectOrArray(JsonElement element) =>
        $"file is {Shown(element)}; expected an object like {ExampleObject} or an array of them";

    public static string MissingText => "\"text\" is missing; every article needs its text";

    public static string EmptyText => "\"text\" is empty; every article needs its text";

    public static string NotAString(string field, JsonElement element) => $"\"{field}\" is {Shown(element)}; expected a string";

    public static string BadId(JsonElement element) => $"\"id\" is {Shown(element)}; expected a string or a number";

    public static string BadDate(JsonElement element) => $"\"published\" is {Shown(element)}; expected a date like 2016-10-03";

    /// The value as it stands in the input (strings keep their quotes), cut short so one message stays one line.
    public static string Shown(JsonElement element)
    {
        const int Longest = 60;
        var raw = element.GetRawText();
        return raw.Length <= Longest ? raw : string.Concat(raw.AsSpan(0, Longest), "...");
    }

    /// A measured size, always with one decimal ("21.0 MB") so it never looks equal to a limit it is over.
    public static string Measured(long bytes)
    {
        const long KB = 1024, MB = 1024 * 1024;
        var invariant = CultureInfo.InvariantCulture;
        if (bytes >= MB) return $"{(bytes / (double)MB).ToString("0.0", invariant)} MB";
        if (bytes >= KB) return $"{(bytes / (double)KB).ToString("0.0", invariant)} KB";
        return bytes == 1 ? "1 byte" : $"{bytes.ToString(invariant)} bytes";
    }

    /// A limit as the user set it: "20 MB", "1.5 MB", "100 bytes".
    public static string ByteSize(long bytes)
    {
        const long KB = 1024, MB = 1024 * 1024;
        var invariant = CultureInfo.InvariantCulture;
        if (bytes >= MB)
            return bytes % MB == 0 ? $"{(bytes / MB).ToString(invariant)} MB" : $"{(bytes / (double)MB).ToString("0.0", invariant)} MB";
        if (bytes >= KB)
            return bytes % KB == 0 ? $"{(bytes / KB).ToString(invariant)} KB" : $"{(bytes / (double)KB).ToString("0.0", invariant)} KB";
        return bytes == 1 ? "1 byte" : $"{bytes.ToString(invariant)} bytes";
    }
}
