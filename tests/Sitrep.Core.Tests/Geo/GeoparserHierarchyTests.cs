using Sitrep.Core.Geo;

namespace Sitrep.Core.Tests.Geo;

/// "X, Y" and "X in Y district": a place must lie in (or near) the area the text puts it in; a name whose every
/// sense lies elsewhere is a place the gazetteer lacks, and the area stands in for it.
public class GeoparserHierarchyTests
{
    static readonly Geoparser Parser = Geoparser.CreateDefault();

    public static TheoryData<string, string, string> UnknownQuarters => new()
    {
        // Quarters named like far-away villages: the city the text names is the answer, not the namesake.
        { "Police raided a house in Shadman, Peshawar on Monday.", "Shadman", "Peshawar" },
        { "Two men were shot in Mohammadpur, Quetta on Friday.", "Mohammadpur", "Quetta" },
    };

    [Theory, MemberData(nameof(UnknownQuarters))]
    public void Parse_NamesakeFarFromItsCity_StandsInForTheCity(string text, string quarter, string city)
    {
        var mentions = Parser.Parse(text);
        var area = Assert.Single(mentions, m => m.Text == city).Place!;
        var child = Assert.Single(mentions, m => m.Text == quarter).Place!;

        Assert.True(GreatCircle.Kilometres(area.Latitude, area.Longitude, child.Latitude, child.Longitude) < 100,
            $"{quarter} resolved to {child.Name} ({child.Latitude}, {child.Longitude}), far from {area.Name}");
    }

    [Fact]
    public void Parse_TownInsideItsProvince_KeepsTheTown()
    {
        var mentions = Parser.Parse("Gunmen attacked a market in Mardan, Khyber Pakhtunkhwa on Sunday.");
        var town = Assert.Single(mentions, m => m.Text == "Mardan").Place!;

        Assert.Equal(("Mardan", PlaceLevel.Locality), (town.Name, town.Level));
    }

    [Fact]
    public void Parse_ListClosedByAnUnknownName_IsNoHierarchy()
    {
        var mentions = Parser.Parse("Rallies were held in Bogra, Rangpur and Xyzabad on Monday.");

        // Bogra lies in another division than Rangpur: read as "Bogra in Rangpur" it would give way to Rangpur.
        Assert.Equal("Bogra", Assert.Single(mentions, m => m.Text == "Bogra").Place?.Name);
    }

    [Fact]
    public void Parse_BorderReport_KeepsThePlaceOfTheSecondCountry()
    {
        // India dominates the votes, but Nepal is named too: its district is no misreading.
        var mentions = Parser.Parse("Indian guards from Bihar, India fired at a Nepali police post in Rautahat district of Nepal.");

        Assert.Equal("NP", Assert.Single(mentions, m => m.Text.StartsWith("Rautahat", StringComparison.Ordinal)).Place?.CountryCode);
    }

    [FsCheck.Xunit.Property]
    public bool Parse_AnyPrefix_SpansLieInsideTheText(string? raw)
    {
        var text = (raw ?? "") + " in Gulistan, Lahore";
        return Parser.Parse(text).All(m => m.Span.End <= text.Length && m.Text == text[m.Span.Start..m.Span.End]);
    }
}
