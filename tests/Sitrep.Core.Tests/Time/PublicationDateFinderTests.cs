using System.Globalization;
using Sitrep.Core.Time;

namespace Sitrep.Core.Tests.Time;

public class PublicationDateFinderTests
{
    static readonly PublicationDateFinder Finder = PublicationDateFinder.CreateDefault();

    /// text, expected date, the dateline text
    public static TheoryData<string, string, string> Datelines => new()
    {
        { "KABUL, Oct 3 (Reuters) - Taliban fighters attacked Kunduz. On Sept. 28, 2016, they had massed outside.", "2016-10-03", "Oct 3" },
        { "October 3, 2016\nTaliban fighters attacked Kunduz on Monday.", "2016-10-03", "October 3, 2016" },
        { "2016-10-03\nTaliban fighters attacked Kunduz on Monday.", "2016-10-03", "2016-10-03" },
        { "Monday 3 October 2016\nTaliban fighters attacked Kunduz.", "2016-10-03", "Monday 3 October 2016" },
        { "Published: 3 October 2016\nTaliban fighters attacked Kunduz.", "2016-10-03", "3 October 2016" },
        { "Taliban storm Kunduz\n\nKUNDUZ, Afghanistan, Oct. 3, 2016 — Taliban fighters attacked.", "2016-10-03", "Oct. 3, 2016" },
        { "Taliban storm Kunduz\nBy Jane Roe | 3 October 2016 10:45\nFighters attacked.", "2016-10-03", "3 October 2016 10:45" },
    };

    [Theory, MemberData(nameof(Datelines))]
    public void Find_Dateline_ReturnsDateAndSpan(string text, string date, string dateline)
    {
        var found = Finder.Find(text);
        Assert.NotNull(found);
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), found.Date);
        Assert.Equal(dateline, found.Span.Of(text));
    }

    public static TheoryData<string> NoDateline => new()
    {
        "On 3 January 2015, police arrested 12 protesters in Lahore.",
        "Taliban fighters attacked Kunduz on Monday.",
        "KABUL, Oct 3 (Reuters) - Taliban fighters attacked Kunduz.",
        "",
    };

    [Theory, MemberData(nameof(NoDateline))]
    public void Find_NoDateline_ReturnsNull(string text) => Assert.Null(Finder.Find(text));

    [Fact]
    public void Find_YearlessDateline_SaysYearCameFromText()
    {
        var found = Finder.Find("KABUL, Oct 3 (Reuters) - The city fell on Sept. 28, 2016.");
        Assert.NotNull(found);
        Assert.Contains("year", found.Source, StringComparison.Ordinal);
    }
}
