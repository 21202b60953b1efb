using Sitrep.Core.Geo;

namespace Sitrep.Core.Tests.Geo;

/// Where ACLED puts an event told only at an admin level: a province at its capital, a district at its
/// headquarters town, a country at its capital.
public class GazetteerSeatTests
{
    static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    static GeoPlace Area(string name, PlaceLevel level, string iso2) =>
        Assert.Single(Gazetteer.Lookup(name), p => p.Level == level && p.CountryCode == iso2);

    public static TheoryData<string, PlaceLevel, string, string> Seats => new()
    {
        { "Kunduz", PlaceLevel.Admin1, "AF", "Kunduz" },
        { "Kunduz", PlaceLevel.Admin2, "AF", "Kunduz" },
        { "Kano", PlaceLevel.Admin1, "NG", "Kano" },
        // GeoNames marks no district seats in Nepal: the district's leading town is its headquarters.
        { "Chitwan", PlaceLevel.Admin2, "NP", "Bharatpur" },
        { "Morang", PlaceLevel.Admin2, "NP", "Biratnagar" },
        { "Kanchanpur", PlaceLevel.Admin2, "NP", "Mahendranagar" },
    };

    [Theory, MemberData(nameof(Seats))]
    public void Seat_AdminArea_IsItsSeatTown(string name, PlaceLevel level, string iso2, string seat)
    {
        var town = Gazetteer.Seat(Area(name, level, iso2));

        Assert.Equal((seat, PlaceLevel.Locality, iso2), (town?.Name, town?.Level, town?.CountryCode));
    }

    [Fact]
    public void Seat_Town_IsNull() =>
        Assert.Null(Gazetteer.Seat(Area("Kunduz", PlaceLevel.Locality, "AF")));

    public static TheoryData<string, string> Capitals => new()
    {
        { "AF", "Kabul" },
        { "ng", "Abuja" },
        { "GH", "Accra" },
    };

    [Theory, MemberData(nameof(Capitals))]
    public void Capital_Country_IsItsCapital(string iso2, string capital) =>
        Assert.Equal(capital, Gazetteer.Capital(iso2)?.Name);

    [Fact]
    public void Capital_UnknownCountry_IsNull() => Assert.Null(Gazetteer.Capital("QQ"));
}
