using System.Text;
using Sitrep.Core.Text.Input;

namespace Sitrep.Core.Tests.Text.Input;

public sealed class ArticleReaderFileTests : IDisposable
{
    static readonly DateOnly Published = new(2016, 10, 3);
    readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    static List<ReadResult> Read(ArticleReader reader, params string[] paths) => [.. reader.Read(paths, TextReader.Null)];

    static List<ReadResult> Read(params string[] paths) => Read(new ArticleReader(), paths);

    [Fact]
    public void Read_PlainTextFile_OneArticleNamedAfterTheFile()
    {
        var path = _dir.Write("kismayo-attack.txt", "Gunmen attacked a base.\nTwo soldiers died.\n");

        var article = Assert.Single(Read(path)).Article;

        Assert.NotNull(article);
        Assert.Equal("kismayo-attack", article.Id);
        Assert.Equal("Gunmen attacked a base.\nTwo soldiers died.\n", article.Text);
        Assert.Null(article.Published);
        Assert.Null(article.Source);
    }

    [Fact]
    public void Read_PlainTextWithOverride_TakesTheOverrideDate()
    {
        var path = _dir.Write("a.md", "Shelling hit the market.");

        var article = Assert.Single(new ArticleReader().Read([path], TextReader.Null, Published)).Article;

        Assert.Equal(Published, article?.Published);
    }

    public static TheoryData<string, byte[], string> TextKeptCases => new()
    {
        { "CRLF line endings stay", "One.\r\nTwo.\r\n"u8.ToArray(), "One.\r\nTwo.\r\n" },
        { "a BOM is dropped", [0xEF, 0xBB, 0xBF, .. "Attack in Aden."u8], "Attack in Aden." },
        { "leading space stays", "  \tIndented start.\n"u8.ToArray(), "  \tIndented start.\n" },
        { "non-ASCII text", "Raid near Mosul — «Qayyarah» 3 km south."u8.ToArray(), "Raid near Mosul — «Qayyarah» 3 km south." },
    };

    [Theory, MemberData(nameof(TextKeptCases))]
    public void Read_TextFile_TextHandedOnAsDecoded(string scenario, byte[] bytes, string expected)
    {
        var path = _dir.Write("article.txt", bytes);

        var result = Assert.Single(Read(path));

        Assert.True(result.IsSuccess, scenario);
        Assert.Equal(expected, result.Article.Text);
    }

    public static TheoryData<string, byte[], string> BadFileCases => new()
    {
        { "empty.txt", [], "empty.txt: file is empty" },
        { "bom-only.txt", [0xEF, 0xBB, 0xBF], "bom-only.txt: file is empty" },
        { "blank.md", "  \r\n\t\n"u8.ToArray(), "blank.md: file has only whitespace, no text" },
        { "photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "photo.txt: file looks binary, not text (it has NUL bytes)" },
        { "latin1.txt", [.. "Caf"u8, 0xE9, .. " bombed"u8], "latin1.txt: file is not valid UTF-8 (byte 0xE9 at offset 3)" },
        { "bom-latin1.txt", [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xFF], "bom-latin1.txt: file is not valid UTF-8 (byte 0xFF at offset 5)" },
        { "truncated.txt", [.. "end "u8, 0xE2, 0x80], "truncated.txt: file is not valid UTF-8 (byte 0xE2 at offset 4)" },
        { "wide.txt", [0xFF, 0xFE, (byte)'h', 0, (byte)'i', 0], "wide.txt: file is UTF-16 text; save it as UTF-8" },
        { "page.html", "<html><body><script>x()</script></body></html>"u8.ToArray(), "page.html: file has no text once the HTML markup is removed" },
    };

    [Theory, MemberData(nameof(BadFileCases))]
    public void Read_BadFile_OneErrorNamingTheFile(string name, byte[] bytes, string message)
    {
        var path = _dir.Write(name, bytes);

        var error = Assert.Single(Read(path)).Error;

        Assert.NotNull(error);
        Assert.Equal(path, error.Input);
        Assert.Null(error.Line);
        Assert.Equal(_dir.PathOf(message), error.Message);
    }

    [Fact]
    public void Read_MissingPath_ErrorAndTheOtherPathsStillRead()
    {
        var good = _dir.Write("good.txt", "Clashes in Taiz.");
        var missing = _dir.PathOf("nowhere.txt");

        var results = Read(missing, good);

        Assert.Equal(2, results.Count);
        Assert.Equal($"{missing}: no such file or directory", results[0].Error?.Message);
        Assert.Equal("good", results[1].Article?.Id);
    }

    [Fact]
    public void Read_DirectoryWithTwoGoodOneEmptyOneBinary_TwoArticlesAndTwoErrors()
    {
        _dir.Write("b.txt", "An airstrike hit a school.");
        _dir.Write("a.md", "Militants seized a village.");
        _dir.Write("c-empty.txt", "");
        _dir.Write("d-binary.txt", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]);

        var results = Read(_dir.Root);

        Assert.Equal(["a", "b"], results.Where(r => r.IsSuccess).Select(r => r.Article!.Id));
        Assert.Equal(
            [_dir.PathOf("c-empty.txt") + ": file is empty", _dir.PathOf("d-binary.txt") + ": file looks binary, not text (it has NUL bytes)"],
            results.Where(r => !r.IsSuccess).Select(r => r.Error!.Message));
    }

    [Fact]
    public void Read_Directory_RecursesInOrdinalOrderSkippingHiddenAndUnknownFiles()
    {
        _dir.Write("b.txt", "Second.");
        _dir.Write("B.txt", "Upper case sorts first in ordinal order.");
        _dir.Write("sub/a.htm", "<p>In a subfolder.</p>");
        _dir.Write("a.jsonl", "{\"id\": \"j1\", \"text\": \"From JSONL.\"}\n");
        _dir.Write("notes.csv", "skipped,unknown,extension");
        _dir.Write("image.png", [0x89, 0x50, 0x00]);
        _dir.Write(".hidden.txt", "Hidden file.");
        _dir.Write(".git/config.txt", "Hidden directory.");
        _dir.Write("README.TEXT", "Extensions match in any case.");

        var ids = Read(_dir.Root).Select(r => r.Article?.Id ?? r.Error!.Message);

        Assert.Equal(["B", "README", "j1", "b", "a"], ids);
    }

    [Fact]
    public void Read_DirectoryWithNothingToRead_OneErrorListingTheExtensions()
    {
        _dir.Write("data.csv", "a,b");

        var error = Assert.Single(Read(_dir.Root)).Error;

        Assert.Equal($"{_dir.Root}: directory has no files to read (looked for .txt, .text, .md, .jsonl, .ndjson, .json, .html, .htm, .rss, .atom, .xml)", error?.Message);
    }

    [Fact]
    public void Read_FileNamedExplicitlyWithUnknownExtension_ReadAsPlainText()
    {
        var path = _dir.Write("wire-report", "Rebels shelled the town.");

        Assert.Equal("Rebels shelled the town.", Assert.Single(Read(path)).Article?.Text);
    }

    [Fact]
    public void Read_FileOverTheDefaultLimit_ErrorGivingSizeAndLimit()
    {
        var path = _dir.PathOf("huge.txt");
        using (var file = File.Create(path))
        {
            var block = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
            for (var i = 0; i < 21; i++) file.Write(block);
        }
        var following = _dir.Write("next.txt", "Still read.");

        var results = Read(path, following);

        Assert.Equal($"{path}: file is 21.0 MB; the limit is 20 MB per article: split it or pass --max-bytes", results[0].Error?.Message);
        Assert.Equal("next", results[1].Article?.Id);
        var larger = Assert.Single(Read(new ArticleReader(maxBytes: 22L * 1024 * 1024), path)).Article;
        Assert.Equal(21 * 1024 * 1024, larger?.Text.Length);
    }

    [Fact]
    public void Read_SmallLimit_SizesShownToMatch()
    {
        var path = _dir.Write("a.txt", new string('x', 1500));

        var error = Assert.Single(Read(new ArticleReader(maxBytes: 1024), path)).Error;

        Assert.Equal("file is 1.5 KB; the limit is 1 KB per article: split it or pass --max-bytes", error?.Problem);
    }

    [Fact]
    public void Read_Results_AreStreamedLazily()
    {
        var good = _dir.Write("good.txt", "First.");

        // An endless list of paths: only what is asked for is read.
        static IEnumerable<string> Endless(string path)
        {
            while (true) yield return path;
        }

        Assert.Equal(3, new ArticleReader().Read(Endless(good), TextReader.Null).Take(3).Count(r => r.IsSuccess));
    }

    [Fact]
    public void Read_OneReaderUsedConcurrently_SameResultsEachTime()
    {
        for (var i = 0; i < 20; i++) _dir.Write($"r{i:D2}.txt", $"Report {i}.");
        _dir.Write("all.jsonl", string.Concat(Enumerable.Range(0, 200).Select(i => $"{{\"id\": \"j{i}\", \"text\": \"Line {i}.\"}}\n")));
        var reader = new ArticleReader();
        var expected = reader.Read([_dir.Root], TextReader.Null).Select(r => r.Article).ToList();

        var runs = Enumerable.Range(0, 8).AsParallel().Select(_ => reader.Read([_dir.Root], TextReader.Null).Select(r => r.Article).ToList()).ToList();

        Assert.Equal(220, expected.Count);
        Assert.All(runs, run => Assert.Equal(expected, run));
    }

    [Fact]
    public void Constructor_NonPositiveLimit_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleReader(maxBytes: 0));
}
