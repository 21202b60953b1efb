using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

public class TokenizerTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "al-Shabaab's fighters killed 1,601.", ["al-Shabaab's", "fighters", "killed", "1,601", "."] },
        { "U.S. forces, 3.5 km away", ["U.S.", "forces", ",", "3.5", "km", "away"] },
        { "the 808th unit in 2016.", ["the", "808th", "unit", "in", "2016", "."] },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Tokenize_NewsText_KeepsWordsWhole(string text, string[] expected) =>
        Assert.Equal(expected, Tokenizer.Instance.Tokenize(text).Select(t => t.Text));

    [FsCheck.Xunit.Property]
    public bool Tokenize_AnyText_TokenTextIsItsSpan(string? text)
    {
        text ??= "";
        return Tokenizer.Instance.Tokenize(text).All(t => t.Span.End <= text.Length && t.Span.Of(text) == t.Text);
    }
}
