using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Core.Text.Input;

/// Reads what every Sitrep command is given -- files, directories and "-" for standard input -- as articles.
/// Bad input is reported as a ReadResult holding a BadInputException that names the input, the line and the
/// problem, and reading goes on with the rest. Results stream: a 100,000-line JSONL file is never held whole.
///
/// Formats, by extension: .jsonl/.ndjson one JSON article a line; .json one article object or an array of them;
/// .html/.htm a web page, its story found by a readability library (HtmlPageReader); .rss/.atom/.xml an RSS or
/// Atom feed, one article per item (FeedArticleParser); anything else plain text, one article. Standard input is
/// JSONL when its first non-blank character is '{', a feed when it starts with an XML declaration or an rss, feed
/// or rdf:RDF tag, an HTML page when it starts with an html doctype or html tag, and plain text otherwise.
///
/// Text from plain-text and JSON inputs is handed on exactly as decoded (only a UTF-8 byte order mark is removed):
/// evidence spans index it, so line endings and whitespace are never rewritten. Pages and feeds are turned into
/// text here, once, and that text is what spans index. Holds only its settings and read-only tables, so one reader
/// serves any number of concurrent reads.
public sealed class ArticleReader
{
    /// The largest plain-text article, JSONL line or .json file read: 20 MB, far beyond any news article, small
    /// enough that a wrongly named dump is reported rather than loaded.
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// The path that means standard input.
    public const string StandardInputPath = "-";

    const string StandardInputName = "stdin";

    static readonly FrozenSet<string> JsonLinesExtensions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ".jsonl", ".ndjson");
    static readonly FrozenSet<string> HtmlExtensions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ".html", ".htm");
    static readonly FrozenSet<string> FeedExtensions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ".rss", ".atom", ".xml");

    static readonly string[] DirectoryExtensions = [".txt", ".text", ".md", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".rss", ".atom", ".xml"];
    static readonly FrozenSet<string> DirectoryExtensionSet = DirectoryExtensions.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    static readonly EnumerationOptions DirectoryWalk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, // dot files and dot directories on Unix
        IgnoreInaccessible = true,
        MaxRecursionDepth = 64, // a symbolic link loop ends here instead of running until the path is too long
    };

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Its tables are read from data/ once, on the first page or feed, and shared: it holds nothing per page.
    static readonly Lazy<HtmlPageReader> Pages = new(HtmlPageReader.CreateDefault);

    readonly long _maxBytes;

    public ArticleReader(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _maxBytes = maxBytes;
    }

    public long MaxBytes => _maxBytes;

    /// The extensions read from a directory; a file named on its own is read whatever its extension.
    public static IReadOnlyList<string> DirectoryFileExtensions => DirectoryExtensions;

    /// Standard input decoded strictly, so invalid UTF-8 on stdin is reported like it is for files rather than
    /// silently replaced. Hosts pass this to Read.
    public static TextReader OpenStandardInput() =>
        new StreamReader(Console.OpenStandardInput(), StrictUtf8, detectEncodingFromByteOrderMarks: true);

    /// Reads each path in order ("-" is stdin). No paths, no results: the host decides whether that means stdin.
    /// publishedOverride is the date for articles whose input does not give one (plain text, JSONL lines and
    /// pages without a date); a date in the input wins.
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, TextReader stdin, DateOnly? publishedOverride = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(stdin);
        return ReadPaths(paths, stdin, publishedOverride);
    }

    IEnumerable<ReadResult> ReadPaths(IEnumerable<string> paths, TextReader stdin, DateOnly? publishedOverride)
    {
        var stdinRead = false;
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (path == StandardInputPath)
            {
                if (stdinRead)
                {
                    yield return Failure(StandardInputName, null, InputProblems.StdinTwice);
                    continue;
                }
                stdinRead = true;
                foreach (var result in Guarded(StandardInputName, ReadStandardInput(stdin, publishedOverride))) yield return result;
            }
            else if (string.IsNullOrWhiteSpace(path))
            {
                yield return Failure($"\"{path}\"", null, InputProblems.EmptyPath);
            }
            else if (Directory.Exists(path))
            {
                foreach (var result in ReadDirectory(path, publishedOverride)) yield return result;
            }
            else if (File.Exists(path))
            {
                foreach (var result in Guarded(path, ReadFile(path, publishedOverride))) yield return result;
            }
            else
            {
                yield return Failure(path, null, InputProblems.NoSuchPath);
            }
        }
    }

    IEnumerable<ReadResult> ReadDirectory(string directory, DateOnly? publishedOverride)
    {
        List<string> files;
        string? problem = null;
        try
        {
            // Ordinal order, so the same directory always gives the same articles in the same order.
            files = [.. Directory.EnumerateFiles(directory, "*", DirectoryWalk)
                .Where(file => DirectoryExtensionSet.Contains(Path.GetExtension(file)) && !IsHidden(directory, file))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            files = [];
            problem = InputProblems.Unreadable(exception);
        }
        if (problem is null && files.Count == 0) problem = InputProblems.EmptyDirectory(DirectoryExtensions);
        if (problem is not null)
        {
            yield return Failure(directory, null, problem);
            yield break;
        }
        foreach (var file in files)
            foreach (var result in Guarded(file, ReadFile(file, publishedOverride))) yield return result;
    }

    // Belt and braces for file systems that do not mark dot files hidden: no path segment may start with '.'.
    static bool IsHidden(string directory, string file) =>
        Path.GetRelativePath(directory, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(segment => segment.StartsWith('.'));

    // An iterator, so nothing touches the file until the results are asked for, inside Guarded.
    IEnumerable<ReadResult> ReadFile(string path, DateOnly? publishedOverride)
    {
        var extension = Path.GetExtension(path);
        var results = JsonLinesExtensions.Contains(extension) ? ReadJsonLinesFile(path, publishedOverride)
            : string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase) ? ReadJsonFile(path, publishedOverride)
            : ReadDocumentFile(path, HtmlExtensions.Contains(extension) ? DocumentKind.Html
                : FeedExtensions.Contains(extension) ? DocumentKind.Feed : DocumentKind.Text, publishedOverride);
        foreach (var result in results) yield return result;
    }

    enum DocumentKind { Text, Html, Feed }

    IEnumerable<ReadResult> ReadDocumentFile(string path, DocumentKind kind, DateOnly? publishedOverride)
    {
        var length = new FileInfo(path).Length;
        if (length > _maxBytes) return [Failure(path, null, InputProblems.TooBig("file", length, _maxBytes))];
        var (text, problem) = LoadText(path);
        if (problem is not null) return [Failure(path, null, problem)];
        var id = Path.GetFileNameWithoutExtension(path);
        return kind switch
        {
            DocumentKind.Html => [FromHtml(path, id, text, publishedOverride)],
            DocumentKind.Feed => FeedArticleParser.Parse(path, id, text, publishedOverride, Pages.Value.Extractor),
            _ => [Text(path, id, text, publishedOverride)],
        };
    }

    IEnumerable<ReadResult> ReadJsonFile(string path, DateOnly? publishedOverride)
    {
        var length = new FileInfo(path).Length;
        if (length > _maxBytes) return [Failure(path, null, InputProblems.JsonFileTooBig(length, _maxBytes))];
        var bytes = File.ReadAllBytes(path);
        var bom = TextBytes.BomLength(bytes);
        var problem = CheckBytes(bytes);
        if (problem is null && !System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(bom)))
        {
            TextBytes.TryDecode(bytes.AsSpan(bom), out _, out var bad, out var offset);
            problem = InputProblems.InvalidUtf8("file", bad, offset + bom);
        }
        if (problem is not null) return [Failure(path, null, problem)];
        var json = bytes.AsSpan(bom);
        return JsonArticleParser.ParseDocument(path, Path.GetFileNameWithoutExtension(path), json, publishedOverride);
    }

    IEnumerable<ReadResult> ReadJsonLinesFile(string path, DateOnly? publishedOverride)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var head = new byte[TextBytes.SniffLength];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var problem = headLength == 0 ? InputProblems.Empty("file") : TextBytes.SniffProblem(head.AsSpan(0, headLength), "file");
        if (problem is not null)
        {
            yield return Failure(path, null, problem);
            yield break;
        }
        stream.Position = 0;
        foreach (var result in ParseJsonLines(path, Path.GetFileName(path), LineSplitter.Utf8Lines(stream, _maxBytes), publishedOverride))
            yield return result;
    }

    IEnumerable<ReadResult> ReadStandardInput(TextReader stdin, DateOnly? publishedOverride)
    {
        // Read until the first non-blank character, which decides the format; what was read is replayed after.
        var start = new StringBuilder();
        var buffer = new char[4096];
        var first = -1;
        int read;
        while (first < 0 && (read = stdin.Read(buffer, 0, buffer.Length)) > 0)
        {
            var scanFrom = start.Length;
            start.Append(buffer, 0, read);
            for (var i = scanFrom; i < start.Length && first < 0; i++)
                if (!char.IsWhiteSpace(start[i]) && start[i] != '\uFEFF') first = i;
        }
        var prefix = start.ToString();
        if (prefix.Length > 0 && prefix[0] == '\uFEFF') prefix = prefix[1..]; // a BOM the host's reader kept
        var problem = prefix.Length == 0 ? InputProblems.Empty("input") : first < 0 ? InputProblems.Blank("input") : null;
        if (problem is not null)
        {
            yield return Failure(StandardInputName, null, problem);
            yield break;
        }

        var chunks = Chunks(prefix, stdin);
        if (prefix.TrimStart()[0] == '{')
        {
            foreach (var result in ParseJsonLines(StandardInputName, StandardInputName, LineSplitter.Lines(chunks, _maxBytes), publishedOverride))
                yield return result;
            yield break;
        }

        var (text, size) = ReadAllText(chunks);
        if (size > _maxBytes)
            yield return Failure(StandardInputName, null, InputProblems.TooBig("input", size, _maxBytes));
        else if (text.AsSpan(0, Math.Min(text.Length, TextBytes.SniffLength)).Contains('\0'))
            yield return Failure(StandardInputName, null, InputProblems.Binary("input"));
        else if (FeedArticleParser.LooksLikeFeed(text))
            foreach (var result in FeedArticleParser.Parse(StandardInputName, StandardInputName, text, publishedOverride, Pages.Value.Extractor)) yield return result;
        else if (LooksLikeHtml(text))
            yield return FromHtml(StandardInputName, StandardInputName, text, publishedOverride);
        else
            yield return Text(StandardInputName, StandardInputName, text, publishedOverride);
    }

    static IEnumerable<ReadOnlyMemory<char>> Chunks(string prefix, TextReader reader)
    {
        yield return prefix.AsMemory();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0) yield return buffer.AsMemory(0, read);
    }

    /// All the text, unless it is over the limit: then only its size, counted without keeping it.
    (string Text, long Size) ReadAllText(IEnumerable<ReadOnlyMemory<char>> chunks)
    {
        var text = new StringBuilder();
        long size = 0;
        foreach (var chunk in chunks)
        {
            size += Encoding.UTF8.GetByteCount(chunk.Span);
            if (size <= _maxBytes) text.Append(chunk);
            else text.Clear();
        }
        return (text.ToString(), size);
    }

    static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    static IEnumerable<ReadResult> ParseJsonLines(string input, string idPrefix, IEnumerable<TextLine> lines, DateOnly? publishedOverride)
    {
        var any = false;
        foreach (var line in lines)
        {
            if (line.Problem is not null)
            {
                any = true;
                yield return Failure(input, line.Number, line.Problem);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            any = true;
            yield return JsonArticleParser.ParseLine(input, line, $"{idPrefix}:{line.Number}", publishedOverride);
        }
        if (!any) yield return Failure(input, null, InputProblems.NoArticles(input == StandardInputName ? "input" : "file"));
    }

    /// A whole file's text, or why there is none. The caller has checked its size.
    static (string Text, string? Problem) LoadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var problem = CheckBytes(bytes);
        if (problem is not null) return ("", problem);
        var bom = TextBytes.BomLength(bytes);
        if (!TextBytes.TryDecode(bytes.AsSpan(bom), out var text, out var bad, out var offset))
            return ("", InputProblems.InvalidUtf8("file", bad, offset + bom));
        return string.IsNullOrWhiteSpace(text) ? ("", InputProblems.Blank("file")) : (text, null);
    }

    /// Empty, binary or UTF-16: what can be told before decoding.
    static string? CheckBytes(byte[] bytes)
    {
        if (bytes.Length == TextBytes.BomLength(bytes)) return InputProblems.Empty("file");
        return TextBytes.SniffProblem(bytes, "file");
    }

    static ReadResult Text(string input, string id, string text, DateOnly? publishedOverride) =>
        string.IsNullOrWhiteSpace(text)
            ? Failure(input, null, InputProblems.Blank(input == StandardInputName ? "input" : "file"))
            : ReadResult.Success(new Article(id, text, publishedOverride));

    static ReadResult FromHtml(string input, string id, string html, DateOnly? publishedOverride)
    {
        var page = Pages.Value.Read(html);
        if (string.IsNullOrWhiteSpace(page.Text)) return Failure(input, null, InputProblems.NoHtmlText);
        return ReadResult.Success(new Article(id, page.Text, page.Published ?? publishedOverride, page.Source, page.Url));
    }

    /// Runs one input's reader, turning a failure of the file system or of stdin's decoder part way through into
    /// a result for that input, so the inputs after it are still read.
    static IEnumerable<ReadResult> Guarded(string input, IEnumerable<ReadResult> results)
    {
        using var enumerator = results.GetEnumerator();
        while (true)
        {
            ReadResult next;
            var last = false;
            try
            {
                if (!enumerator.MoveNext()) yield break;
                next = enumerator.Current;
            }
            catch (DecoderFallbackException exception)
            {
                next = Failure(input, null, exception.BytesUnknown is [var bad, ..]
                    ? $"input is not valid UTF-8 (byte 0x{bad:X2})"
                    : InputProblems.InvalidUtf8("input"));
                last = true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                next = Failure(input, null, InputProblems.Unreadable(exception));
                last = true;
            }
            yield return next;
            if (last) yield break;
        }
    }

    static ReadResult Failure(string input, int? line, string problem) => ReadResult.Failure(new BadInputException(input, line, problem));
}
