using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests;

/// The report Sitrep was created from (published Monday 2016-10-03), coded end to end.
public class PipelineSeedTests
{
    static readonly Lazy<Pipeline> Pipeline = new(Core.Pipeline.CreateDefault);

    static ArticleResult RunSeed()
    {
        var path = SharedData.PathOf("eval", "seed", "000_315e54e058344163.txt");
        return Pipeline.Value.Run(new Article("seed", File.ReadAllText(path), new DateOnly(2016, 10, 3)));
    }

    [Fact]
    public void Run_Seed_OneCurrentBattleInKunduzOnPublicationDay()
    {
        var result = RunSeed();
        var current = Assert.Single(result.Events, e => e.Kind == RecordKind.Event && e.TemporalStatus == TemporalStatus.Current);

        Assert.True(current.SubEventType is "Armed clash" or "Attack", current.SubEventType);
        Assert.Equal(new DateOnly(2016, 10, 3), current.Date);
        Assert.NotNull(current.Location);
        Assert.True(Core.Geo.GreatCircle.Kilometres(current.Location.Latitude, current.Location.Longitude, 36.73, 68.86) < 25, $"{current.Location}");
        var actors = new[] { current.Actor1, current.Actor2 };
        Assert.Contains(actors, a => a?.Name == "Taliban");
        Assert.Contains(actors, a => a is { Kind: ActorKind.StateForces, Country: "AF" });
    }

    [Fact]
    public void Run_Seed_TakeoverLastYearIsHistoricalWithItsCasualties()
    {
        var takeover = Assert.Single(RunSeed().Events, e => e.Date == new DateOnly(2015, 9, 28));

        Assert.Equal(TemporalStatus.Historical, takeover.TemporalStatus);
        Assert.Equal(290, takeover.Fatalities?.Best);
        Assert.Equal(100, takeover.Injuries?.Low);
        Assert.True(takeover.Injuries?.High >= 999);
    }

    [Fact]
    public void Run_Seed_HospitalAirStrikeIsHistoricalByUsForces()
    {
        var strike = Assert.Single(RunSeed().Events, e => e.SubEventType == "Air/drone strike");

        Assert.Equal(TemporalStatus.Historical, strike.TemporalStatus);
        Assert.Equal(new DateOnly(2015, 10, 1), strike.Date);
        Assert.Equal(3, strike.TimePrecision);
        Assert.Equal(42, strike.Fatalities?.Best);
        Assert.Equal("US", strike.Actor1?.Country);
    }

    [Fact]
    public void Run_Seed_UnTallyIsAStatistic()
    {
        var tally = Assert.Single(RunSeed().Events, e => e.Kind == RecordKind.Statistic);
        Assert.Equal(1601, tally.Fatalities?.Best);
    }

    [Fact]
    public void Run_Seed_EveryEvidenceSpanIsItsText()
    {
        var result = RunSeed();
        foreach (var evidence in result.Events.SelectMany(e => e.Evidence))
        {
            Assert.Equal(evidence.Text, evidence.Span.Of(result.Article.Text));
        }
    }
}
