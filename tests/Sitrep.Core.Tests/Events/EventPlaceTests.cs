using System.Collections.Immutable;
using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Geo;
using Sitrep.Core.Text;
using static Sitrep.Core.Tests.Events.AnnotatedArticleBuilder;

namespace Sitrep.Core.Tests.Events;

/// How the event coder picks the event's place among the places of a report: a stray namesake village, the topic
/// of a protest, a demonym, a namesake abroad, "the capital".
public class EventPlaceTests
{
    static readonly DateOnly Published = new(2016, 10, 3);
    static readonly EventCoder Coder = EventCoder.CreateDefault();

    static GeoPlace District(string name, string country, double lat, double lon, long id) =>
        new(id, name, lat, lon, country, "02", "Division", name, "A", "ADM2", 0, PlaceLevel.Admin2);

    static ConflictEvent Single(AnnotatedArticle article) =>
        Assert.Single(Coder.Code(article), e => e.Kind == RecordKind.Event);

    public static TheoryData<string, string, string> StrayVillages => new()
    {
        // A village of that name 300 km off, beside the district the report names: the district is the event's place.
        { "Robbers attacked a trader near Dhalpur bridge in Kasba upazila on Monday.", "Dhalpur", "Kasba" },
        { "Gunmen attacked a shop in Rampara area of Sherpur district on Monday.", "Rampara", "Sherpur" },
    };

    [Theory, MemberData(nameof(StrayVillages))]
    public void Code_VillageFarFromTheNamedDistrict_TakesTheDistrict(string text, string village, string district)
    {
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place(village, Town(village, "BD", 22.0, 92.0, 1))
            .Place(district, District(district, "BD", 25.0, 89.0, 2))
            .Actor(text.Split(' ')[0], "Unidentified Armed Group (Bangladesh)", ActorKind.PoliticalMilitia, "BD", unidentified: true)
            .Build());

        Assert.Equal(district, e.Location?.Name);
    }

    [Fact]
    public void Code_VillageNearTheNamedDistrict_KeepsTheVillage()
    {
        var text = "Robbers attacked a trader near Dhalpur bridge in Kasba upazila on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Dhalpur", Town("Dhalpur", "BD", 25.1, 89.1, 1))
            .Place("Kasba", District("Kasba", "BD", 25.0, 89.0, 2))
            .Actor("Robbers", "Unidentified Armed Group (Bangladesh)", ActorKind.PoliticalMilitia, "BD", unidentified: true)
            .Build());

        Assert.Equal("Dhalpur", e.Location?.Name);
    }

    [Fact]
    public void Code_ProtestAgainstEventsElsewhere_IsPlacedAtItsVenue()
    {
        var text = "Traders in Multan held a protest against the killings in Gaza on Friday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Multan", Town("Multan", "PK", 30.2, 71.5, 1))
            .Place("Gaza", Town("Gaza", "PS", 31.5, 34.47, 2))
            .Build());

        Assert.Equal("Multan", e.Location?.Name);
    }

    [Fact]
    public void Code_DemonymBesideAProvince_TakesTheProvince()
    {
        var text = "Villagers protested against a Korean mining firm on Friday. The mine lies in Kampot province.";
        var province = new GeoPlace(3, "Kampot", 10.7, 104.3, "KH", "08", "Kampot", null, "A", "ADM1", 0, PlaceLevel.Admin1);
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Korean", Country("South Korea", "KR", 36.5, 127.8), adjectival: true)
            .Place("Kampot", province)
            .Build());

        Assert.Equal("Kampot", e.Location?.Name);
    }

    [Fact]
    public void Code_NamesakeAbroadInAReportAboutOneCountry_TakesTheNamesakeAtHome()
    {
        var text = "Workers of the Awami Party protested in Rampur on Monday, and later marched to Sylhet and Comilla.";
        var abroad = Town("Rampur", "IN", 28.8, 79.0, 1) with { Population = 300_000, FeatureCode = "PPLA2" };
        var home = Town("Rampur", "BD", 24.5, 90.0, 2) with { Population = 30_000 };
        var rampur = new PlaceMention(Span(text, "Rampur"), "Rampur", abroad, 0.6, [home], false);
        var article = new AnnotatedArticleBuilder(text, Published)
            .Place("Sylhet", Town("Sylhet", "BD", 24.9, 91.9, 3))
            .Place("Comilla", Town("Comilla", "BD", 23.46, 91.18, 4))
            .Build();
        article = article with { Places = [.. article.Places.Append(rampur).OrderBy(p => p.Span.Start)] };

        var e = Assert.Single(Coder.Code(article), x => x.Evidence.Any(ev => ev.Field == "location" && ev.Text == "Rampur"));

        Assert.Equal("BD", e.Location?.Country);
    }

    [Fact]
    public void Code_ProtestInTheCapital_IsPlacedAtTheCountrysCapital()
    {
        var text = "Police of Nepal baton-charged protesters in the capital on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Actor("Police of Nepal", "Police Forces of Nepal", ActorKind.StateForces, "NP")
            .Actor("protesters", "Protesters", ActorKind.Protesters)
            .Build());

        Assert.Equal("NP", e.Location?.Country);
        Assert.Equal("PPLC", Gazetteer.LoadDefault().Find(e.Location!.GeonameId!.Value)?.FeatureCode);
        Assert.Contains(e.Evidence, ev => ev.Field == "location" && ev.Text == "the capital");
    }

    public static TheoryData<string, string, string> CompoundParts => new()
    {
        { "Pickets torched a truck on the Kabul-Jalalabad highway near Surobi on Monday.", "Kabul", "Surobi" },
        { "Robbers attacked a Quetta-bound bus near Mastung on Monday.", "Quetta", "Mastung" },
    };

    [Theory, MemberData(nameof(CompoundParts))]
    public void Code_PartOfACompound_LosesToTheTownNamed(string text, string part, string town)
    {
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place(part, Town(part, "AF", 34.5, 69.2, 1) with { Population = 3_000_000, FeatureCode = "PPLC" })
            .Place(town, Town(town, "AF", 34.6, 69.7, 2))
            .Build());

        Assert.Equal(town, e.Location?.Name);
    }

    [Fact]
    public void Code_SmallVillageFarFromAnUpazilaNamedWithItsGenericWord_TakesTheUpazila()
    {
        // Both resolved to small villages: the one named with its admin word ("upazila") anchors the report.
        var text = "Robbers attacked a trader near Dhalpur bridge in Kasba upazila on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Dhalpur", Town("Dhalpur", "BD", 22.0, 92.0, 1))
            .Place("Kasba upazila", Town("Kasba", "BD", 25.0, 89.0, 2))
            .Actor("Robbers", "Unidentified Armed Group (Bangladesh)", ActorKind.PoliticalMilitia, "BD", unidentified: true)
            .Build());

        Assert.Equal("Kasba", e.Location?.Name);
    }

    [Fact]
    public void Code_ProvinceInTheClauseAndTownLaterInTheSentence_TakesTheTown()
    {
        // The province is part of the party's name; the venue follows the protest.
        var text = "Activists of the Balochistan Students Front held a protest against the new tax outside the Turbat Press Club.";
        var province = new GeoPlace(3, "Balochistan", 28.5, 65.5, "PK", "02", "Balochistan", null, "A", "ADM1", 0, PlaceLevel.Admin1);
        var article = new AnnotatedArticleBuilder(text, Published)
            .Place("Balochistan", province)
            .Place("Turbat", Town("Turbat", "PK", 26.0, 63.05, 4))
            .Build();

        var e = Single(article);

        Assert.Equal("Turbat", e.Location?.Name);
    }

    [Fact]
    public void Code_OperationInsideACountryByForeignTroops_IsPlacedInThatCountry()
    {
        var text = "Thai troops raided two camps inside Laos on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Thai", Country("Thailand", "TH", 15.0, 101.0), adjectival: true)
            .Place("Laos", Country("Laos", "LA", 18.0, 105.0), adjectival: true)
            .Build());

        Assert.Equal("LA", e.Location?.Country);
    }

    static GeoPlace Real(string name, PlaceLevel level, string iso2) =>
        Assert.Single(Gazetteer.LoadDefault().Lookup(name), p => p.Level == level && p.CountryCode == iso2);

    public static TheoryData<string, PlaceLevel, string, string, int> AreasOnly => new()
    {
        // A province named alone is coded at its capital, a district at its headquarters town, a country at its capital.
        { "Kunduz", PlaceLevel.Admin1, "AF", "Kunduz", 3 },
        { "Kunduz", PlaceLevel.Admin2, "AF", "Kunduz", 2 },
        { "Afghanistan", PlaceLevel.Country, "AF", "Kabul", 3 },
    };

    [Theory, MemberData(nameof(AreasOnly))]
    public void Code_AreaNamedAlone_IsCodedAtItsSeat(string name, PlaceLevel level, string iso2, string seat, int precision)
    {
        var text = $"Shopkeepers protested in {name} on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published).Place(name, Real(name, level, iso2)).Build());

        Assert.Equal((seat, PlaceLevel.Locality), (e.Location?.Name, Gazetteer.LoadDefault().Find(e.Location!.GeonameId!.Value)?.Level));
        Assert.Equal(precision, e.Location?.GeoPrecision);
    }

    [Fact]
    public void Code_NoPlaceButANamedCountrysPolice_IsCodedAtThatCapital()
    {
        var text = "Police of Bangladesh arrested twelve protesters on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Actor("Police of Bangladesh", "Police Forces of Bangladesh", ActorKind.StateForces, "BD")
            .Actor("protesters", "Protesters", ActorKind.Protesters)
            .Build());

        Assert.Equal(("Dhaka", 3), (e.Location?.Name, e.Location?.GeoPrecision));
    }

    [FsCheck.Xunit.Property]
    public bool Code_AnyText_LocationEvidenceLiesInsideTheText(string? raw)
    {
        var text = (raw ?? "") + " Protesters rallied in the capital.";
        var article = new AnnotatedArticleBuilder(text, Published)
            .Actor("Protesters", "Protesters", ActorKind.Protesters, "NP")
            .Build();
        return Coder.Code(article).SelectMany(e => e.Evidence).All(ev => ev.Span.End <= text.Length && ev.Text == text[ev.Span.Start..ev.Span.End]);
    }

    static TextSpan Span(string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(at, at + words.Length);
    }
}
