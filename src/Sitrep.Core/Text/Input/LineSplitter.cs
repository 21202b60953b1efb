using System.Text;

namespace Sitrep.Core.Text.Input;

/// Splits JSONL input into lines without ever holding more than one line, and never more than maxBytes of it:
/// a runaway line (a file with no newlines) is measured and reported, not loaded.
internal static class LineSplitter
{
    const int BufferSize = 64 * 1024;

    public static IEnumerable<TextLine> Utf8Lines(Stream stream, long maxBytes)
    {
        var buffer = new byte[BufferSize];
        using var line = new MemoryStream();
        long lineLength = 0;
        var number = 1;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                var length = end - start;
                // Once over the limit the line is only counted: its size goes into the message.
                if (lineLength + length <= maxBytes) line.Write(buffer, start, length);
                lineLength += length;
                if (newline < 0) break;
                yield return Utf8Line(number, line, lineLength, maxBytes);
                number++;
                line.SetLength(0);
                lineLength = 0;
                start = newline + 1;
            }
        }
        if (lineLength > 0) yield return Utf8Line(number, line, lineLength, maxBytes);
    }

    static TextLine Utf8Line(int number, MemoryStream line, long length, long maxBytes)
    {
        if (length > maxBytes) return new TextLine(number, "", InputProblems.TooBig("line", length, maxBytes));
        var bytes = line.GetBuffer().AsSpan(0, checked((int)line.Length));
        var bom = number == 1 ? TextBytes.BomLength(bytes) : 0;
        if (TextBytes.TryDecode(bytes[bom..], out var text, out var bad, out var offset)) return new TextLine(number, text, null);
        return new TextLine(number, "", InputProblems.InvalidUtf8("line", bad, offset + bom, " in the line"));
    }

    /// The same for text that is already decoded (standard input), given as consecutive chunks.
    public static IEnumerable<TextLine> Lines(IEnumerable<ReadOnlyMemory<char>> chunks, long maxBytes)
    {
        var line = new StringBuilder();
        long lineBytes = 0;
        var number = 1;
        foreach (var chunk in chunks)
        {
            var start = 0;
            while (start < chunk.Length)
            {
                var newline = chunk.Span[start..].IndexOf('\n');
                var end = newline < 0 ? chunk.Length : start + newline;
                var segment = chunk[start..end];
                var segmentBytes = Encoding.UTF8.GetByteCount(segment.Span);
                if (lineBytes + segmentBytes <= maxBytes) line.Append(segment);
                lineBytes += segmentBytes;
                if (newline < 0) break;
                yield return CharLine(number, line, lineBytes, maxBytes);
                number++;
                line.Clear();
                lineBytes = 0;
                start = end + 1;
            }
        }
        if (lineBytes > 0) yield return CharLine(number, line, lineBytes, maxBytes);
    }

    static TextLine CharLine(int number, StringBuilder line, long bytes, long maxBytes) =>
        bytes > maxBytes
            ? new TextLine(number, "", InputProblems.TooBig("line", bytes, maxBytes))
            : new TextLine(number, line.ToString(), null);
}
