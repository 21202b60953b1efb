using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

/// Phrases found case-insensitively, apostrophes folded, longest first, without overlaps.
public class PhraseMatcherTests
{
    static readonly PhraseMatcher<string> Matcher = new([("air strike", "strike"), ("air", "air"), ("afghanistan's army", "army"), ("set ablaze", "arson")]);

    static List<string> Found(string text) => [.. Matcher.Match(Tokenizer.Instance.Tokenize(text)).Select(m => $"{m.Value}:{m.Span.Of(text)}")];

    [Theory]
    [InlineData("An AIR STRIKE hit the village.", "strike:AIR STRIKE")]
    [InlineData("Air raids and an air strike.", "air:Air|strike:air strike")]
    [InlineData("Afghanistan’s army advanced.", "army:Afghanistan’s army")]
    [InlineData("Youths set ablaze two buses.", "arson:set ablaze")]
    [InlineData("Nobody was hurt.", "")]
    public void Match_FindsPhrasesWhateverTheirCase(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Found(text)));

    [Fact]
    public void Match_LongestPhraseWins_AndMatchesDoNotOverlap()
    {
        var matches = Matcher.Match(Tokenizer.Instance.Tokenize("an air strike"));
        var match = Assert.Single(matches);
        Assert.Equal((1, 3), (match.FirstToken, match.EndToken));
    }

    [Fact]
    public void FirstWords_AreTokenKeys() =>
        Assert.Equal(["afghanistan's", "air", "set"], Matcher.FirstWords.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Kabul", "kabul")]
    [InlineData("Afghanistan’s", "afghanistan's")]
    [InlineData("already", "already")]
    public void TokenKey_IsLowercaseWithApostrophesFolded(string word, string key) => Assert.Equal(key, Token.KeyOf(word));
}
