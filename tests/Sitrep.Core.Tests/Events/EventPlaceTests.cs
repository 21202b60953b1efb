using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Geo;
using Sitrep.Core.Text;
using Sitrep.Core.Time;
using static Sitrep.Core.Tests.Events.AnnotatedArticleBuilder;

namespace Sitrep.Core.Tests.Events;

/// How the event coder picks the event's place among the places of a report (a stray namesake village, the topic
/// of a protest, a demonym, a namesake abroad, part of a compound, "the capital") and where it codes an area named
/// alone (a province at its capital, a district at its seat, a country at its capital).
public class EventPlaceTests
{
    static readonly DateOnly Published = new(2016, 10, 3);
    static readonly EventCoder Coder = EventCoder.CreateDefault();

    static GeoPlace District(string name, string country, double lat, double lon, long id) =>
        new(id, name, lat, lon, country, "02", "Province", name, "A", "ADM2", 0, PlaceLevel.Admin2);

    static GeoPlace Real(string name, PlaceLevel level, string iso2) =>
        Assert.Single(Gazetteer.LoadDefault().Lookup(name), p => p.Level == level && p.CountryCode == iso2);

    static ConflictEvent Single(AnnotatedArticle article) =>
        Assert.Single(Coder.Code(article), e => e.Kind == RecordKind.Event);

    static TextSpan Span(string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(at, at + words.Length);
    }

    public static TheoryData<string, string, string> StrayVillages => new()
    {
        // A village of that name 300 km off, beside the district the report names: the district is the event's place.
        { "Gunmen attacked a trader near Tawila bridge in Sholgara district on Monday.", "Tawila", "Sholgara" },
        { "Gunmen attacked a shop in Qarabagh area of Andar district on Monday.", "Qarabagh", "Andar" },
    };

    [Theory, MemberData(nameof(StrayVillages))]
    public void Code_VillageFarFromTheNamedDistrict_TakesTheDistrict(string text, string village, string district)
    {
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place(village, Town(village, "AF", 32.0, 62.0, 1))
            .Place(district, District(district, "AF", 36.0, 66.8, 2))
            .Actor("Gunmen", "Unidentified Armed Group (Afghanistan)", ActorKind.PoliticalMilitia, "AF", unidentified: true)
            .Build());

        Assert.Equal(district, e.Location?.Name);
    }

    [Fact]
    public void Code_VillageNearTheNamedDistrict_KeepsTheVillage()
    {
        var text = "Gunmen attacked a trader near Tawila bridge in Sholgara district on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Tawila", Town("Tawila", "AF", 36.1, 66.9, 1))
            .Place("Sholgara", District("Sholgara", "AF", 36.0, 66.8, 2))
            .Actor("Gunmen", "Unidentified Armed Group (Afghanistan)", ActorKind.PoliticalMilitia, "AF", unidentified: true)
            .Build());

        Assert.Equal("Tawila", e.Location?.Name);
    }

    [Fact]
    public void Code_SmallVillageFarFromADistrictNamedWithItsGenericWord_TakesTheDistrict()
    {
        // Both resolved to small villages: the one named with its admin word ("district") anchors the report.
        var text = "Gunmen attacked a trader near Tawila bridge in Sholgara district on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Tawila", Town("Tawila", "AF", 32.0, 62.0, 1))
            .Place("Sholgara district", Town("Sholgara", "AF", 36.0, 66.8, 2))
            .Actor("Gunmen", "Unidentified Armed Group (Afghanistan)", ActorKind.PoliticalMilitia, "AF", unidentified: true)
            .Build());

        Assert.Equal("Sholgara", e.Location?.Name);
    }

    [Fact]
    public void Code_ProtestAgainstEventsElsewhere_IsPlacedAtItsVenue()
    {
        var text = "Traders in Kano held a protest against the killings in Gaza on Friday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Kano", Town("Kano", "NG", 12.0, 8.5, 1))
            .Place("Gaza", Town("Gaza", "PS", 31.5, 34.47, 2))
            .Build());

        Assert.Equal("Kano", e.Location?.Name);
    }

    /// A protest that opens its clause, with the venue told only after the violence it protests (past its comma).
    [Fact]
    public void Code_VenueAfterTheProtestedViolence_TakesTheVenue()
    {
        var text = "Traders protested against the killing of a shopkeeper in Garissa last month, in Nairobi on Friday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Garissa", Town("Garissa", "KE", -0.45, 39.65, 1))
            .Place("Nairobi", Town("Nairobi", "KE", -1.29, 36.82, 2))
            .Build());

        Assert.Equal("Nairobi", e.Location?.Name);
    }

    /// A town a distance is measured from is a landmark: the venue the text names beside it wins, however well known
    /// the landmark.
    [Fact]
    public void Code_VenueBesideADistanceFromACity_TakesTheVenue()
    {
        var e = CodedReports.MainEvent("A bomb exploded at a market in Bura, some 300 km east of Nairobi, on Monday, killing four.");
        Assert.Equal("Bura", e.Location?.Name);
    }

    [Fact]
    public void Code_ProvinceInAPartysNameAndTheVenueAfterTheProtest_TakesTheVenue()
    {
        var text = "Activists of the Kano Youth Front held a protest against the new tax outside the Kaduna Press Club.";
        var state = new GeoPlace(3, "Kano", 11.7, 8.6, "NG", "29", "Kano", null, "A", "ADM1", 0, PlaceLevel.Admin1);
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Kano", state)
            .Place("Kaduna", Town("Kaduna", "NG", 10.5, 7.4, 4))
            .Build());

        Assert.Equal("Kaduna", e.Location?.Name);
    }

    [Fact]
    public void Code_ProvinceInTheClauseAndOneOfItsTownsInTheReport_TakesTheTown()
    {
        var text = "Teachers protested across Kano state on Monday. The largest rally was held by the union of Wudil.";
        var state = new GeoPlace(3, "Kano", 11.7, 8.6, "NG", "29", "Kano", null, "A", "ADM1", 0, PlaceLevel.Admin1);
        var wudil = new GeoPlace(4, "Wudil", 11.8, 8.85, "NG", "29", "Kano", "Wudil", "P", "PPL", 10000, PlaceLevel.Locality);
        var e = Assert.Single(Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Place("Kano", state)
            .Place("Wudil", wudil)
            .Build()), x => x.Evidence.Any(ev => ev.Field == "event_type" && ev.Text.StartsWith("protest", StringComparison.Ordinal)));

        Assert.Equal("Wudil", e.Location?.Name);
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
    public void Code_OperationInsideACountryByForeignTroops_IsPlacedInThatCountry()
    {
        var text = "Thai troops raided two camps inside Laos on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Place("Thai", Country("Thailand", "TH", 15.0, 101.0), adjectival: true)
            .Place("Laos", Country("Laos", "LA", 18.0, 105.0), adjectival: true)
            .Build());

        Assert.Equal("LA", e.Location?.Country);
    }

    [Fact]
    public void Code_NamesakeAbroadInAReportAboutOneCountry_TakesTheNamesakeAtHome()
    {
        var text = "Workers protested in Kaura on Monday, and later marched to Zaria and Kafanchan.";
        var abroad = Town("Kaura", "NE", 13.5, 2.1, 1) with { Population = 300_000, FeatureCode = "PPLA2" };
        var home = Town("Kaura", "NG", 9.6, 8.4, 2) with { Population = 30_000 };
        var kaura = new PlaceMention(Span(text, "Kaura"), "Kaura", abroad, 0.6, [home], false);
        var article = new AnnotatedArticleBuilder(text, Published)
            .Place("Zaria", Town("Zaria", "NG", 11.1, 7.7, 3))
            .Place("Kafanchan", Town("Kafanchan", "NG", 9.58, 8.29, 4))
            .Build();
        article = article with { Places = [.. article.Places.Append(kaura).OrderBy(p => p.Span.Start)] };

        var e = Assert.Single(Coder.Code(article), x => x.Evidence.Any(ev => ev.Field == "location" && ev.Text == "Kaura"));

        Assert.Equal("NG", e.Location?.Country);
    }

    [Fact]
    public void Code_VillageOutsideTheProvinceOfTheReport_TakesItsNamesakeInThatProvince()
    {
        var text = "Gunmen raided Dagarwa on Monday, the police of Katsina state said.";
        var katsina = new GeoPlace(5, "Katsina", 12.3, 7.6, "NG", "24", "Katsina", null, "A", "ADM1", 0, PlaceLevel.Admin1);
        var elsewhere = new GeoPlace(6, "Dagarwa", 9.1, 4.6, "NG", "31", "Niger", null, "P", "PPL", 0, PlaceLevel.Locality);
        var inKatsina = new GeoPlace(7, "Dagarwa", 12.1, 7.4, "NG", "24", "Katsina", null, "P", "PPL", 0, PlaceLevel.Locality);
        var article = new AnnotatedArticleBuilder(text, Published)
            .Place("Katsina", katsina)
            .Actor("Gunmen", "Unidentified Armed Group (Nigeria)", ActorKind.PoliticalMilitia, "NG", unidentified: true)
            .Build();
        var dagarwa = new PlaceMention(Span(text, "Dagarwa"), "Dagarwa", elsewhere, 0.5, [inKatsina], false);
        article = article with { Places = [.. article.Places.Append(dagarwa).OrderBy(p => p.Span.Start)] };

        var e = Single(article);

        Assert.Equal(("Dagarwa", 12.1), (e.Location?.Name, e.Location?.Latitude));
    }

    public static TheoryData<double, int> NeighbourTowns => new()
    {
        // Two towns of one state 30 km apart are one report's places; 300 km apart, two incidents.
        { 11.8, 1 },
        { 14.0, 2 },
    };

    [Theory, MemberData(nameof(NeighbourTowns))]
    public void Code_SameActInTwoTownsOfAProvince_MergesOnlyNeighbours(double latitude, int events)
    {
        var text = "Troops shelled villages near Wudil on Monday. Troops shelled villages near Garko on Monday.";
        var wudil = new GeoPlace(4, "Wudil", 11.8, 8.85, "NG", "29", "Kano", "Wudil", "P", "PPL", 10000, PlaceLevel.Locality);
        var garko = new GeoPlace(5, "Garko", latitude, 8.6, "NG", "29", "Kano", "Garko", "P", "PPL", 10000, PlaceLevel.Locality);
        var coded = Coder.Code(new AnnotatedArticleBuilder(text, Published)
            .Place("Wudil", wudil)
            .Place("Garko", garko)
            .Time("Monday", "2016-10-03", "2016-10-03", TimeGranularity.Day)
            .Actor("Troops", "Military Forces of Nigeria", ActorKind.StateForces, "NG")
            .Actor("Troops", "Military Forces of Nigeria", ActorKind.StateForces, "NG", occurrence: 1)
            .Build());

        Assert.Equal(events, coded.Count(e => e.Kind == RecordKind.Event));
    }

    public static TheoryData<string, string, string> CompoundParts => new()
    {
        { "Pickets torched a truck on the Kabul-Jalalabad highway near Surobi on Monday.", "Kabul", "Surobi" },
        { "Robbers attacked a Kandahar-bound bus near Qalat on Monday.", "Kandahar", "Qalat" },
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
    public void Code_ProtestInTheCapital_IsPlacedAtTheCountrysCapital()
    {
        var text = "Police of Ghana baton-charged protesters in the capital on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Actor("Police of Ghana", "Police Forces of Ghana", ActorKind.StateForces, "GH")
            .Actor("protesters", "Protesters", ActorKind.Protesters)
            .Build());

        Assert.Equal(("GH", "Accra"), (e.Location?.Country, e.Location?.Name));
        Assert.Contains(e.Evidence, ev => ev.Field == "location" && ev.Text == "the capital");
    }

    [Fact]
    public void Code_NoPlaceButANamedCountrysPolice_IsCodedAtThatCapital()
    {
        var text = "Police of Ghana arrested twelve protesters on Monday.";
        var e = Single(new AnnotatedArticleBuilder(text, Published)
            .Actor("Police of Ghana", "Police Forces of Ghana", ActorKind.StateForces, "GH")
            .Actor("protesters", "Protesters", ActorKind.Protesters)
            .Build());

        Assert.Equal(("Accra", 3), (e.Location?.Name, e.Location?.GeoPrecision));
    }

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

    [FsCheck.Xunit.Property]
    public bool Code_AnyText_EvidenceLiesInsideTheText(string? raw)
    {
        var text = (raw ?? "") + " Protesters rallied in the capital.";
        var article = new AnnotatedArticleBuilder(text, Published)
            .Actor("Protesters", "Protesters", ActorKind.Protesters, "GH")
            .Build();
        return Coder.Code(article).SelectMany(e => e.Evidence).All(ev => ev.Span.End <= text.Length && ev.Text == text[ev.Span.Start..ev.Span.End]);
    }
}

/// ACLED codes an event a place: a protest told at a list of towns is one event at each; a list that is one place
/// with its province, a stretch "between" two towns, or an event with a toll that cannot be shared out stays one.
public class ListedPlaceTests
{
    [Fact]
    public void Code_ProtestAtThreeListedTowns_IsOneEventAtEach()
    {
        var events = CodedReports.Run("Nurses held rallies in Mombasa, Kisumu and Nakuru on Monday.").Events
            .Where(e => e.Kind == RecordKind.Event).ToList();
        Assert.Equal(["Mombasa", "Kisumu", "Nakuru"], events.Select(e => e.Location?.Name));
        Assert.All(events, e => Assert.Equal("Peaceful protest", e.SubEventType));
        Assert.Equal(3, events.Select(e => e.EventId).Distinct().Count());
    }

    /// The whole list counts wherever in it the event's place stands; a name the gazetteer does not know between
    /// commas does not cut it short; a district listed with its towns is told through them.
    [Theory]
    [InlineData("In Kalyani, Krishnanagar and Ranaghat, nurses held rallies on Monday.", 3)]
    [InlineData("In Birbhum, Bolpur and Suri, nurses held rallies on Monday.", 2)]
    [InlineData("Nurses held rallies in Mombasa, Kisumu, Zzyzxville, Nakuru and Eldoret on Monday.", 4)]
    public void Code_ProtestAtListedTowns_IsOneEventAtEachWhereverTheEventsPlaceStands(string text, int places)
    {
        var events = CodedReports.Run(text).Events.Where(e => e.Kind == RecordKind.Event).ToList();
        Assert.Equal(places, events.Count);
        Assert.Equal(places, events.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(places, events.Select(e => e.Evidence.Single(v => v.Field == "location").Span.Start).Distinct().Count());
    }

    [Theory]
    [InlineData("Nurses held a rally in Kisumu, Kenya on Monday.")]
    [InlineData("Traders blocked the road between Kisumu and Nakuru on Monday.")]
    [InlineData("Two people were killed in clashes in Kisumu and Nakuru on Monday.")]
    public void Code_ListThatIsNoSetOfVenues_StaysOneEvent(string text) =>
        Assert.Single(CodedReports.Run(text).Events, e => e.Kind == RecordKind.Event);
}

/// ACLED codes an event a day: a protest told over a few days is one event on each; a toll keeps it one.
public class EventPerDayTests
{
    [Fact]
    public void Code_ProtestFromFourthToSixth_IsOneEventEachDay()
    {
        var events = CodedReports.Run("Teachers staged protests in Nairobi from 4 to 6 March.").Events.Where(e => e.Kind == RecordKind.Event).ToList();
        Assert.Equal([new DateOnly(2019, 3, 4), new DateOnly(2019, 3, 5), new DateOnly(2019, 3, 6)], events.Select(e => e.Date));
        Assert.All(events, e => Assert.Equal(1, e.TimePrecision));
        Assert.Equal(3, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void Code_ClashesOverThreeDaysWithAToll_StayOneEvent() =>
        Assert.Single(CodedReports.Run("Twelve people were killed in clashes between herders and farmers in Jos from 4 to 6 March.").Events,
            e => e.Kind == RecordKind.Event);
}
