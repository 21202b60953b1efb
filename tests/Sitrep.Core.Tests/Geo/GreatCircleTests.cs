using Sitrep.Core.Geo;

namespace Sitrep.Core.Tests.Geo;

public class GreatCircleTests
{
    public static TheoryData<double, double, double, double, double> Distances => new()
    {
        { 36.728, 68.857, 36.728, 68.857, 0 },
        { 34.5553, 69.2075, 36.728, 68.857, 243 },
        { 0, 0, 0, 1, 111.2 },
    };

    [Theory, MemberData(nameof(Distances))]
    public void Kilometres_KnownPairs_WithinAKilometre(double lat1, double lon1, double lat2, double lon2, double km) =>
        Assert.InRange(GreatCircle.Kilometres(lat1, lon1, lat2, lon2), km - 1, km + 1);
}
