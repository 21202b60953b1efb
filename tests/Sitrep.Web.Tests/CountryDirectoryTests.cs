using Sitrep.Web.Api;

namespace Sitrep.Web.Tests;

public class CountryDirectoryTests
{
    static readonly CountryDirectory Countries = CountryDirectory.CreateDefault();

    public static TheoryData<string, string?> Codes => new()
    {
        { "AF", "AF" },
        { "af", "AF" },
        { "Afghanistan", "AF" },
        { " syria ", "SY" },
        { "Narnia", null },
        { "A1", null },
    };

    [Theory, MemberData(nameof(Codes))]
    public void CodeOf_CodeOrName_ReturnsIso2(string input, string? expected)
    {
        Assert.Equal(expected, Countries.CodeOf(input));
    }

    [Theory]
    [InlineData("SY", "Syria")]
    [InlineData("ng", "Nigeria")]
    [InlineData("XX", "XX")]
    public void NameOf_Code_ReturnsAcledNameOrTheCode(string code, string expected)
    {
        Assert.Equal(expected, Countries.NameOf(code));
    }
}
