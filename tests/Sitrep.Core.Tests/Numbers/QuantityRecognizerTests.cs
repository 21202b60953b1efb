using Sitrep.Core.Numbers;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Numbers;

public class QuantityRecognizerTests
{
    static readonly QuantityRecognizer Recognizer = QuantityRecognizer.CreateDefault();

    static Quantity Single(string text) => Assert.Single(Recognizer.Find(text, new TextSpan(0, text.Length)));

    // text, span text, low, best, high
    public static TheoryData<string, string, int, int, int> Digits => new()
    {
        { "Gunmen killed 42 people.", "42", 42, 42, 42 },
        { "The toll rose to 1,601 on Friday.", "1,601", 1601, 1601, 1601 },
        { "1.5 million people fled.", "1.5 million", 1_500_000, 1_500_000, 1_500_000 },
        { "Police detained 3 suspects.", "3", 3, 3, 3 },
    };

    public static TheoryData<string, string, int, int, int> Words => new()
    {
        { "forty-two soldiers died", "forty-two", 42, 42, 42 },
        { "two hundred families fled", "two hundred", 200, 200, 200 },
        { "two hundred and fifty homes burned", "two hundred and fifty", 250, 250, 250 },
        { "a dozen policemen were hurt", "a dozen", 12, 12, 12 },
        { "two dozen houses were torched", "two dozen", 24, 24, 24 },
        { "one civilian was wounded", "one", 1, 1, 1 },
        { "a family of five was killed", "five", 5, 5, 5 },
        { "a man was shot dead", "a man", 1, 1, 1 },
        { "an Islami Chhatra Shibir leader was killed", "an Islami Chhatra Shibir leader", 1, 1, 1 },
        { "a clash between two groups", "two", 2, 2, 2 },
        { "an Afghan soldier was killed", "an Afghan soldier", 1, 1, 1 },
        { "a hundred protesters gathered", "a hundred", 100, 100, 100 },
        { "Three thousand people marched", "Three thousand", 3000, 3000, 3000 },
    };

    // text, span text, low, best, high, modifier
    public static TheoryData<string, string, int, int, int, QuantityModifier> Modified => new()
    {
        { "at least 5 were killed", "at least 5", 5, 5, 5, QuantityModifier.AtLeast },
        { "more than 10 died", "more than 10", 10, 10, 10, QuantityModifier.MoreThan },
        { "Nearly 290 people died", "Nearly 290", 290, 290, 290, QuantityModifier.Nearly },
        { "about thirty fighters", "about thirty", 30, 30, 30, QuantityModifier.About },
        { "some 50 families fled", "some 50", 50, 50, 50, QuantityModifier.About },
        { "up to 20 people may have died", "up to 20", 1, 20, 20, QuantityModifier.UpTo },
        { "more than a dozen houses", "more than a dozen", 12, 12, 12, QuantityModifier.MoreThan },
        { "20 or more people were hurt", "20 or more", 20, 20, 20, QuantityModifier.AtLeast },
        { "a 40-odd strong crowd", "40-odd", 40, 40, 40, QuantityModifier.About },
    };

    public static TheoryData<string, string, int, int, int, QuantityModifier> Ranges => new()
    {
        { "between 10 and 15 were killed", "between 10 and 15", 10, 10, 15, QuantityModifier.Between },
        { "10-15 were killed", "10-15", 10, 10, 15, QuantityModifier.None },
        { "10 to 15 were killed", "10 to 15", 10, 10, 15, QuantityModifier.None },
        { "two or three houses burned", "two or three", 2, 2, 3, QuantityModifier.None },
    };

    // text, span text, low, best, high
    public static TheoryData<string, string, int, int, int> Vague => new()
    {
        { "dozens were wounded", "dozens", 12, 12, 99 },
        { "scores of people fled", "scores", 20, 20, 99 },
        { "hundreds more were displaced", "hundreds more", 100, 100, 999 },
        { "thousands of people protested", "thousands", 1000, 1000, 9999 },
        { "tens of thousands marched", "tens of thousands", 10_000, 10_000, 99_999 },
        { "several soldiers were hurt", "several", 3, 3, 9 },
        { "a few villagers", "a few", 3, 3, 9 },
        { "a number of shops were looted", "a number of", 3, 3, 9 },
        { "many people were killed", "many", 10, 10, 99 },
        { "several hundred students rallied", "several hundred", 300, 300, 900 },
        { "some of the attackers fled", "some", 3, 3, 9 },
    };

    public static TheoryData<string, string, int> Fixed => new()
    {
        { "a couple of guards were hurt", "a couple of", 2 },
        { "both were killed", "both", 2 },
        { "no one was hurt", "no one", 0 },
        { "Nobody was injured in the blast.", "Nobody", 0 },
        { "There were no casualties.", "no casualties", 0 },
        { "none of the guards survived", "none", 0 },
    };

    public static TheoryData<string> NotCounts => new()
    {
        "The attack happened in 2016 in the north.",
        "It started on October 15 at dawn.",
        "It started on 15 October at dawn.",
        "The blast came at 10:30 in the morning.",
        "Turnout was 45% in the district.",
        "Turnout was 45 percent in the district.",
        "The village is 3 km from the town.",
        "They walked 500 metres to the road.",
        "The fine was $500 for each.",
        "The fine was Rs 500 for each.",
        "Militants attacked the 808 Tandar base.",
        "Traffic on Route 1 stopped.",
        "An F-16 crashed near the base.",
        "The siege lasted three days.",
        "A 5-year-old girl died.",
        "The 2nd battalion moved north.",
        "both soldiers and police were attacked",
        "a bomb exploded in the market",
        "The rate was 3.5 on the scale.",
        "It happened on Tuesday (24/01) in the town.",
        "The blast came around 11:30pm near the gate.",
        "Karim Uddin, 29, was shot dead.",
        "Karim Uddin (29) was shot dead.",
        "the 20-party alliance called a strike",
        "On Friday (Day 4 of the strike) shops shut.",
    };

    [Theory, MemberData(nameof(Digits))]
    public void Find_Digits_ReadsCount(string text, string span, int low, int best, int high) => AssertQuantity(text, span, low, best, high);

    [Theory, MemberData(nameof(Words))]
    public void Find_NumberWords_ReadsCount(string text, string span, int low, int best, int high) => AssertQuantity(text, span, low, best, high);

    [Theory, MemberData(nameof(Vague))]
    public void Find_VagueWords_UsesAcledFigure(string text, string span, int low, int best, int high)
    {
        var quantity = AssertQuantity(text, span, low, best, high);
        Assert.True(quantity.IsVague);
    }

    [Theory, MemberData(nameof(Fixed))]
    public void Find_FixedPhrases_ReadsExactCount(string text, string span, int count)
    {
        var quantity = AssertQuantity(text, span, count, count, count);
        Assert.True(quantity.IsExact);
    }

    [Theory, MemberData(nameof(Modified))]
    public void Find_Modifiers_KeepStatedFigureAsBest(string text, string span, int low, int best, int high, QuantityModifier modifier) =>
        Assert.Equal(modifier, AssertQuantity(text, span, low, best, high).Modifier);

    [Theory, MemberData(nameof(Ranges))]
    public void Find_Ranges_TakeLowerFigureAsBest(string text, string span, int low, int best, int high, QuantityModifier modifier) =>
        Assert.Equal(modifier, AssertQuantity(text, span, low, best, high).Modifier);

    [Theory, MemberData(nameof(NotCounts))]
    public void Find_DatesMeasuresAndNames_AreNotCounts(string text) =>
        Assert.Empty(Recognizer.Find(text, new TextSpan(0, text.Length)));

    [Fact]
    public void Find_SeveralCounts_ReturnsEachInOrder()
    {
        const string text = "Five soldiers and 12 civilians died on 3 October 2016; dozens were hurt.";
        var found = Recognizer.Find(text, new TextSpan(0, text.Length));
        Assert.Equal(["Five", "12", "dozens"], found.Select(q => q.Span.Of(text)));
    }

    [Fact]
    public void Find_TollRoseFromTo_ReadsTwoFigures()
    {
        const string text = "The toll rose from 10 to 15 overnight.";
        Assert.Equal([10, 15], Recognizer.Find(text).Select(q => q.Best));
    }

    [Fact]
    public void Find_Within_OnlyLooksInsideTheSpan()
    {
        const string text = "Two died. Three were hurt.";
        var quantity = Assert.Single(Recognizer.Find(text, new TextSpan(10, text.Length)));
        Assert.Equal("Three", quantity.Span.Of(text));
    }

    [FsCheck.Xunit.Property]
    public bool Find_AnyText_SpansLieInsideText(string? text)
    {
        text ??= "";
        return Recognizer.Find(text, new TextSpan(0, text.Length)).All(q => q.Span.End <= text.Length && q.Low <= q.Best && q.Best <= q.High);
    }

    static Quantity AssertQuantity(string text, string span, int low, int best, int high)
    {
        var quantity = Single(text);
        Assert.Equal(span, quantity.Span.Of(text));
        Assert.Equal((low, best, high), (quantity.Low, quantity.Best, quantity.High));
        return quantity;
    }
}
