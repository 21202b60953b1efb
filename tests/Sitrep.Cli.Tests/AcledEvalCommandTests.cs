namespace Sitrep.Cli.Tests;

/// `sitrep eval acled` on a tiny export written for the test (not ACLED's data): the columns it reads, and how the
/// rows of one note that ACLED split into several events are scored.
public sealed class AcledEvalCommandTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sitrep-acled-");

    public void Dispose() => _dir.Delete(recursive: true);

    const string Header = "EVENT_DATE,EVENT_TYPE,INTER1,INTER2,LOCATION,LATITUDE,LONGITUDE,NOTES,FATALITIES";

    const string TwoIncidents = "\"Hundreds of teachers marched in Kabul on 2 March 2015. Separately, gunmen killed two shopkeepers in Herat on 2 March 2015.\"";

    [Fact]
    public void EvalAcled_NoteSplitIntoTwoRows_PairsEachRowWithItsOwnEvent()
    {
        var csv = Path.Combine(_dir.FullName, "two.csv");
        File.WriteAllLines(csv,
        [
            Header,
            $"02-March-2015,Riots/Protests,6,0,Kabul,34.53,69.17,{TwoIncidents},0",
            $"02-March-2015,Violence against civilians,3,7,Herat,34.35,62.20,{TwoIncidents},2",
        ]);

        var run = SitrepProcess.Run("", "eval", "acled", csv);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 rows share their note", run.Stdout);
        // Each row meets the event of its own place: both are placed and typed right, and nothing is extra.
        Assert.Matches(@"location within 25 km:\s+1\.000", run.Stdout);
        Assert.Matches(@"event type accuracy:\s+1\.000", run.Stdout);
        Assert.Matches(@"extra current events/note:\s+0\.000", run.Stdout);
    }
}
