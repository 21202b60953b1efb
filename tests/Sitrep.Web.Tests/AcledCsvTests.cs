using Sitrep.Web.Api;

namespace Sitrep.Web.Tests;

public class AcledCsvTests
{
    static EventSummary Row(string? notes, string? actor1 = "Taliban", int? fatalities = 3) => new(
        "e1", new DateOnly(2016, 10, 3), 1, "Battles", "Armed clash", actor1, 2, null, null, "Afghanistan", "AF", "Kunduz", null,
        "Kunduz", 36.72896, 68.85703, 1, "Wire A; Wire B", notes, fatalities, fatalities, fatalities, null, null, null, 2, "current", null, null);

    public static TheoryData<string?, string> Notes => new()
    {
        { "plain words", "plain words" },
        { "a, b", "\"a, b\"" },
        { "he said \"no\"", "\"he said \"\"no\"\"\"" },
        { "two\nlines", "\"two\nlines\"" },
        { null, "" },
    };

    [Theory, MemberData(nameof(Notes))]
    public void Write_NotesCell_QuotedPerRfc4180(string? notes, string expected)
    {
        var csv = AcledCsv.Write([Row(notes)]);

        var body = csv[(csv.IndexOf("\r\n", StringComparison.Ordinal) + 2)..];
        Assert.Contains($",Wire A; Wire B,{expected},3,", body, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoFigure_FatalitiesZeroAsAcledAndRangesEmpty()
    {
        var csv = AcledCsv.Write([Row("n", fatalities: null)]);

        var cells = csv.Split("\r\n")[1].Split(',');
        var column = AcledCsv.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        Assert.Equal("0", cells[column["fatalities"]]);
        Assert.Equal("", cells[column["fatalities_low"]]);
        Assert.Equal("", cells[column["injuries"]]);
        Assert.Equal("68.85703", cells[column["longitude"]]);
        Assert.Equal("2", cells[column["source_count"]]);
    }

    [Fact]
    public void Write_NoEvents_HeaderOnly()
    {
        Assert.Equal(string.Join(',', AcledCsv.Columns) + "\r\n", AcledCsv.Write([]));
    }
}
