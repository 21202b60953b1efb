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

    /// Whatever a web page or feed holds, reading it never throws: articles with text, or errors naming the file.
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Read_AnyHtmlOrFeedFile_ArticlesWithTextOrErrorsNamingTheFile(string? content, bool feed)
    {
        content ??= "";
        using var dir = new TempDirectory();
        // Markup-heavy input finds more parser paths than random text alone.
        var path = dir.Write(feed ? "any.rss" : "any.html", feed ? $"<rss version=\"2.0\"><channel><item><title>{content}</title></item></channel></rss>" : $"<p>{content}</p><div>{content}");

        var results = new ArticleReader().Read([path], TextReader.Null).ToList();

        return results.Count >= 1 && results.All(r => r.IsSuccess ? !string.IsNullOrWhiteSpace(r.Article.Text) : r.Error.Input == path);
    }
}
