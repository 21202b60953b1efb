using Sitrep.Core.Geo;

namespace Sitrep.Core.Tests.Geo;

/// Places named together settle each other's senses: the town inside the county named beside it.
public class GeoparserNeighbourhoodTests
{
    static readonly Geoparser Parser = Geoparser.CreateDefault();

    /// text, the ambiguous name, the admin1 its sense must lie in
    public static TheoryData<string, string, string> Neighbours => new()
    {
        { "A barn burned near Lebanon overnight, and Boone County deputies closed the road.", "Lebanon", "Indiana" },
        { "The Springfield school board met while Sangamon County crews repaired bridges.", "Springfield", "Illinois" },
        { "Flooding closed two roads in Athens, and Limestone County schools opened late.", "Athens", "Alabama" },
    };

    [Theory, MemberData(nameof(Neighbours))]
    public void Parse_TownNamedWithItsCounty_TakesTheSenseInThatCounty(string text, string name, string admin1)
    {
        var mention = Assert.Single(Parser.Parse(text), m => m.Text == name);
        Assert.Equal(("US", admin1), (mention.Place?.CountryCode, mention.Place?.Admin1Name));
    }

    [Fact]
    public void Parse_CapitalNamedAlone_KeepsItsWellKnownSense()
    {
        var mention = Assert.Single(Parser.Parse("Thousands marched through Paris on Saturday."), m => m.Text == "Paris");
        Assert.Equal("FR", mention.Place?.CountryCode);
    }
}
