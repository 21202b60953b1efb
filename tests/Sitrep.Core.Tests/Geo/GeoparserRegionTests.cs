using Sitrep.Core.Geo;

namespace Sitrep.Core.Tests.Geo;

/// Regions the GeoNames extracts lack (data/geo/regions.tsv) and dotted state abbreviations.
public class GeoparserRegionTests
{
    static readonly Geoparser Parser = Geoparser.CreateDefault();

    /// text, the toponym, its country ("" for a region across borders), level, latitude and longitude within 3 degrees
    public static TheoryData<string, string, string, PlaceLevel, double, double> Regions => new()
    {
        { "Aid convoys were attacked in Darfur last week.", "Darfur", "SD", PlaceLevel.Region, 13.5, 24.5 },
        { "Russian troops stayed in South Ossetia after the war.", "South Ossetia", "GE", PlaceLevel.Region, 42.3, 44.0 },
        { "Oil prices rose on tension in the Middle East.", "Middle East", "", PlaceLevel.Region, 29.0, 41.0 },
        { "Piracy returned to waters off the Horn of Africa.", "Horn of Africa", "", PlaceLevel.Region, 8.0, 45.0 },
        { "Settlers clashed with villagers in the West Bank.", "West Bank", "PS", PlaceLevel.Admin1, 32.0, 35.2 },
        { "A tanker sank in the Atlantic after the storm.", "Atlantic", "", PlaceLevel.Region, 10.0, -30.0 },
        { "Envoys of the Holy See arrived in Geneva.", "Holy See", "VA", PlaceLevel.Country, 41.9, 12.45 },
    };

    [Theory, MemberData(nameof(Regions))]
    public void Parse_NamedRegion_IsFoundWithARoughCentre(string text, string name, string country, PlaceLevel level, double latitude, double longitude)
    {
        var mention = Assert.Single(Parser.Parse(text), m => m.Text == name);
        Assert.NotNull(mention.Place);
        Assert.Equal((country, level), (mention.Place.CountryCode, mention.Place.Level));
        Assert.InRange(mention.Place.Latitude, latitude - 3, latitude + 3);
        Assert.InRange(mention.Place.Longitude, longitude - 3, longitude + 3);
        // Not a GeoNames feature: no GeoNames id to claim.
        if (level == PlaceLevel.Region) Assert.Null(mention.Place.GeoNamesId);
    }

    [Fact]
    public void Parse_DirectionWordsAlone_AreStillNoPlace()
    {
        Assert.DoesNotContain(Parser.Parse("The West and the East traded blame."), m => m.Text is "West" or "East" or "West and the East");
    }

    public static TheoryData<string, string, string> StateAbbreviations => new()
    {
        { "A mine collapsed near Beckley, W.Va., on Friday.", "W.Va.", "West Virginia" },
        { "A mine collapsed near Beckley, W. Va., on Friday.", "W. Va.", "West Virginia" },
        { "Flooding closed roads in Dover, Del., overnight.", "Del.", "Delaware" },
    };

    [Theory, MemberData(nameof(StateAbbreviations))]
    public void Parse_DottedStateAbbreviation_IsTheState(string text, string abbreviation, string state)
    {
        var mention = Assert.Single(Parser.Parse(text), m => m.Text.StartsWith(abbreviation.TrimEnd('.'), StringComparison.Ordinal));
        Assert.Equal((state, "US"), (mention.Place?.Name, mention.Place?.CountryCode));
    }

    [Fact]
    public void Parse_ContinentAdjective_IsTheContinentAndAdjectival()
    {
        var mention = Assert.Single(Parser.Parse("European ministers met in Oslo on Friday."), m => m.Text == "European");
        Assert.True(mention.IsAdjectival);
        Assert.Equal((PlaceLevel.Continent, "Europe"), (mention.Place?.Level, mention.Place?.Name));
    }

    [Fact]
    public void Parse_AdjectiveOpeningALongerName_KeepsTheName()
    {
        var mention = Assert.Single(Parser.Parse("The European Union imposed sanctions."), m => m.Text.StartsWith("European", StringComparison.Ordinal));
        Assert.Equal("European Union", mention.Text);
        Assert.False(mention.IsAdjectival);
    }

    [Fact]
    public void Resolve_GivenContinentAdjective_ResolvesToTheContinent()
    {
        const string text = "African leaders met.";
        var mention = Assert.Single(Parser.Resolve(text, [new Sitrep.Core.Text.TextSpan(0, 7)]));
        Assert.Equal((PlaceLevel.Continent, true), (mention.Place?.Level, mention.IsAdjectival));
    }

    [Fact]
    public void Parse_EraAfterAYear_IsNoProvince()
    {
        Assert.DoesNotContain(Parser.Parse("The fort was built in 500 B.C. near the river."), m => m.Text.StartsWith("B.C", StringComparison.Ordinal));
        Assert.Contains(Parser.Parse("Wildfires spread across B.C. this week."), m => m.Text.StartsWith("B.C", StringComparison.Ordinal) && m.Place?.Name == "British Columbia");
    }
}
