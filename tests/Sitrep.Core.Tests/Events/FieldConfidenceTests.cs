using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Time;
using static Sitrep.Core.Tests.Events.AnnotatedArticleBuilder;

namespace Sitrep.Core.Tests.Events;

/// Each field's confidence follows what the field rests on.
public class FieldConfidenceTests
{
    static readonly EventCoder Coder = EventCoder.CreateDefault();
    static readonly DateOnly Published = new(2016, 10, 3);
    static readonly Sitrep.Core.Geo.GeoPlace Mosul = Town("Mosul", "IQ", 36.34, 43.13, 1);

    static FieldConfidence Fields(AnnotatedArticleBuilder builder) =>
        Assert.Single(Coder.Code(builder.Build()), e => e.Kind == RecordKind.Event).FieldConfidence!;

    [Fact]
    public void Code_NamedGroupWrittenDateAndExactFigure_ScoreAboveTheirVagueCounterparts()
    {
        var sure = Fields(new AnnotatedArticleBuilder("Islamic State fighters attacked a checkpoint in Mosul on 2 October, killing 7 soldiers.", Published)
            .Place("Mosul", Mosul)
            .Time("2 October", "2016-10-02", "2016-10-02", TimeGranularity.Day)
            .Count("7", 7, 7, 7)
            .Actor("Islamic State fighters", "Islamic State", ActorKind.RebelGroup, "IQ")
            .Actor("soldiers", "Military Forces of Iraq", ActorKind.StateForces, "IQ"));
        var vague = Fields(new AnnotatedArticleBuilder("Gunmen attacked a checkpoint, killing dozens of soldiers.", Published)
            .Count("dozens", 12, 12, 99)
            .Actor("Gunmen", "Unidentified Armed Group", ActorKind.PoliticalMilitia, unidentified: true)
            .Actor("soldiers", "Military Forces", ActorKind.StateForces));

        Assert.True(sure.Actor1 > vague.Actor1, $"{sure.Actor1} vs {vague.Actor1}");
        Assert.True(sure.Date > vague.Date, $"{sure.Date} vs {vague.Date}");
        Assert.True(sure.Fatalities > vague.Fatalities, $"{sure.Fatalities} vs {vague.Fatalities}");
        Assert.NotNull(sure.Location);
        Assert.Null(vague.Location);
        Assert.Null(sure.Injuries);
    }

    [Fact]
    public void Code_EveryScore_LiesBetweenZeroAndOne()
    {
        var fields = Fields(new AnnotatedArticleBuilder("Protesters marched in Mosul on Sunday; police fired tear gas, injuring 3.", Published)
            .Place("Mosul", Mosul)
            .Time("Sunday", "2016-10-02", "2016-10-02", TimeGranularity.Day)
            .Count("3", 3, 3, 3));
        var values = new[] { fields.EventType, fields.Actor1, fields.Actor2, fields.Location, fields.Date, fields.Fatalities, fields.Injuries };
        Assert.All(values.Where(v => v is not null), v => Assert.InRange(v!.Value, 0, 1));
        Assert.NotNull(fields.EventType);
    }
}
