using Sitrep.Core.Events;
using Sitrep.Core.Time;

namespace Sitrep.Core.Tests.Events;

/// Which of a clause's dates is the event's.
public class EventDateTests
{
    static readonly EventCoder Coder = EventCoder.CreateDefault();
    static readonly DateOnly Published = new(2016, 10, 3);

    /// The one event coded from a text whose dates are given as (words, start, end, granularity).
    static ConflictEvent CodeOne(string text, params (string Words, string Start, string End, TimeGranularity Granularity)[] times)
    {
        var builder = new AnnotatedArticleBuilder(text, Published);
        foreach (var (words, start, end, granularity) in times) builder.Time(words, start, end, granularity);
        return Assert.Single(Coder.Code(builder.Build()), x => x.Kind == RecordKind.Event);
    }

    [Fact]
    public void Code_ProtestAgainstAPlannedVote_TakesTheReportedDayNotThePlannedOne()
    {
        // The written-out date would win on its digits alone.
        var e = CodeOne("On Sunday, students protested against elections due on 30 October.",
            ("Sunday", "2016-10-02", "2016-10-02", TimeGranularity.Day), ("30 October", "2016-10-30", "2016-10-30", TimeGranularity.Day));
        Assert.Equal(new DateOnly(2016, 10, 2), e.Date);
    }

    /// A year that holds the publication day dates nothing: the report's usual day is nearer than 1 January.
    [Fact]
    public void Code_OnlyTheCurrentYear_FallsBackToTheReportDay()
    {
        var e = CodeOne("Nurses protested against the cuts in the 2016 health budget.", ("2016", "2016-01-01", "2016-12-31", TimeGranularity.Year));
        Assert.Equal(Published.AddDays(-1), e.Date);
        Assert.Equal(2, e.TimePrecision);
    }

    /// A date the clause gave to what a protest is about does not carry to the next sentence as the narrative's time.
    [Fact]
    public void Code_GrievanceDate_DoesNotDateTheNextSentence()
    {
        var events = Coder.Code(new AnnotatedArticleBuilder(
                "Traders protested against the arson attack on their market in January. Over 300 traders observed a sit-in outside the county offices.",
                Published)
            .Time("January", "2016-01-01", "2016-01-31", TimeGranularity.Month).Build());
        Assert.DoesNotContain(events, e => e.Kind == RecordKind.Event && e.Date is { Month: 1 });
    }

    [Fact]
    public void Code_OnlyAFutureDate_FallsBackToTheReportDay()
    {
        var e = CodeOne("Traders protested against the budget for next year.", ("next year", "2017-01-01", "2017-12-31", TimeGranularity.Year));
        Assert.True(e.Date < Published, $"dated {e.Date}");
        Assert.DoesNotContain(e.Evidence, ev => ev.Field == "date");
    }

    [Fact]
    public void Code_YearOfTheCauseAndDayOfTheProtest_TakesTheDay()
    {
        var e = CodeOne("Youths charged over the 2010 unrest protested today (3/10) outside the court.",
            ("2010", "2010-01-01", "2010-12-31", TimeGranularity.Year), ("today (3/10)", "2016-10-03", "2016-10-03", TimeGranularity.Day));
        Assert.Equal((Published, TemporalStatus.Current), (e.Date, e.TemporalStatus));
    }

    /// text, the old date's words, its start and end
    public static TheoryData<string, string, string, string> Grievances => new()
    {
        { "Farmers marched in protest against the land seizures of 2009.", "2009", "2009-01-01", "2009-12-31" },
        { "Veterans rallied to mark the anniversary of the 1999 ceasefire.", "1999", "1999-01-01", "1999-12-31" },
        { "Police killed a commander who planned an ambush in March 2012.", "March 2012", "2012-03-01", "2012-03-31" },
        { "Relatives protested over last year's killings.", "last year's", "2015-01-01", "2015-12-31" },
        { "Families whose sons vanished in 2012 marched to the court.", "2012", "2012-01-01", "2012-12-31" },
    };

    [Theory, MemberData(nameof(Grievances))]
    public void Code_OldDateOfWhatTheEventIsAbout_DoesNotDateTheEvent(string text, string words, string start, string end)
    {
        var e = CodeOne(text, (words, start, end, TimeGranularity.Year));
        Assert.Equal(TemporalStatus.Current, e.TemporalStatus);
        Assert.DoesNotContain(e.Evidence, ev => ev.Field == "date");
    }

    /// An old incident told with a quantity word or reported speech before its date stays in the past.
    public static TheoryData<string> OldIncidents => new()
    {
        "Rebels overran the garrison in March 2012.",
        "Rebels attacked over 40 posts in March 2012.",
        "Rebels attacked about 40 posts in March 2012.",
        "Officials said that in March 2012 rebels overran the garrison.",
    };

    [Theory, MemberData(nameof(OldIncidents))]
    public void Code_OldDateOfTheEventItself_StaysHistorical(string text)
    {
        var e = CodeOne(text, ("March 2012", "2012-03-01", "2012-03-31", TimeGranularity.Month));
        Assert.Equal((TemporalStatus.Historical, new DateOnly(2012, 3, 1)), (e.TemporalStatus, e.Date));
    }

    [Fact]
    public void Code_ClockTimeWithNoDay_LeavesTheIncidentUndated()
    {
        var builder = new AnnotatedArticleBuilder("Assailants torched a bus at 9:30 pm.", Published);
        var e = Assert.Single(Coder.Code(builder.Build() with
        {
            Times = [new TimeMention(new Sitrep.Core.Text.TextSpan(28, 35), "9:30 pm", TimexType.Time, "2016-10-03T21:30", Published, Published, TimeGranularity.Day, null, ClockOnly: true)],
        }), x => x.Kind == RecordKind.Event);
        Assert.Equal(Published.AddDays(-1), e.Date);
        Assert.DoesNotContain(e.Evidence, ev => ev.Field == "date");
    }

    /// A dateline's date is the day the report was filed: the event keeps the day its own sentence gives.
    [Fact]
    public void Code_DatelineAndWeekday_TakesTheWeekday()
    {
        var e = CodedReports.MainEvent("Gulu, Mar 11 (NTV) - Two crude bombs exploded near the bus park on Sunday night.");
        Assert.Equal(new DateOnly(2019, 3, 10), e.Date);
    }

    /// What an attack avenged is not when it happened: "three months ago" dates the killing, not the arson.
    [Fact]
    public void Code_DateOfWhatWasAvenged_DoesNotDateTheAttack()
    {
        var e = CodeOne("Rebels attacked a forest office in Kasese in retaliation for the killing of their commander three months ago.",
            ("three months ago", "2016-07-01", "2016-07-31", TimeGranularity.Month));
        Assert.Equal(TemporalStatus.Current, e.TemporalStatus);
        Assert.Equal(Published.AddDays(-1), e.Date);
    }

    /// An incident told on a list of days is one event a day, as ACLED codes it; with a toll, that cannot be shared
    /// out among the days, it stays one event.
    [Theory]
    [InlineData("Teachers staged a sit-in outside the ministry in Nairobi on 9 and 10 March.", new[] { "2019-03-09", "2019-03-10" })]
    [InlineData("Traders shut their shops in Kisumu on Friday, Saturday and Sunday.", new[] { "2019-03-08", "2019-03-09", "2019-03-10" })]
    [InlineData("Five people were injured in clashes in Kisumu on 9 and 10 March.", new[] { "2019-03-09" })]
    // (One event over a list of days began on the first, wherever the trigger stands.)
    [InlineData("Police on Friday and Saturday used tear gas on protesters in Kisumu, injuring twelve.", new[] { "2019-03-08" })]
    [InlineData("Teachers staged a sit-in outside the ministry in Nairobi on 10 March.", new[] { "2019-03-10" })]
    public void Code_ListOfDays_OneEventADayWithoutToll(string text, string[] days)
    {
        var events = CodedReports.Run(text).Events.Where(e => e.Kind == RecordKind.Event).ToList();
        Assert.Equal(days, events.Select(e => e.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
    }

    /// A date inside a relative clause about the protesters, and the violence there, are theirs, not the protest's.
    [Fact]
    public void Code_RelativeClauseBeforeTheProtest_DatesNeitherItNorTheEvent()
    {
        var e = CodedReports.MainEvent("Residents of a slum, which was demolished on Saturday, protested outside the governor's office in Kisumu on Monday.");
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal(new DateOnly(2019, 3, 11), e.Date);
    }

    /// Clock times with no day of their own leave the event on the day the narrative told.
    [Fact]
    public void Code_ClockRangeAfterADay_KeepsTheNarrativeDay()
    {
        var e = CodedReports.MainEvent("A shutdown was observed in Kisumu on Sunday. Traders enforced the shutdown from 6am to 6pm.");
        Assert.Equal(new DateOnly(2019, 3, 10), e.Date);
    }

    /// A clause's other date (when a strike was announced) is not the narrative's time: the next sentence goes on
    /// from the day of the clause's event.
    [Fact]
    public void Code_DateBesideTheEvent_DoesNotDateTheNextSentence()
    {
        var events = CodedReports.Run("Students marched through Kisumu on Monday as part of a strike announced by their union on Friday. "
            + "Later, police fired tear gas and arrested ten of them.").Events.Where(e => e.Kind == RecordKind.Event).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(new DateOnly(2019, 3, 11), e.Date));
    }

    /// A death from earlier injuries told first, then the attack that caused it with its own day: one event, on the
    /// attack's day and at the attack's place, not the hospital's.
    [Fact]
    public void Code_DeathFromInjuriesThenItsAttack_IsOneEventOnTheAttacksDay()
    {
        var events = CodedReports.Run("A bus conductor succumbed to his injuries at a hospital in Nairobi on Monday. "
            + "He and two passengers were injured when assailants hurled a petrol bomb at their bus in Kisumu on 2 March.").Events
            .Where(e => e.Kind == RecordKind.Event).ToList();
        var e = Assert.Single(events);
        Assert.Equal(new DateOnly(2019, 3, 2), e.Date);
        Assert.Equal(1, e.Fatalities?.Best);
        Assert.Equal("Kisumu", e.Location?.Name);
    }

    /// What the event came in the wake of, or ahead of, or who was behind an older attack, dates nothing of the event;
    /// a week already over is before the days a daily report covers.
    [Theory]
    [InlineData("Fighting resumed between the army and the rebels near Beni. The fighting comes in the wake of a ceasefire declared last week.")]
    [InlineData("Expressing concern over water shortages ahead of summer, party workers staged a protest in Kisumu.")]
    [InlineData("Police killed the militant thought to be behind the attack on the Kisumu market in 2013.")]
    [InlineData("Journalists protested outside the press club in Kisumu against the beating of a cameraman by police a week ago.")]
    public void Code_DateOfWhatTheEventFollowsOrOpposes_DoesNotDateIt(string text)
    {
        var e = CodedReports.MainEvent(text);
        Assert.Equal(TemporalStatus.Current, e.TemporalStatus);
        Assert.Equal(CodedReports.Published.AddDays(-1), e.Date);
    }
}
