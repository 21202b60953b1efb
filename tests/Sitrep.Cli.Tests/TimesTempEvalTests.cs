using System.Xml.Linq;
using Sitrep.Cli.Evaluation;

namespace Sitrep.Cli.Tests;

/// The TempEval-3 reader and scorer on a small TimeML document written for these tests.
public sealed class TimesTempEvalTests : IDisposable
{
    const string Tiny = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>tiny</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2016-10-03" functionInDocument="CREATION_TIME">October 3, 2016</TIMEX3></DCT>
        <TEXT>
        Rebels &amp; troops <EVENT eid="e1" class="OCCURRENCE">clashed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2016-10-02">Sunday night</TIMEX3>, and the siege lasted <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sitrep-tempeval-");

    public void Dispose() => _dir.Delete(recursive: true);

    static TempEvalDocument Document() => TempEvalReader.Parse("tiny", XDocument.Parse(Tiny, LoadOptions.PreserveWhitespace), "tiny.tml");

    [Fact]
    public void Parse_TimeMl_GivesTextContentAndTimexOffsetsIntoIt()
    {
        var doc = Document();

        Assert.Equal(new DateOnly(2016, 10, 3), doc.Created);
        Assert.StartsWith("\nRebels & troops clashed Sunday night", doc.Text);
        Assert.Equal(2, doc.Timexes.Length);
        foreach (var t in doc.Timexes) Assert.Equal(t.Text, doc.Text[t.Start..t.End]);
        Assert.Equal(["Sunday night", "two weeks"], doc.Timexes.Select(t => t.Text));
        Assert.Equal(["DATE", "DURATION"], doc.Timexes.Select(t => t.Type));
    }

    [Fact]
    public void Score_OverlapsAndExactSpans_CountsStrictRelaxedTypeAndValue()
    {
        var doc = Document();
        var night = doc.Timexes[0];
        var weeks = doc.Timexes[1];
        TempEvalTimex[] system =
        [
            night with { End = night.Start + "Sunday".Length, Type = "DATE", Value = "2016-10-02" }, // relaxed only, right value
            weeks with { Value = "P14D" },                                                            // strict, wrong value
            new(1, 7, "Rebels", "DATE", "PRESENT_REF"),                                               // spurious
        ];
        var misses = new List<TempEvalMiss>();

        var c = TempEvalScorer.Score(doc.Id, doc.Timexes, system, misses);

        Assert.Equal(new TempEvalCounts(Gold: 2, System: 3, StrictSystem: 1, RelaxedSystem: 2, StrictGold: 1, RelaxedGold: 2, TypeMatches: 2, ValueMatches: 1), c);
        Assert.Equal(2.0 / 3, c.RelaxedPrecision, 6);
        Assert.Equal(1.0, c.RelaxedRecall, 6);
        Assert.Equal(0.5 * 0.8, c.ValueF1, 6);
        Assert.Equal(["spurious", "span", "value"], misses.Select(m => m.Kind));
    }

    [Fact]
    public void EvalTempEval3_Predictions_ScoresThemWithTheSameDefinitions()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "tiny.tml"), Tiny);
        var doc = Document();
        var weeks = doc.Timexes[1];
        var predictions = Path.Combine(_dir.FullName, "predictions.jsonl");
        File.WriteAllText(predictions, $$"""{"doc":"tiny","start":{{weeks.Start}},"end":{{weeks.End}},"type":"DURATION","value":"P2W"}""" + "\n");

        var run = SitrepProcess.Run("", "eval", "tempeval3", _dir.FullName, "--predictions", predictions);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 documents, 2 gold, 1 predicted", run.Stdout);
        Assert.Matches(@"strict\s+1\.000\s+0\.500\s+0\.667", run.Stdout);
        Assert.Matches(@"value\s+accuracy 1\.000\s+F1 0\.667", run.Stdout);
    }

    [Fact]
    public void EvalTempEval3_Sitrep_TagsTheTextAndPrintsTheFigures()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "tiny.tml"), Tiny);

        var run = SitrepProcess.Run("", "eval", "tempeval3", _dir.FullName);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("predicted by sitrep", run.Stdout);
        Assert.Matches(@"relaxed\s+1\.000\s+1\.000\s+1\.000", run.Stdout);
    }
}
