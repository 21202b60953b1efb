using Sitrep.Core.Geo;

namespace Sitrep.Core.Tests.Geo;

/// "X, Y" and "X in Y district": a place must lie in (or near) the area the text puts it in; a name whose every
/// sense lies elsewhere is a place the gazetteer lacks, and the area stands in for it.
public class GeoparserHierarchyTests
{
    static readonly Geoparser Parser = Geoparser.CreateDefault();

    public static TheoryData<string, string, string> QuartersOfCities => new()
    {
        // A quarter named like a far-away district: the city the text names is the answer, not the namesake.
        { "Two men were shot in Shahrak, Herat on Friday.", "Shahrak", "Herat" },
        // A quarter the gazetteer has, near its city: kept.
        { "Police raided a house in Sabon Gari, Kano on Monday.", "Sabon Gari", "Kano" },
    };

    [Theory, MemberData(nameof(QuartersOfCities))]
    public void Parse_PlaceWithItsCity_LiesNearTheCity(string text, string quarter, string city)
    {
        var mentions = Parser.Parse(text);
        var area = Assert.Single(mentions, m => m.Text == city).Place!;
        var child = Assert.Single(mentions, m => m.Text == quarter).Place!;

        Assert.True(GreatCircle.Kilometres(area.Latitude, area.Longitude, child.Latitude, child.Longitude) < 100,
            $"{quarter} resolved to {child.Name} ({child.Latitude}, {child.Longitude}), far from {area.Name}");
    }

    /// A sub-district is small: a village named in it lies within a few tens of kilometres of its seat, and a
    /// namesake farther off is a place the gazetteer lacks.
    [Fact]
    public void Parse_VillageInASubDistrict_LiesNearItsSeat()
    {
        var mentions = Parser.Parse("Police found a body at Baghdanga village in Monirampur upazila on Monday.");
        var area = Assert.Single(mentions, m => m.Text.StartsWith("Monirampur", StringComparison.Ordinal)).Place!;
        var child = Assert.Single(mentions, m => m.Text.StartsWith("Baghdanga", StringComparison.Ordinal)).Place;
        Assert.True(child is null || GreatCircle.Kilometres(area.Latitude, area.Longitude, child.Latitude, child.Longitude) < 35,
            $"Baghdanga resolved to {child?.Name} ({child?.Latitude}, {child?.Longitude}), far from {area.Name}");
    }

    [Fact]
    public void Parse_TownInsideItsProvince_KeepsTheTown()
    {
        var mentions = Parser.Parse("Gunmen attacked a market in Maiduguri, Borno on Sunday.");
        var town = Assert.Single(mentions, m => m.Text == "Maiduguri").Place!;

        Assert.Equal(("Maiduguri", PlaceLevel.Locality), (town.Name, town.Level));
    }

    [Fact]
    public void Parse_ListClosedByAnUnknownName_IsNoHierarchy()
    {
        // Funtua lies in another state than Gusau: read as "Funtua in Gusau" it could give way to Gusau.
        var mentions = Parser.Parse("Rallies were held in Funtua, Gusau and Xyzabad on Monday.");

        Assert.Equal("Funtua", Assert.Single(mentions, m => m.Text == "Funtua").Place?.Name);
    }

    [Fact]
    public void Parse_BorderReport_KeepsThePlaceOfTheSecondCountry()
    {
        // Sudan dominates the votes, but South Sudan is named too: its county is no misreading.
        var mentions = Parser.Parse("Sudanese soldiers from Kordofan, Sudan fired at a South Sudanese police post in Renk county of South Sudan.");

        Assert.Equal("SS", Assert.Single(mentions, m => m.Text.StartsWith("Renk", StringComparison.Ordinal)).Place?.CountryCode);
    }

    [Theory]
    [InlineData("Gunmen shot dead a shopkeeper in Zorbadi Kabul on Monday.", "Kabul", "AF")]
    // A quarter that shares its name with an obscure village somewhere still glues to the city.
    [InlineData("Gunmen shot dead a shopkeeper in Karimabad Lahore on Monday.", "Lahore", "PK")]
    public void Parse_QuarterGluedToACity_KeepsTheCity(string text, string city, string country)
    {
        var mentions = Parser.Parse(text);

        Assert.Equal(country, Assert.Single(mentions, m => m.Text == city).Place?.CountryCode);
    }

    [FsCheck.Xunit.Property]
    public bool Parse_AnyPrefix_SpansLieInsideTheText(string? raw)
    {
        var text = (raw ?? "") + " in Shahrak, Herat";
        return Parser.Parse(text).All(m => m.Span.End <= text.Length && m.Text == text[m.Span.Start..m.Span.End]);
    }
}
