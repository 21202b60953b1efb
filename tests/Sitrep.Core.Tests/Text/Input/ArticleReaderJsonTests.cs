using Sitrep.Core.Text;
using Sitrep.Core.Text.Input;

namespace Sitrep.Core.Tests.Text.Input;

public sealed class ArticleReaderJsonTests : IDisposable
{
    static readonly DateOnly Override = new(2020, 1, 1);
    readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    List<ReadResult> ReadFile(string name, string content, DateOnly? publishedOverride = null, long maxBytes = ArticleReader.DefaultMaxBytes) =>
        [.. new ArticleReader(maxBytes).Read([_dir.Write(name, content)], TextReader.Null, publishedOverride)];

    [Fact]
    public void Read_JsonLinesWithLineTwoMalformed_ArticlesFromLinesOneAndThreeAndAnErrorNamingLineTwo()
    {
        var results = ReadFile("articles.jsonl",
            "{\"id\": \"a1\", \"text\": \"First report.\", \"published\": \"2016-10-03\"}\n" +
            "{\"id\": \"a2\", \"text\": \"Second report.\",\n" +
            "{\"id\": \"a3\", \"text\": \"Third report.\", \"source\": \"Wire\", \"url\": \"https://example.org/3\"}\n");

        Assert.Equal(3, results.Count);
        Assert.Equal(new Article("a1", "First report.", new DateOnly(2016, 10, 3)), results[0].Article);
        var error = results[1].Error;
        Assert.NotNull(error);
        Assert.Equal(_dir.PathOf("articles.jsonl"), error.Input);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("line is not valid JSON: ", error.Problem, StringComparison.Ordinal);
        Assert.EndsWith("(column 38)", error.Problem, StringComparison.Ordinal);
        Assert.Equal(new Article("a3", "Third report.", null, "Wire", "https://example.org/3"), results[2].Article);
    }

    public static TheoryData<string, string, string?, string?> LineCases => new()
    {
        // line, expected id, expected published, expected error problem (null: an article)
        { "{\"text\": \"No id.\"}", "a.jsonl:1", null, null },
        { "{\"id\": 17, \"text\": \"Numeric id.\"}", "17", null, null },
        { "{\"id\": \"\", \"text\": \"Blank id.\"}", "a.jsonl:1", null, null },
        { "{\"id\": \"x\", \"text\": \"Date.\", \"published\": \"2016-10-03\"}", "x", "2016-10-03", null },
        { "{\"id\": \"x\", \"text\": \"Stamp.\", \"published\": \"2016-10-03T08:00:00Z\"}", "x", "2016-10-03", null },
        { "{\"id\": \"x\", \"text\": \"Offset kept.\", \"published\": \"2016-10-03T23:30:00-05:00\"}", "x", "2016-10-03", null },
        { "{\"id\": \"x\", \"text\": \"Null date.\", \"published\": null}", "x", null, null },
        { "{\"id\": \"x\", \"text\": \"Unknown fields.\", \"lang\": \"en\", \"tags\": [1, 2], \"meta\": {}}", "x", null, null },
        { "{\"id\": \"x\", \"text\": \"Escaped\\r\\nCRLF.\"}", "x", null, null },
        { "{\"id\": \"x\", \"text\": \"Bad month.\", \"published\": \"2016-13-03\"}", "", null, "\"published\" is \"2016-13-03\"; expected a date like 2016-10-03" },
        { "{\"id\": \"x\", \"text\": \"US date.\", \"published\": \"10/03/2016\"}", "", null, "\"published\" is \"10/03/2016\"; expected a date like 2016-10-03" },
        { "{\"id\": \"x\", \"text\": \"Bad time.\", \"published\": \"2016-10-03T25:00:00Z\"}", "", null, "\"published\" is \"2016-10-03T25:00:00Z\"; expected a date like 2016-10-03" },
        { "{\"id\": \"x\", \"text\": \"Number date.\", \"published\": 20161003}", "", null, "\"published\" is 20161003; expected a date like 2016-10-03" },
        { "{\"id\": \"x\"}", "", null, "\"text\" is missing; every article needs its text" },
        { "{\"id\": \"x\", \"text\": \"  \"}", "", null, "\"text\" is empty; every article needs its text" },
        { "{\"id\": \"x\", \"text\": [\"a\"]}", "", null, "\"text\" is [\"a\"]; expected a string" },
        { "{\"id\": {\"n\": 1}, \"text\": \"t\"}", "", null, "\"id\" is {\"n\": 1}; expected a string or a number" },
        { "{\"id\": \"x\", \"text\": \"t\", \"url\": 5}", "", null, "\"url\" is 5; expected a string" },
        { "[\"text\", \"an array\"]", "", null, "line is [\"text\", \"an array\"]; expected an object like {\"id\": \"a1\", \"text\": \"...\", \"published\": \"2016-10-03\"}" },
        { "{\"id\": \"x\", \"text\": \"t\"} {\"id\": \"y\"}", "", null, "line is not valid JSON: '{' is invalid after a single JSON value. Expected end of data (column 26)" },
    };

    [Theory, MemberData(nameof(LineCases))]
    public void Read_JsonLine_ArticleOrErrorNamingTheLine(string line, string id, string? published, string? problem)
    {
        var result = Assert.Single(ReadFile("a.jsonl", line + "\n"));

        if (problem is null)
        {
            Assert.True(result.IsSuccess, result.ToString());
            Assert.Equal(id, result.Article.Id);
            Assert.Equal(published, result.Article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.Equal(1, result.Error.Line);
            Assert.Equal(problem, result.Error.Problem);
        }
    }

    [Fact]
    public void Read_JsonLineWithBadDate_MessageInTheHouseFormat()
    {
        var lines = string.Concat(Enumerable.Repeat("{\"text\": \"ok\"}\n", 16)) + "{\"text\": \"t\", \"published\": \"2016-13-03\"}\n";

        var error = ReadFile("articles.jsonl", lines)[16].Error;

        Assert.Equal(_dir.PathOf("articles.jsonl") + ":17: \"published\" is \"2016-13-03\"; expected a date like 2016-10-03", error?.Message);
    }

    [Fact]
    public void Read_JsonLinesWithOverride_OverrideFillsOnlyLinesWithoutADate()
    {
        var results = ReadFile("a.ndjson",
            "{\"id\": \"dated\", \"text\": \"t\", \"published\": \"2016-10-03\"}\n{\"id\": \"undated\", \"text\": \"t\"}\n", Override);

        Assert.Equal([new DateOnly(2016, 10, 3), Override], results.Select(r => r.Article?.Published));
    }

    [Fact]
    public void Read_JsonLinesWithBlankLinesCrLfAndBom_BlankLinesSkippedAndLinesNumberedAsInTheFile()
    {
        var results = ReadFile("a.jsonl", "\uFEFF{\"text\": \"one\"}\r\n\r\n   \r\n{\"text\": \"two\\r\\nlines\"}\r\n{bad\r\n");

        Assert.Equal(3, results.Count);
        Assert.Equal(["a.jsonl:1", "a.jsonl:4"], results.Take(2).Select(r => r.Article?.Id));
        Assert.Equal("two\r\nlines", results[1].Article?.Text);
        Assert.Equal(5, results[2].Error?.Line);
    }

    [Fact]
    public void Read_JsonLineOverTheLimit_ErrorForThatLineAndTheOthersRead()
    {
        var longText = new string('x', 2000);
        var results = ReadFile("a.jsonl", $"{{\"text\": \"short\"}}\n{{\"text\": \"{longText}\"}}\n{{\"text\": \"after\"}}", maxBytes: 1024);

        Assert.Equal(["short", null, "after"], results.Select(r => r.Article?.Text));
        Assert.Equal(2, results[1].Error?.Line);
        Assert.Equal("line is 2.0 KB; the limit is 1 KB per article: split it or pass --max-bytes", results[1].Error?.Problem);
    }

    [Fact]
    public void Read_JsonLineWithInvalidUtf8_ErrorNamingLineAndOffset()
    {
        var path = _dir.Write("a.jsonl", [.. "{\"text\": \"ok\"}\n{\"text\": \"caf"u8, 0xE9, .. "\"}\n{\"text\": \"ok\"}\n"u8]);

        var results = new ArticleReader().Read([path], TextReader.Null).ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal($"{path}:2: line is not valid UTF-8 (byte 0xE9 at offset 13 in the line)", results[1].Error?.Message);
        Assert.True(results[2].IsSuccess);
    }

    public static TheoryData<string, string> BadJsonLinesFileCases => new()
    {
        { "", "file is empty" },
        { "\n\n  \n", "file has no articles, only blank lines" },
        { "{\"text\": \"a\u0000b\"}", "file looks binary, not text (it has NUL bytes)" },
    };

    [Theory, MemberData(nameof(BadJsonLinesFileCases))]
    public void Read_BadJsonLinesFile_OneErrorForTheFile(string content, string problem)
    {
        var error = Assert.Single(ReadFile("a.jsonl", content)).Error;

        Assert.Null(error?.Line);
        Assert.Equal(problem, error?.Problem);
    }

    [Fact]
    public void Read_JsonFileWithOneObject_OneArticleNamedAfterTheFileWhenIdMissing()
    {
        var article = Assert.Single(ReadFile("report.json", "{\n  \"text\": \"One.\",\n  \"published\": \"2016-10-03\"\n}\n")).Article;

        Assert.Equal(new Article("report", "One.", new DateOnly(2016, 10, 3)), article);
    }

    [Fact]
    public void Read_JsonFileWithArray_ArticlesAndItemErrorsNamingTheLineTheyStartOn()
    {
        var results = ReadFile("batch.json", """
            [
              {"id": "a", "text": "One."},
              {
                "id": "b",
                "published": "2016-02-30",
                "text": "Bad date."
              },
              {"text": "No id."},
              42
            ]
            """);

        Assert.Equal(4, results.Count);
        Assert.Equal("a", results[0].Article?.Id);
        Assert.Equal((3, "\"published\" is \"2016-02-30\"; expected a date like 2016-10-03"), (results[1].Error!.Line!.Value, results[1].Error!.Problem));
        Assert.Equal("batch#3", results[2].Article?.Id);
        Assert.Equal((9, "item 4 is 42; expected an object like {\"id\": \"a1\", \"text\": \"...\", \"published\": \"2016-10-03\"}"),
            (results[3].Error!.Line!.Value, results[3].Error!.Problem));
    }

    public static TheoryData<string, int?, string> BadJsonFileCases => new()
    {
        { "[]", null, "file holds an empty array: no articles" },
        { "\"just a string\"", null, "file is \"just a string\"; expected an object like {\"id\": \"a1\", \"text\": \"...\", \"published\": \"2016-10-03\"} or an array of them" },
        { "[\n{\"text\": \"a\"},\n{\"text\": }\n]", 3, "file is not valid JSON: '}' is an invalid start of a value (column 10)" },
        { "{\"text\": \"a\"}\ntrailing", 2, "file is not valid JSON: 't' is invalid after a single JSON value. Expected end of data (column 1)" },
    };

    [Theory, MemberData(nameof(BadJsonFileCases))]
    public void Read_BadJsonFile_ErrorNamingTheLine(string content, int? line, string problem)
    {
        var error = ReadFile("a.json", content).Last().Error;

        Assert.Equal(line, error?.Line);
        Assert.Equal(problem, error?.Problem);
    }

    [Fact]
    public void Read_JsonFileOverTheLimit_ErrorSuggestsJsonLines()
    {
        var error = Assert.Single(ReadFile("a.json", $"[{{\"text\": \"{new string('x', 2000)}\"}}]", maxBytes: 1024)).Error;

        Assert.Equal("file is 2.0 KB; the limit is 1 KB per .json file: write one article a line as .jsonl, or pass --max-bytes", error?.Problem);
    }
}
