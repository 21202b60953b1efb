using Sitrep.Core.Geo;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Geo;

public class GeoparserTests
{
    static readonly Geoparser Parser = Geoparser.CreateDefault();

    static PlaceMention MentionOf(string text, string name)
    {
        var mentions = Parser.Parse(text);
        return Assert.Single(mentions, m => m.Text == name || m.Text.StartsWith(name + " ", StringComparison.Ordinal));
    }

    /// A source's alternate name that points the other way ("North Waziristan" filed under South Waziristan) is
    /// not kept; an admin area with no row of its own is still known without its generic word.
    [Theory]
    [InlineData("A drone strike hit a compound in North Waziristan on Monday.", 1168875)]
    [InlineData("A drone strike hit a compound in South Waziristan on Monday.", 1164536)]
    public void Parse_CompassNamedDistricts_KeepTheirOwnDirection(string text, int geonameId) =>
        Assert.Equal(geonameId, Assert.Single(Parser.Parse(text)).Place?.GeonameId);

    /// The country of a group the text names ("a Pakistani party", "an Indian party") settles which Hyderabad.
    [Theory]
    [InlineData("PK")]
    [InlineData("IN")]
    public void Parse_CountryHintFromNamedGroup_PicksTheNamesakeInThatCountry(string country)
    {
        var mention = Assert.Single(Parser.Parse("Party workers held a rally in Hyderabad on Monday.", [country]));
        Assert.Equal(country, mention.Place?.CountryCode);
    }

    /// A name found only under another spelling, in a country nothing else in the text points to, is no match.
    [Fact]
    public void Parse_VariantInACountryTheTextGivesNoEvidenceFor_IsNotResolvedThere()
    {
        var abroad = Parser.Parse("Fighting broke out near Laukkai on Monday.", ["MM"]);
        Assert.DoesNotContain(abroad, m => m.Place is { CountryCode: "VN" });
    }

    [Fact]
    public void Parse_KunduzInAfghanContext_ResolvesToTheCity()
    {
        const string text = "Taliban fighters attacked Kunduz, the capital of a province with the same name, on Monday. " +
            "Residents said the Afghan city was partly overrun before troops arrived.";
        var kunduz = MentionOf(text, "Kunduz");
        Assert.NotNull(kunduz.Place);
        Assert.Equal(1135689, kunduz.Place.GeonameId);
        Assert.Equal("AF", kunduz.Place.CountryCode);
        Assert.Equal("PPLA", kunduz.Place.FeatureCode);
        Assert.Equal(36.73, kunduz.Place.Latitude, 2);
        Assert.Equal(68.86, kunduz.Place.Longitude, 2);
        Assert.Equal(PlaceLevel.Locality, kunduz.Place.Level);
        Assert.InRange(kunduz.Score, 0.0, 1.0);
        Assert.Contains(kunduz.Alternatives, a => a.Level == PlaceLevel.Admin1);
    }

    public static TheoryData<string, string, string, PlaceLevel> Resolutions => new()
    {
        { "The convoy reached Paris, Texas before dawn.", "Paris", "US", PlaceLevel.Locality },
        { "Thousands marched through Paris on Saturday.", "Paris", "FR", PlaceLevel.Locality },
        { "Georgia recalled its envoy as protests spread in Tbilisi.", "Georgia", "GE", PlaceLevel.Country },
        { "Storms hit Georgia overnight, and Atlanta lost power.", "Georgia", "US", PlaceLevel.Admin1 },
        { "Officials in Washington announced new sanctions.", "Washington", "US", PlaceLevel.Locality },
        { "Heavy fighting continued in Helmand province.", "Helmand province", "AF", PlaceLevel.Admin1 },
        { "Gunmen raided a village in Chahar Dara district overnight.", "Chahar Dara district", "AF", PlaceLevel.Admin2 },
        { "Police arrested two men in Lahore, Punjab.", "Lahore", "PK", PlaceLevel.Locality },
        { "Police arrested two men in Lahore, Punjab.", "Punjab", "PK", PlaceLevel.Admin1 },
        { "There were clashes in Bagram district of Parwan province.", "Bagram district", "AF", PlaceLevel.Admin2 },
        { "There were clashes in Bagram district of Parwan province.", "Parwan province", "AF", PlaceLevel.Admin1 },
        { "Troops fought militants in Marawi City, Lanao del Sur.", "Marawi City", "PH", PlaceLevel.Locality },
        { "Residents of Kondoz fled as the fighting spread.", "Kondoz", "AF", PlaceLevel.Locality },
        { "Farmers blocked a road in Patiala, Punjab.", "Patiala", "IN", PlaceLevel.Locality },
        { "Talks opened in Berlin and Paris. In Nigeria, gunmen raided the town of Baga at dawn.", "Baga", "NG", PlaceLevel.Locality },
        { "Farmers blocked a road in Patiala, Punjab.", "Punjab", "IN", PlaceLevel.Admin1 },
        { "Gunmen shot a policeman in Peshawar's Hayatabad area.", "Peshawar", "PK", PlaceLevel.Locality },
        { "A bomb exploded near a market in Qonduz.", "Qonduz", "AF", PlaceLevel.Locality },
    };

    [Theory, MemberData(nameof(Resolutions))]
    public void Parse_PlaceInContext_ResolvesCountryAndLevel(string text, string name, string country, PlaceLevel level)
    {
        var mention = MentionOf(text, name);
        Assert.NotNull(mention.Place);
        Assert.Equal(country, mention.Place.CountryCode);
        Assert.Equal(level, mention.Place.Level);
    }

    public static TheoryData<string, string, PlaceLevel?> Generics => new()
    {
        { "Gunmen killed two guards in Takhar and Baghlan provinces.", "Takhar", PlaceLevel.Admin1 },
        { "The Taliban blocked roads to the districts of Kunduz.", "Kunduz", PlaceLevel.Admin1 },
        { "Fighting spread to the town of Khanabad.", "Khanabad", PlaceLevel.Locality },
        { "Fighting spread to Khanabad district.", "Khanabad district", PlaceLevel.Admin2 },
        { "Rebels clashed with troops in Kunduz city.", "Kunduz city", PlaceLevel.Locality },
        { "Shelling hit Kunduz province overnight.", "Kunduz province", PlaceLevel.Admin1 },
        { "Three houses burned in Jessore district.", "Jessore district", PlaceLevel.Admin2 },
        { "Gunmen raided a market in Kunduz local government area.", "Kunduz local government area", PlaceLevel.Admin2 },
    };

    [Theory, MemberData(nameof(Generics))]
    public void Parse_GenericWord_PicksAdminLevel(string text, string name, PlaceLevel? level)
    {
        var mention = Assert.Single(Parser.Parse(text), m => m.Text.StartsWith(name, StringComparison.Ordinal));
        if (mention.Place is not null || level != PlaceLevel.Locality) Assert.Equal(level, mention.Place?.Level);
    }

    [Fact]
    public void Parse_HyphenatedPlaces_FindsBoth()
    {
        var mentions = Parser.Parse("Troops gathered along the Cambodia-Vietnam border.");
        Assert.Equal(["KH", "VN"], mentions.Select(m => m.Place?.CountryCode));
        Assert.Equal(["Cambodia", "Vietnam"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Parse_UnknownNameBeforeGeneric_IsMentionWithoutPlace()
    {
        var mention = Assert.Single(Parser.Parse("Protesters blocked a road in Zorbuldak township."));
        Assert.Equal("Zorbuldak township", mention.Text);
        Assert.Null(mention.Place);
    }

    [Fact]
    public void Parse_UnknownPlaceBeforeNamedArea_TakesTheNearestResolvedArea()
    {
        var mentions = Parser.Parse("A man was hurt at Zorbuldak in Qorvatunga upazila of Jessore district.");
        var village = Assert.Single(mentions, m => m.Text == "Zorbuldak");
        Assert.Equal(1337207, village.Place?.GeonameId);
        Assert.True(village.Score < 0.5);
    }

    [Fact]
    public void Parse_ListOfDistricts_IsNoHierarchy()
    {
        var mentions = Parser.Parse("Floods hit Sylhet, Comilla, Rangpur and Dinajpur.");
        Assert.Equal(4, mentions.Length);
        Assert.All(mentions, m => Assert.Equal("BD", m.Place?.CountryCode));
    }

    [Fact]
    public void Parse_WashingtonAlone_IsTheCapital()
    {
        var mention = MentionOf("Washington warned of new sanctions on Tuesday.", "Washington");
        Assert.Equal(4140963, mention.Place?.GeonameId);
    }

    [Fact]
    public void Parse_UnknownUpazilaOfNamedDistrict_FallsBackToTheDistrict()
    {
        const string text = "Two people were killed in Qorvatunga upazila of Jessore district.";
        var upazila = MentionOf(text, "Qorvatunga");
        Assert.Equal("Qorvatunga upazila", upazila.Text);
        Assert.NotNull(upazila.Place);
        Assert.Equal("BD", upazila.Place.CountryCode);
        Assert.Equal(PlaceLevel.Admin2, upazila.Place.Level);
        Assert.True(upazila.Score < 0.5);
    }

    public static TheoryData<string, string> Adjectivals => new()
    {
        { "Afghan forces retook the district centre.", "AF" },
        { "The strike hit an Afghan city near the border.", "AF" },
        { "Pakistani troops shelled the area.", "PK" },
    };

    [Theory, MemberData(nameof(Adjectivals))]
    public void Parse_Demonym_IsAdjectivalCountry(string text, string iso2)
    {
        var mention = Assert.Single(Parser.Parse(text), m => m.IsAdjectival);
        Assert.Equal(iso2, mention.Place?.CountryCode);
        Assert.Equal(PlaceLevel.Country, mention.Place?.Level);
    }

    public static TheoryData<string, string> NotPlaces => new()
    {
        { "Michael Jordan said the season was over.", "Jordan" },
        { "President Jordan met the delegation.", "Jordan" },
        { "Khaama Press reported the attack.", "Khaama" },
        { "He had an account at the Bank of Kabul.", "Kabul" },
        { "The Washington Post published the report.", "Washington" },
        { "Monday was calm.", "Monday" },
        { "Media reported heavy losses.", "Media" },
        { "Government forces advanced on Tuesday.", "Government" },
        { "Students marched to the National Grants Office.", "Grants" },
        { "I saw the convoy leave.", "I" },
        { "The attack began in March.", "March" },
        // Words of trade bodies' and unions' names, though small towns somewhere bear them.
        { "Members of the Kano Chamber of Commerce and Industry closed their shops.", "Commerce" },
        { "Members of the Kano Chamber of Commerce and Industry closed their shops.", "Industry" },
        { "The Labour Welfare Association of Multan staged a sit-in.", "Welfare" },
        { "Workers of the Freedom Alliance marched in Mombasa.", "Freedom" },
        { "The Power Workers Union called a strike in Enugu.", "Power" },
        // A name followed by an age is a person's, even when it holds a capital's name.
        { "Party workers said Kabul Sheikh, 27, was shot dead in Murshidabad.", "Kabul" },
    };

    [Theory, MemberData(nameof(NotPlaces))]
    public void Parse_NameThatIsNoPlace_IsNotAMention(string text, string word) =>
        Assert.DoesNotContain(Parser.Parse(text), m => m.Text.Contains(word, StringComparison.Ordinal) && !m.IsAdjectival && !m.InName);

    [Fact]
    public void Parse_SameNameTwice_GetsOneSense()
    {
        var mentions = Parser.Parse("Kunduz fell on Monday. By Tuesday Kunduz was retaken.");
        Assert.Equal(2, mentions.Length);
        Assert.Equal(mentions[0].Place, mentions[1].Place);
    }

    [Fact]
    public void Parse_Possessive_SpanExcludesApostropheS()
    {
        const string text = "Afghanistan's army moved north.";
        var mention = Assert.Single(Parser.Parse(text));
        Assert.Equal("Afghanistan", mention.Text);
        Assert.Equal("AF", mention.Place?.CountryCode);
    }

    [Fact]
    public void Resolve_GivenSpans_ResolvesEachInOrder()
    {
        const string text = "Clashes broke out in Kunduz province and later in Lahore.";
        var spans = new[] { new TextSpan(21, 36), new TextSpan(50, 56) };
        var mentions = Parser.Resolve(text, spans);
        Assert.Equal(2, mentions.Length);
        Assert.Equal(1135690, mentions[0].Place?.GeonameId);
        Assert.Equal("PK", mentions[1].Place?.CountryCode);
        Assert.Equal(spans, mentions.Select(m => m.Span));
    }

    [Fact]
    public void Parse_ConcurrentCalls_GiveTheSameAnswers()
    {
        string[] texts =
        [
            "Police arrested two men in Lahore, Punjab.",
            "Storms hit Georgia overnight, and Atlanta lost power.",
            "There were clashes in Bagram district of Parwan province.",
            "Afghan forces retook Kunduz on Tuesday.",
        ];
        var expected = texts.Select(t => Parser.Parse(t).Select(m => (m.Span, m.Place?.GeonameId)).ToArray()).ToArray();
        var actual = new (TextSpan, long?)[400][];
        Parallel.For(0, actual.Length, i => actual[i] = Parser.Parse(texts[i % texts.Length]).Select(m => (m.Span, m.Place?.GeonameId)).ToArray());
        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % texts.Length], actual[i]);
    }

    [FsCheck.Xunit.Property]
    public bool Parse_AnyText_SpansLieInsideText(string? text)
    {
        text ??= "";
        return Parser.Parse(text).All(m => m.Span.End <= text.Length && m.Span.Of(text) == m.Text && m.Score is >= 0 and <= 1);
    }

    [FsCheck.Xunit.Property]
    public bool Parse_AnyWordsAfterPlace_SpansLieInsideText(string? tail)
    {
        var text = "Fighting in Kunduz, Afghanistan " + (tail ?? "") + " near Lahore.";
        return Parser.Parse(text).All(m => m.Span.End <= text.Length && m.Span.Of(text) == m.Text);
    }
}
