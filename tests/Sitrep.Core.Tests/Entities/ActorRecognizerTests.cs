using Sitrep.Core.Entities;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Entities;

public class ActorRecognizerTests
{
    static readonly ActorRecognizer Recognizer = ActorRecognizer.CreateDefault();

    static ActorMention Single(string text) => Assert.Single(Recognizer.Find(text, new TextSpan(0, text.Length)));

    // text, span text, name, kind, country
    public static TheoryData<string, string, string, ActorKind, string?> Named => new()
    {
        { "The Taliban militant group claimed it.", "Taliban militant group", "Taliban", ActorKind.RebelGroup, "AF" },
        { "Taliban's fighters overran the post", "Taliban", "Taliban", ActorKind.RebelGroup, "AF" },
        { "ANA soldiers repelled it", "ANA soldiers", "Military Forces of Afghanistan", ActorKind.StateForces, "AF" },
        { "the Afghan National Army said", "Afghan National Army", "Military Forces of Afghanistan", ActorKind.StateForces, "AF" },
        { "ISWAP fighters raided Monguno", "ISWAP fighters", "Islamic State West Africa Province", ActorKind.RebelGroup, "NG" },
        { "an al-Qaeda affiliate", "al-Qaeda affiliate", "Al Qaeda", ActorKind.RebelGroup, null },
        // Pakistan's constabularies and tribal police are police.
        { "two Frontier Constabulary men were hurt", "Frontier Constabulary men", "Police Forces of Pakistan", ActorKind.StateForces, "PK" },
        { "the body of a khasadar was found", "khasadar", "Police Forces of Pakistan", ActorKind.StateForces, "PK" },
        { "al Qaeda in the Arabian Peninsula (AQAP) said", "al Qaeda in the Arabian Peninsula (AQAP)", "AQAP: Al Qaeda in the Arabian Peninsula", ActorKind.RebelGroup, "YE" },
        { "Houthi rebels fired missiles", "Houthi rebels", "Houthi Movement", ActorKind.RebelGroup, "YE" },
        { "Tehreek-e-Taliban Pakistan claimed", "Tehreek-e-Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan", ActorKind.RebelGroup, "PK" },
        { "the Pakistani Taliban claimed", "Pakistani Taliban", "TTP: Tehreek-i-Taliban Pakistan", ActorKind.RebelGroup, "PK" },
        { "Naxalites ambushed a patrol", "Naxalites", "CPI (Maoist): Communist Party of India (Maoist)", ActorKind.RebelGroup, "IN" },
        { "RSF forces shelled El Fasher", "RSF forces", "RSF: Rapid Support Forces", ActorKind.RebelGroup, "SD" },
        { "M23 rebels took Goma", "M23 rebels", "M23: March 23 Movement", ActorKind.RebelGroup, "CD" },
        { "Wagner mercenaries were seen", "Wagner mercenaries", "Wagner Group", ActorKind.ExternalForces, "RU" },
        { "NATO said on Monday", "NATO", "NATO: North Atlantic Treaty Organization", ActorKind.ExternalForces, null },
        { "coalition jets struck", "coalition jets", "Coalition Forces", ActorKind.ExternalForces, null },
        { "BNP activists clashed on Sunday", "BNP activists", "BNP: Bangladesh Nationalist Party Militia", ActorKind.PoliticalMilitia, "BD" },
    };

    // text, span text, name, kind, country
    public static TheoryData<string, string, string, ActorKind, string?> Demonyms => new()
    {
        { "Afghan forces retook the city", "Afghan forces", "Military Forces of Afghanistan", ActorKind.StateForces, "AF" },
        { "Pakistani troops fired", "Pakistani troops", "Military Forces of Pakistan", ActorKind.StateForces, "PK" },
        { "Indian police baton-charged", "Indian police", "Police Forces of India", ActorKind.StateForces, "IN" },
        { "Afghanistan's security forces said", "Afghanistan's security forces", "Military Forces of Afghanistan", ActorKind.StateForces, "AF" },
        { "Syrian jets bombed Idlib", "Syrian jets", "Military Forces of Syria", ActorKind.StateForces, "SY" },
        { "US-led forces struck", "US-led forces", "Military Forces of the United States", ActorKind.ExternalForces, "US" },
        { "the Saudi-led coalition struck", "Saudi-led coalition", "Military Forces of Saudi Arabia", ActorKind.ExternalForces, "SA" },
        { "Afghan civilians fled", "Afghan civilians", "Civilians (Afghanistan)", ActorKind.Civilians, "AF" },
        { "Nigerian border guards", "Nigerian border guards", "Military Forces of Nigeria", ActorKind.StateForces, "NG" },
        { "Pakistani Rangers fired", "Pakistani Rangers", "Military Forces of Pakistan", ActorKind.StateForces, "PK" },
        { "the troops of Pakistan fired", "troops of Pakistan", "Military Forces of Pakistan", ActorKind.StateForces, "PK" },
    };

    // text, span text, base name, kind
    public static TheoryData<string, string, string, ActorKind> Descriptions => new()
    {
        { "government forces shelled the town", "government forces", "Military Forces", ActorKind.StateForces },
        { "security forces opened fire", "security forces", "Military Forces", ActorKind.StateForces },
        { "troops were deployed", "troops", "Military Forces", ActorKind.StateForces },
        { "police arrested two", "police", "Police Forces", ActorKind.StateForces },
        { "two security force personnel were hurt", "security force personnel", "Military Forces", ActorKind.StateForces },
        { "opposition forces attacked a village", "opposition forces", "Unidentified Armed Group", ActorKind.PoliticalMilitia },
        { "an assistant sub-inspector was shot", "an assistant sub-inspector", "Police Forces", ActorKind.StateForces },
        { "Protesters blocked the road", "Protesters", "Protesters", ActorKind.Protesters },
        { "demonstrators gathered", "demonstrators", "Protesters", ActorKind.Protesters },
        { "rioters torched cars", "rioters", "Rioters", ActorKind.Rioters },
        { "a mob lynched him", "a mob", "Rioters", ActorKind.Rioters },
        { "villagers fled", "villagers", "Civilians", ActorKind.Civilians },
        { "patients were evacuated", "patients", "Civilians", ActorKind.Civilians },
        { "medical staff were hurt", "medical staff", "Civilians", ActorKind.Civilians },
        { "journalists were beaten", "journalists", "Civilians", ActorKind.Civilians },
        { "worshippers were praying", "worshippers", "Civilians", ActorKind.Civilians },
        { "a woman was hurt", "a woman", "Civilians", ActorKind.Civilians },
        { "children were hurt", "children", "Civilians", ActorKind.Civilians },
    };

    public static TheoryData<string, string> Unidentified => new()
    {
        { "gunmen opened fire", "gunmen" },
        { "unidentified assailants threw a grenade", "unidentified assailants" },
        { "attackers stormed the hotel", "attackers" },
        { "militants attacked a checkpoint", "militants" },
        { "armed men abducted two", "armed men" },
    };

    [Theory, MemberData(nameof(Named))]
    public void Find_NamedActor_ReturnsCanonicalName(string text, string span, string name, ActorKind kind, string? country) =>
        AssertMention(Single(text), text, span, name, kind, country);

    [Theory, MemberData(nameof(Demonyms))]
    public void Find_DemonymAndForceNoun_NamesThatCountry(string text, string span, string name, ActorKind kind, string? country)
    {
        var mention = Single(text);
        AssertMention(mention, text, span, name, kind, country);
        Assert.False(mention.CountryFromContext);
    }

    [Theory, MemberData(nameof(Descriptions))]
    public void Find_DescriptionWithoutCountry_LeavesCountryToContext(string text, string span, string name, ActorKind kind)
    {
        var mention = Single(text);
        AssertMention(mention, text, span, name, kind, null);
        Assert.True(mention.CountryFromContext);
    }

    [Theory, MemberData(nameof(Unidentified))]
    public void Find_UnnamedAttackers_AreUnidentifiedArmedGroup(string text, string span)
    {
        var mention = Single(text);
        AssertMention(mention, text, span, "Unidentified Armed Group", ActorKind.PoliticalMilitia, null);
        Assert.True(mention.IsUnidentified);
    }

    public static TheoryData<string, string, string> WithCountryCases => new()
    {
        { "security forces", "AF", "Military Forces of Afghanistan" },
        { "police", "PH", "Police Forces of the Philippines" },
        { "civilians", "IN", "Civilians (India)" },
        { "gunmen", "PK", "Unidentified Armed Group (Pakistan)" },
        { "Islamic State", "SY", "Islamic State (Syria)" },
        { "MSF staff", "AF", "Civilians (Afghanistan)" },
    };

    [Theory, MemberData(nameof(WithCountryCases))]
    public void WithCountry_ContextCountry_CompletesAcledName(string text, string iso2, string name)
    {
        var mention = Recognizer.WithCountry(Single(text), iso2);
        Assert.Equal(name, mention.Name);
        Assert.Equal(iso2, mention.Country);
    }

    [Fact]
    public void Find_AidAgency_IsCiviliansWithAgencyAssociated()
    {
        var mention = Single("Doctors Without Borders staff");
        Assert.Equal(ActorKind.Civilians, mention.Kind);
        Assert.Equal("MSF: Medecins Sans Frontieres", mention.Associated);
    }

    [Fact]
    public void Find_PartyMilitia_CarriesPartyAsAssociated() =>
        Assert.Equal("AL: Awami League", Single("Awami League supporters attacked").Associated);

    [Fact]
    public void Find_AcronymInLowerCase_IsNotAnActor() => Assert.Empty(Recognizer.Find("it is what it is, ana said"));

    [Fact]
    public void Find_SpokesmanOfForce_IsNoActor() => Assert.Empty(Recognizer.Find("a police spokesman told us"));

    /// A force named only as a building, a vehicle or whom a victim was called ("a police informer") is no actor.
    [Theory]
    [InlineData("branded him a police informer")]
    [InlineData("under the police station limits")]
    [InlineData("bombs hit a police vehicle")]
    [InlineData("near the police lines")]
    public void Find_ForceNamedAsAThing_IsNoActor(string text) => Assert.Empty(Recognizer.Find(text));

    [Fact]
    public void Find_SharedForceNoun_CodesBothCountries()
    {
        const string text = "Afghan and US forces fought";
        var found = Recognizer.Find(text);
        Assert.Equal(["Military Forces of Afghanistan", "Military Forces of the United States"], found.Select(m => m.Name));
    }

    [Fact]
    public void Find_ForceOfTwoCountries_CodesBoth()
    {
        const string text = "troops of India and Pakistan exchanged fire";
        Assert.Equal(["Military Forces of India", "Military Forces of Pakistan"], Recognizer.Find(text).Select(m => m.Name));
    }

    [Fact]
    public void Find_Sentence_FindsEveryActorInOrder()
    {
        const string text = "Taliban insurgents attacked Afghan police in Kunduz, killing three civilians.";
        Assert.Equal(["Taliban", "Police Forces of Afghanistan", "Civilians"], Recognizer.Find(text).Select(m => m.Name));
    }

    [Fact]
    public void CreateDefault_UserActorsFile_AddsActorsAndWinsOverShipped()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# test actors", "Test Liberation Front\t2\tAF\tTLF|Test Front", "Taliban (test)\t2\tAF\tTaliban"]);
            var recognizer = ActorRecognizer.CreateDefault(path);
            Assert.Equal(["Test Liberation Front", "Taliban (test)"], recognizer.Find("TLF and Taliban fighters clashed").Select(m => m.Name));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [FsCheck.Xunit.Property]
    public bool Find_AnyText_SpansLieInsideText(string? text)
    {
        text ??= "";
        return Recognizer.Find(text, new TextSpan(0, text.Length)).All(m => m.Span.End <= text.Length && m.Span.Of(text) == m.Text);
    }

    static void AssertMention(ActorMention mention, string text, string span, string name, ActorKind kind, string? country)
    {
        Assert.Equal(span, mention.Span.Of(text));
        Assert.Equal(name, mention.Name);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal(country, mention.Country);
    }
}
