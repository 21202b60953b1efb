using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

public class SentenceSplitterTests
{
    static readonly SentenceSplitter Splitter = SentenceSplitter.CreateDefault();

    public static TheoryData<string, string[]> Cases => new()
    {
        { "Gunmen attacked a post. Two died.", ["Gunmen attacked a post.", "Two died."] },
        { "Gen. Raziq said on Oct. 3 that the U.S. jets struck. Nobody was hurt.", ["Gen. Raziq said on Oct. 3 that the U.S. jets struck.", "Nobody was hurt."] },
        { "\"We will fight,\" he said. \"Never.\" Then silence.", ["\"We will fight,\" he said.", "\"Never.\"", "Then silence."] },
        { "First paragraph without stop\nSecond one.", ["First paragraph without stop", "Second one."] },
        { "He won 3.5 percent. J. Smith spoke.", ["He won 3.5 percent.", "J. Smith spoke."] },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Split_NewsText_FindsSentences(string text, string[] expected)
    {
        var sentences = Splitter.Split(text);
        Assert.Equal(expected, sentences.Select(s => s.Span.Of(text)));
    }

    [Fact]
    public void Split_Empty_ReturnsNothing() => Assert.Empty(Splitter.Split("  \n "));

    [FsCheck.Xunit.Property]
    public bool Split_AnyText_SpansLieInsideAndDoNotOverlap(string? text)
    {
        text ??= "";
        var sentences = Splitter.Split(text);
        var previousEnd = 0;
        foreach (var s in sentences)
        {
            if (s.Span.Start < previousEnd || s.Span.End > text.Length || s.Span.Length == 0) return false;
            previousEnd = s.Span.End;
        }
        return true;
    }
}
