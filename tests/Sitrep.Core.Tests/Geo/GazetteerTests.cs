using Sitrep.Core.Geo;

namespace Sitrep.Core.Tests.Geo;

public class GazetteerTests
{
    static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    public static TheoryData<string> KunduzSpellings => new() { "Kunduz", "Kondoz", "Qonduz", "KUNDUZ", "Kunduz" };

    [Theory, MemberData(nameof(KunduzSpellings))]
    public void Lookup_AlternateSpelling_FindsKunduzCity(string name) =>
        Assert.Contains(Gazetteer.Lookup(name), p => p.GeonameId == 1135689);

    public static TheoryData<string, string> Folds => new()
    {
        { "Qal‘ah-ye Zāl", "qalah ye zal" },
        { "Sant Julià de Lòria", "sant julia de loria" },
        { "  U.S.  ", "u s" },
        { "Kunduz's", "kunduzs" },
        { "Łódź", "lodz" },
    };

    [Theory, MemberData(nameof(Folds))]
    public void Fold_Name_CaseDiacriticsAndPunctuationFolded(string name, string expected) =>
        Assert.Equal(expected, PlaceNames.Fold(name));

    [Fact]
    public void LoadDefault_ShippedGazetteer_HasCitiesVillagesAndAdminAreas()
    {
        Assert.True(Gazetteer.Count > 1_000_000);
        Assert.NotNull(Gazetteer.Find(1135689));                                  // cities500
        Assert.Contains(Gazetteer.Lookup("Chahar Darah Chi"), p => p.CountryCode == "AF"); // a village
        Assert.Equal(PlaceLevel.Continent, Gazetteer.Find(6255147)?.Level);      // Asia
        Assert.Same(Gazetteer, Gazetteer.LoadDefault());
    }

    [Fact]
    public void Country_Iso2_ReturnsCountryPlace()
    {
        var af = Gazetteer.Country("AF");
        Assert.NotNull(af);
        Assert.Equal(PlaceLevel.Country, af.Level);
        Assert.Equal("Afghanistan", Gazetteer.CountryName("AF"));
    }

    [Fact]
    public void Admin1_Code_ReturnsProvinceWithPoint()
    {
        var kunduz = Gazetteer.Admin1("AF", "24");
        Assert.NotNull(kunduz);
        Assert.Equal(1135690, kunduz.GeonameId);
        Assert.Equal(PlaceLevel.Admin1, kunduz.Level);
    }

    public static TheoryData<string, string?> Demonyms => new()
    {
        { "Afghan", "AF" },
        { "afghans", "AF" },
        { "Pakistani", "PK" },
        { "Martian", null },
    };

    [Theory, MemberData(nameof(Demonyms))]
    public void CountryOfDemonym_Word_ReturnsIso2(string word, string? iso2) =>
        Assert.Equal(iso2, Gazetteer.CountryOfDemonym(word));

    [Fact]
    public void EnclosingAdmin1_City_ReturnsItsProvince()
    {
        var city = Gazetteer.Find(1135689);
        Assert.NotNull(city);
        Assert.Equal("Kunduz", city.Admin1Name);
        Assert.Equal("24", city.Admin1Code);
        Assert.Equal(1135690, Gazetteer.EnclosingAdmin1(city)?.GeonameId);
    }

    [Fact]
    public void EnclosingAdmin2_DistrictWithoutOwnPoint_HasDerivedPoint()
    {
        var district = Assert.Single(Gazetteer.Lookup("Chahar Dara"), p => p.Level == PlaceLevel.Admin2 && p.CountryCode == "AF");
        Assert.InRange(district.Latitude, 36.0, 37.5);
        Assert.InRange(district.Longitude, 68.0, 69.5);
    }
}
