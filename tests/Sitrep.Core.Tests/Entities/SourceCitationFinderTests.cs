using Sitrep.Core.Entities;

namespace Sitrep.Core.Tests.Entities;

public class SourceCitationFinderTests
{
    static readonly SourceCitationFinder Finder = SourceCitationFinder.CreateDefault();

    public static TheoryData<string, string> Outlets => new()
    {
        { "Afghanistan's Khaama Press reported the clash.", "Khaama Press" },
        { "a resident told Reuters by phone.", "Reuters" },
        { "Reuters reported that the road was shut.", "Reuters" },
        { "the Associated Press said on Monday.", "Associated Press" },
        { "KABUL (AFP) - Fighting resumed.", "AFP" },
        { "Xinhua news agency said five died.", "Xinhua" },
        { "the Kabul Times reported on Sunday.", "Kabul Times" },
    };

    public static TheoryData<string, string> Described => new()
    {
        { "according to UN sources, ten were killed.", "UN sources" },
        { "according to local officials in Kunduz.", "local officials" },
        { "according to Mohammad Hakim, the district chief.", "Mohammad Hakim" },
        { "according to witnesses, the gunmen fled.", "witnesses" },
        { "state media reported the blast.", "state media" },
        { "a police spokesman said two died.", "police spokesman" },
        { "Two died, said a provincial police spokesman.", "provincial police spokesman" },
        { "security sources told the paper.", "security sources" },
        { "the provincial governor's spokesman said.", "provincial governor's spokesman" },
    };

    public static TheoryData<string> NoCitation => new()
    {
        "He said the fighting stopped.",
        "Ahmad Zia said the fighting stopped.",
        "The AP Stylebook is a guide.",
        "Reuters is a company.",
        "They were hired according to the rules in force.",
    };

    [Theory, MemberData(nameof(Outlets))]
    public void Find_NewsOutletWithCue_ReturnsOutletName(string text, string name) => AssertCites(text, name);

    [Theory, MemberData(nameof(Described))]
    public void Find_DescribedSource_ReturnsDescription(string text, string name) => AssertCites(text, name);

    [Theory, MemberData(nameof(NoCitation))]
    public void Find_NoReportingCue_ReturnsNothing(string text) => Assert.Empty(Finder.Find(text));

    [Fact]
    public void Find_TwoSources_ReturnsBothInOrder()
    {
        const string text = "A police spokesman told Reuters that, according to local residents, 4 died.";
        Assert.Equal(["police spokesman", "Reuters", "local residents"], Finder.Find(text).Select(c => c.Name));
    }

    [FsCheck.Xunit.Property]
    public bool Find_AnyText_SpansLieInsideText(string? text)
    {
        text ??= "";
        return Finder.Find(text).All(c => c.Span.End <= text.Length && c.Span.Of(text) == c.Name);
    }

    static void AssertCites(string text, string name)
    {
        var citation = Assert.Single(Finder.Find(text));
        Assert.Equal(name, citation.Name);
        Assert.Equal(name, citation.Span.Of(text));
    }
}
