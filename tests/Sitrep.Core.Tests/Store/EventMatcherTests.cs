using FsCheck;
using FsCheck.Fluent;
using Sitrep.Core.Events;
using Sitrep.Core.Store;
using static Sitrep.Core.Tests.Store.StoreSamples;

namespace Sitrep.Core.Tests.Store;

/// The merge rules alone: no database.
public class EventMatcherTests
{
    static readonly EventMatcher Matcher = EventMatcher.CreateDefault();

    static StoredReport Report(Draft d, string article = "a", DateOnly? published = null, string? source = null) =>
        new(article, article, Article(article, published ?? Day, source ?? article, null, d).Events[0], published ?? Day, source ?? article, null, "notes");

    static StoredEvent Stored(Draft d) => Matcher.Reconcile("e1", [Report(d)], MergePolicy.Conservative);

    static ConflictEvent Record(Draft d) => Article("b", "Tolo", d).Events[0];

    static readonly EventLocation TenKmAway = Kunduz with { Name = "Ten km", Latitude = Kunduz.Latitude + 0.08, GeonameId = 9 };
    static readonly EventLocation ThirtyKmAway = Kunduz with { Name = "Thirty km", Latitude = Kunduz.Latitude + 0.27, GeonameId = 10 };
    static readonly EventLocation OtherProvince = Kunduz with { Name = "Taloqan", Admin1 = "Takhar", Latitude = 36.73, Longitude = 69.53, GeonameId = 11, GeoPrecision = 3 };

    public static TheoryData<string, Draft, Draft, bool> Cases => new()
    {
        { "same event", Draft.Clash, Draft.Clash, true },
        { "next day", Draft.Clash, Draft.Clash with { Date = Day.AddDays(1) }, true },
        { "two days, day precision", Draft.Clash, Draft.Clash with { Date = Day.AddDays(2) }, false },
        { "six days, week precision", Draft.Clash, Draft.Clash with { Date = Day.AddDays(6), TimePrecision = 2 }, true },
        { "eight days, week precision", Draft.Clash, Draft.Clash with { Date = Day.AddDays(8), TimePrecision = 2 }, false },
        { "same month, month precision", Draft.Clash, Draft.Clash with { Date = Day.AddDays(20), TimePrecision = 3 }, true },
        { "next month, month precision", Draft.Clash, Draft.Clash with { Date = Day.AddDays(-5), TimePrecision = 3 }, false },
        { "9 km, town precision", Draft.Clash, Draft.Clash with { Place = TenKmAway with { Latitude = Kunduz.Latitude + 0.08 } }, true },
        { "30 km, town precision", Draft.Clash, Draft.Clash with { Place = ThirtyKmAway }, false },
        { "30 km, near-town precision", Draft.Clash, Draft.Clash with { Place = ThirtyKmAway with { GeoPrecision = 2 } }, true },
        { "same province, region precision", Draft.Clash, Draft.Clash with { Place = KunduzProvince }, true },
        { "other province, region precision", Draft.Clash, Draft.Clash with { Place = OtherProvince }, false },
        { "other city", Draft.Clash, Draft.Clash with { Place = Kabul }, false },
        { "other named armed group", Draft.Clash, Draft.Clash with { Actor1 = Iskp }, false },
        { "one side unnamed", Draft.Clash, Draft.Clash with { Actor2 = null }, true },
        { "unidentified group", Draft.Clash, Draft.Clash with { Actor1 = Iskp with { Name = "Unidentified Armed Group (Afghanistan)" } }, true },
        { "another state's forces", Draft.Clash, Draft.Clash with { Actor2 = AfghanArmy with { Name = "Military Forces of Pakistan", Country = "PK" } }, false },
        { "battle and bombing, same actor", Draft.Clash, Draft.Bombing with { Actor1 = Taliban }, true },
        { "battle and bombing, no shared actor", Draft.Clash with { Actor2 = null }, Draft.Bombing with { Actor1 = null }, false },
        { "battle and protest", Draft.Clash, Draft.Protest with { Place = Kunduz }, false },
        { "protest and riot", Draft.Protest, Draft.Protest with { Type = "Riots", SubType = "Violent demonstration" }, true },
        { "strategic, same sub-type", Draft.Clash with { Type = "Strategic developments", SubType = "Arrests" }, Draft.Clash with { Type = "Strategic developments", SubType = "Arrests" }, true },
        { "strategic, other sub-type", Draft.Clash with { Type = "Strategic developments", SubType = "Arrests" }, Draft.Clash with { Type = "Strategic developments", SubType = "Looting/property destruction" }, false },
        { "report without date", Draft.Clash, Draft.Clash with { Date = null }, false },
        { "report without place", Draft.Clash, Draft.Clash with { Place = null }, false },
        { "statistic", Draft.Clash, Draft.Statistic, false },
        { "historical report of the event", Draft.Clash, Draft.Clash with { Status = TemporalStatus.Historical }, true },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Matches_Pair_SameEventOrNot(string why, Draft stored, Draft report, bool same)
    {
        Assert.True(Matcher.Matches(Stored(stored), Record(report)) == same, why);
    }

    [Fact]
    public void Score_CloserCandidate_LowerScore()
    {
        var report = Record(Draft.Clash);
        Assert.True(Matcher.Score(Stored(Draft.Clash), report) < Matcher.Score(Stored(Draft.Clash with { Date = Day.AddDays(1) }), report));
    }

    public static TheoryData<MergePolicy, int> BestFigures => new() { { MergePolicy.Conservative, 4 }, { MergePolicy.Latest, 6 } };

    [Theory, MemberData(nameof(BestFigures))]
    public void Reconcile_ThreeReports_LowHighAndBestByPolicy(MergePolicy policy, int best)
    {
        // Stored out of publication order: "latest" follows the publication date, not the order of storing.
        var reports = new[]
        {
            Report(Draft.Clash with { Fatalities = new(6, 6, 12) }, "a3", Day.AddDays(2), "C"),
            Report(Draft.Clash with { Fatalities = new(3, 4, 5) }, "a1", Day, "A"),
            Report(Draft.Clash with { Fatalities = null }, "a2", Day.AddDays(1), "B"),
        };
        var e = Matcher.Reconcile("e1", reports, policy);
        Assert.Equal(new Casualties(3, best, 12), e.Fatalities);
        Assert.Equal(3, e.SourceCount);
        Assert.Equal(Day, e.FirstSeen);
        Assert.Equal(Day.AddDays(2), e.LastSeen);
    }

    [Fact]
    public void Reconcile_MixedCoding_MostReportedSubTypeFinestDateAndPlace()
    {
        var reports = new[]
        {
            Report(Draft.Bombing with { Actor1 = Taliban, Place = KunduzProvince, Date = new DateOnly(2016, 10, 1), TimePrecision = 3 }, "a1"),
            Report(Draft.Clash, "a2"),
            Report(Draft.Clash with { Actor1 = Taliban with { Name = "Unidentified Armed Group (Afghanistan)" } }, "a3"),
        };
        var e = Matcher.Reconcile("e1", reports, MergePolicy.Conservative);
        Assert.Equal(("Battles", "Armed clash"), (e.EventType, e.SubEventType));
        Assert.Equal(Kunduz, e.Location);
        Assert.Equal((Day, 1), (e.Date, e.TimePrecision));
        Assert.Equal(Taliban, e.Actor1);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void Reconcile_OnlyHistoricalReports_Historical()
    {
        var e = Matcher.Reconcile("e1", [Report(Draft.Clash with { Status = TemporalStatus.Historical })], MergePolicy.Conservative);
        Assert.Equal(TemporalStatus.Historical, e.TemporalStatus);
    }

    [Fact]
    public void Reconcile_Statistic_Refused() =>
        Assert.Throws<ArgumentException>(() => Matcher.Reconcile("e1", [Report(Draft.Statistic)], MergePolicy.Conservative));

    /// Whatever the reports say, the merged figure is a range: low <= best <= high, within the reports' extremes.
    [FsCheck.Xunit.Property]
    public Property Reconcile_AnyFigures_BestWithinRange(NonNegativeInt[] lows, bool latest)
    {
        var figures = lows.Take(6).Select((l, i) => new Casualties(l.Get, l.Get + i, l.Get + (2 * i))).ToList();
        if (figures.Count == 0) return true.ToProperty();
        var reports = figures.Select((f, i) => Report(Draft.Clash with { Fatalities = f }, $"a{i}", Day.AddDays(i))).ToList();
        var e = Matcher.Reconcile("e1", reports, latest ? MergePolicy.Latest : MergePolicy.Conservative).Fatalities!;
        return (e.Low <= e.Best && e.Best <= e.High && e.Low == figures.Min(f => f.Low) && e.High == figures.Max(f => f.High)).ToProperty();
    }

    [Fact]
    public void CandidateBox_AnyPlaceWithinMaxRadius_Inside()
    {
        var box = Matcher.CandidateBox(Kunduz.Latitude, Kunduz.Longitude);
        Assert.True(box.Contains(Kunduz.Latitude + 0.44, Kunduz.Longitude));
        Assert.True(box.Contains(Kunduz.Latitude, Kunduz.Longitude - 0.55));
        Assert.False(box.Contains(Kabul.Latitude, Kabul.Longitude));
    }

    [Fact]
    public void DateWindow_Day_CoversMonthAndWeekEitherSide()
    {
        Assert.Equal((new DateOnly(2016, 9, 26), new DateOnly(2016, 10, 31)), Matcher.DateWindow(Day));
    }

    public static TheoryData<string, string?> Boxes => new()
    {
        { "60.5,29.4,75.2,38.5", null },
        { "60.5, 29.4, 75.2, 38.5", null },
        { "60.5,29.4,75.2", "expected four numbers" },
        { "a,b,c,d", "expected four numbers" },
        { "75,29,60,38", "min <= max" },
        { "60,-95,75,38", "within -90..90" },
    };

    [Theory, MemberData(nameof(Boxes))]
    public void BoundingBoxParse_Text_BoxOrClearError(string text, string? error)
    {
        if (error is null)
        {
            Assert.Equal("60.5,29.4,75.2,38.5", BoundingBox.Parse(text).ToString());
            return;
        }
        Assert.Contains(error, Assert.Throws<FormatException>(() => BoundingBox.Parse(text)).Message, StringComparison.Ordinal);
    }
}
