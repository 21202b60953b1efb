using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Time;
using static Sitrep.Core.Tests.Events.AnnotatedArticleBuilder;

namespace Sitrep.Core.Tests.Events;

public class EventCoderTests
{
    static readonly EventCoder Coder = EventCoder.CreateDefault();
    static readonly DateOnly Published = new(2016, 10, 3);
    static readonly Sitrep.Core.Geo.GeoPlace Quetta = Town("Quetta", "PK", 30.19, 67.0, 1);
    static readonly Sitrep.Core.Geo.GeoPlace Lahore = Town("Lahore", "PK", 31.55, 74.34, 2);

    [Fact]
    public void Code_GunmenKillCivilians_IsAttackWithFatalities()
    {
        var text = "Gunmen attacked a bus in Quetta on Monday, killing 5 passengers.";
        var events = Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Place("Quetta", Quetta)
            .Time("Monday", "2016-10-03", "2016-10-03", TimeGranularity.Day)
            .Count("5", 5, 5, 5)
            .Actor("Gunmen", "Unidentified Armed Group (Pakistan)", ActorKind.PoliticalMilitia, "PK", unidentified: true)
            .Actor("passengers", "Civilians (Pakistan)", ActorKind.Civilians, "PK")
            .Build());

        var e = Assert.Single(events);
        Assert.Equal(("Violence against civilians", "Attack"), (e.EventType, e.SubEventType));
        Assert.Equal(5, e.Fatalities?.Best);
        Assert.Equal(("Quetta", 1), (e.Location?.Name, e.Location?.GeoPrecision));
        Assert.Equal(new DateOnly(2016, 10, 3), e.Date);
        Assert.Equal(1, e.TimePrecision);
        Assert.Equal(TemporalStatus.Current, e.TemporalStatus);
        Assert.Equal(ActorKind.Civilians, e.Actor2?.Kind);
        Assert.Contains(e.Evidence, ev => ev.Field == "fatalities" && ev.Text.Contains('5'));
        Assert.Contains(e.Evidence, ev => ev.Field == "location" && ev.Text == "Quetta");
    }

    [Fact]
    public void Code_AttackOnSoldiers_IsArmedClash()
    {
        var text = "Militants attacked an army post near Quetta, and troops fought back.";
        var e = Assert.Single(Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Place("Quetta", Quetta)
            .Actor("Militants", "Unidentified Armed Group (Pakistan)", ActorKind.PoliticalMilitia, "PK", unidentified: true)
            .Actor("army", "Military Forces", ActorKind.StateForces)
            .Build()));

        Assert.Equal(("Battles", "Armed clash"), (e.EventType, e.SubEventType));
        Assert.Equal("Military Forces of Pakistan", e.Actor2?.Name);
        Assert.Equal(2, e.Location?.GeoPrecision); // "near Quetta"
    }

    [Fact]
    public void Code_PastTakeoverWithLaterCasualtyReport_IsOneHistoricalEvent()
    {
        var text = "Last year on 28 September, the rebels overran Quetta. Almost 130 people were killed in the takeover.";
        var events = Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Place("Quetta", Quetta)
            .Time("Last year on 28 September", "2015-09-28", "2015-09-28", TimeGranularity.Day)
            .Count("Almost 130", 130, 130, 130)
            .Actor("rebels", "Rebels", ActorKind.RebelGroup, "PK")
            .Build());

        var e = Assert.Single(events);
        Assert.Equal("Non-state actor overtakes territory", e.SubEventType);
        Assert.Equal(TemporalStatus.Historical, e.TemporalStatus);
        Assert.Equal(new DateOnly(2015, 9, 28), e.Date);
        Assert.Equal(130, e.Fatalities?.Best);
        Assert.Equal(2, e.Sentences.Length);
    }

    [Fact]
    public void Code_TallyOverHalfYear_IsStatisticNotEvent()
    {
        var text = "Rights monitors tallied 2,310 civilian deaths in the first half of 2016.";
        var e = Assert.Single(Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Time("the first half of 2016", "2016-01-01", "2016-06-30", TimeGranularity.HalfYear)
            .Count("2,310", 2310, 2310, 2310)
            .Build()));

        Assert.Equal(RecordKind.Statistic, e.Kind);
        Assert.Null(e.EventType);
        Assert.Equal(2310, e.Fatalities?.Best);
    }

    public static TheoryData<string> NotEvents => new()
    {
        "The group threatened to attack the city.",
        "The army denied shelling the village.",
        "The minister will protest the decision.",
        "Heavy rain flooded the market and the river rose.",
        "The minister demanded a full report on the incident.",
        "The United Nations called for calm in the region.",
    };

    [Theory, MemberData(nameof(NotEvents))]
    public void Code_DeferredDeniedOrUnrelated_YieldsNothing(string text) =>
        Assert.Empty(Coder.Code(new AnnotatedArticleBuilder(text, Published).Build()));

    [Fact]
    public void Code_ProtestDispersedByPolice_IsProtestWithIntervention()
    {
        var text = "Hundreds of traders protested in Lahore on Monday. Police used tear gas to disperse the protesters.";
        var e = Assert.Single(Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Place("Lahore", Lahore)
            .Time("Monday", "2016-10-03", "2016-10-03", TimeGranularity.Day)
            .Count("Hundreds", 100, 100, 999)
            .Build()));

        Assert.Equal(("Protests", "Protest with intervention"), (e.EventType, e.SubEventType));
        Assert.Equal("Protesters (Pakistan)", e.Actor1?.Name);
        Assert.Equal(6, e.Actor1?.Inter);
        Assert.Equal("Police Forces of Pakistan", e.Actor2?.Name);
    }

    [Fact]
    public void Code_TwoIncidentsSeparately_YieldsTwoEvents()
    {
        var text = "Troops clashed with rebels in Quetta; separately, a roadside bomb killed two people in Lahore.";
        var events = Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Place("Quetta", Quetta)
            .Place("Lahore", Lahore)
            .Count("two", 2, 2, 2)
            .Actor("Troops", "Military Forces", ActorKind.StateForces)
            .Actor("rebels", "Rebels", ActorKind.RebelGroup, "PK")
            .Actor("people", "Civilians (Pakistan)", ActorKind.Civilians, "PK")
            .Build());

        Assert.Equal(2, events.Length);
        Assert.Equal(("Armed clash", "Quetta"), (events[0].SubEventType, events[0].Location?.Name));
        Assert.Equal(("Remote explosive/landmine/IED", "Lahore", 2), (events[1].SubEventType, events[1].Location?.Name, events[1].Fatalities?.Best));
    }

    [Fact]
    public void Code_ForeignAirStrike_ActorIsExternal()
    {
        var text = "A US airstrike hit a hospital in Quetta, killing 42 people.";
        var e = Assert.Single(Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Place("US", Country("United States", "US", 39.8, -98.5), adjectival: true)
            .Place("Quetta", Quetta)
            .Count("42", 42, 42, 42)
            .Actor("people", "Civilians (Pakistan)", ActorKind.Civilians, "PK")
            .Build()));

        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Military Forces of the United States", e.Actor1?.Name);
        Assert.Equal(8, e.Actor1?.Inter);
        Assert.Equal(42, e.Fatalities?.Best);
    }

    [Fact]
    public void Code_SameArticle_StableEventIds()
    {
        var article = new AnnotatedArticleBuilder("Gunmen attacked a bus in Quetta.", Published).Place("Quetta", Quetta).Build();
        Assert.Equal(Coder.Code(article)[0].EventId, Coder.Code(article)[0].EventId);
    }
}
