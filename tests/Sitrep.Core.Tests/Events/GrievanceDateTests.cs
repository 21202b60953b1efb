using Sitrep.Core.Events;
using Sitrep.Core.Time;

namespace Sitrep.Core.Tests.Events;

/// A date told after what an event is about dates that grievance once it lies before the days a daily report
/// covers (two days before publication), not only once it is two weeks old.
public class GrievanceDateTests
{
    static readonly EventCoder Coder = EventCoder.CreateDefault();
    static readonly DateOnly Published = new(2016, 10, 6); // a Thursday

    static ConflictEvent CodeOne(string text, string words, string start, string end, TimeGranularity granularity)
    {
        var article = new AnnotatedArticleBuilder(text, Published).Time(words, start, end, granularity).Build();
        return Assert.Single(Coder.Code(article), x => x.Kind == RecordKind.Event);
    }

    /// text, the grievance's date words, start, end, granularity
    public static TheoryData<string, string, string, string, TimeGranularity> Grievances => new()
    {
        { "Students staged a strike, protesting Sunday's police raid on their hostel.", "Sunday's", "2016-10-02", "2016-10-02", TimeGranularity.Day },
        { "Traders protested against the demolition of their stalls on Monday.", "Monday", "2016-10-03", "2016-10-03", TimeGranularity.Day },
        { "Lawyers rallied against the October 1 assault on a judge.", "October 1", "2016-10-01", "2016-10-01", TimeGranularity.Day },
        { "Villagers protested against the killing of a farmer last month.", "last month", "2016-09-01", "2016-09-30", TimeGranularity.Month },
        // Told before the protest word, after a word of outrage.
        { "Outraged by the killing of a farmer on Monday, villagers protested for the second day.", "Monday", "2016-10-03", "2016-10-03", TimeGranularity.Day },
    };

    [Theory, MemberData(nameof(Grievances))]
    public void Code_RecentDateOfWhatTheProtestIsAbout_DoesNotDateTheProtest(string text, string words, string start, string end, TimeGranularity granularity)
    {
        var e = CodeOne(text, words, start, end, granularity);
        Assert.Equal(TemporalStatus.Current, e.TemporalStatus);
        Assert.DoesNotContain(e.Evidence, ev => ev.Field == "date");
    }

    /// text, date words, start: the event's own date, inside the report's days or before its trigger.
    public static TheoryData<string, string, string> OwnDates => new()
    {
        { "Traders protested against the demolition of their stalls on Tuesday.", "Tuesday", "2016-10-04" },
        { "Monday's raid on the hostel killed two students.", "Monday's", "2016-10-03" },
        { "On Monday, traders protested against the demolition of their stalls.", "Monday", "2016-10-03" },
        { "A human chain was formed on Monday at the university.", "Monday", "2016-10-03" },
    };

    [Theory, MemberData(nameof(OwnDates))]
    public void Code_OwnDate_DatesTheEvent(string text, string words, string start)
    {
        var e = CodeOne(text, words, start, start, TimeGranularity.Day);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), e.Date);
    }
}
