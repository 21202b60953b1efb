using System.Text;
using Sitrep.Core.Text.Input;

namespace Sitrep.Core.Tests.Text.Input;

public class ArticleReaderPropertyTests
{
    /// Spans index the text the reader hands on, so a text file's text must come out exactly as written
    /// (only a leading BOM goes), or not at all, with a reason.
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Read_AnyTextFile_TextUnchangedOrOneError(string? content)
    {
        content ??= "";
        using var dir = new TempDirectory();
        var bytes = Encoding.UTF8.GetBytes(content);
        var path = dir.Write("any.txt", bytes);

        var result = Assert.Single(new ArticleReader().Read([path], TextReader.Null));

        var written = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        return result.IsSuccess
            ? result.Article.Text == (bytes.AsSpan().StartsWith("\uFEFF"u8) ? Encoding.UTF8.GetString(bytes.AsSpan(3)) : written)
            : result.Error.Input == path && (string.IsNullOrWhiteSpace(written) || written.Contains('\0'));
    }

    /// Whatever the bytes, reading JSONL never throws, and never yields more results than lines.
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Read_AnyBytesAsJsonLines_NeverThrowsAtMostOneResultPerLine(byte[]? bytes)
    {
        bytes ??= [];
        using var dir = new TempDirectory();
        var path = dir.Write("any.jsonl", bytes);

        var results = new ArticleReader(maxBytes: 64).Read([path], TextReader.Null).ToList();

        var lines = bytes.Count(b => b == '\n') + 1;
        return results.Count >= 1 && results.Count <= lines && results.All(r => r.IsSuccess || r.Error.Input == path);
    }
}
