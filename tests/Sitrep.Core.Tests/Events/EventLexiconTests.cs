using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Events;

/// The clause index: which cue lists and split-trigger parts a clause may hold, found in one pass.
public class EventLexiconTests
{
    static readonly EventLexicon Lexicon = EventLexicon.CreateDefault();

    static UInt128 ListsIn(string text) => Lexicon.ListsIn(Tokenizer.Instance.Tokenize(text));

    [Theory]
    [InlineData("Police dispersed the crowd.", "intervention", true)]
    [InlineData("Police DISPERSED the crowd.", "intervention", true)]
    [InlineData("The crowd sang.", "intervention", false)]
    [InlineData("A landslide buried the road.", "non_political", true)]
    [InlineData("Troops fired on the protesters.", "non_political", false)]
    public void MayHold_IsTrueWhereTheCueCouldMatch(string text, string cue, bool mayHold) =>
        Assert.Equal(mayHold, Lexicon.MayHold(ListsIn(text), cue));

    /// Never a false "no": wherever a cue matches, the index says it may.
    [Theory]
    [InlineData("Police dispersed the crowd with tear gas and baton charged them.")]
    [InlineData("No one was hurt in the blast, police said; meanwhile a flood hit the district.")]
    [InlineData("Gunmen attacked a checkpoint and seized weapons and ammunition.")]
    public void MayHold_NeverMissesAMatchingCue(string text)
    {
        var tokens = Tokenizer.Instance.Tokenize(text);
        var lists = Lexicon.ListsIn(tokens);
        foreach (var cue in new[] { "intervention", "none_hurt", "clause_break", "non_political", "armed_target", "weapon", "find", "capture" })
        {
            if (Lexicon.Cue(cue).Match(tokens).Count > 0) Assert.True(Lexicon.MayHold(lists, cue), cue);
        }
    }

    [Fact]
    public void MayHoldSecondPart_FollowsTheSplitTriggersSecondWords()
    {
        var index = Lexicon.SplitTriggers.ToList().FindIndex(t => t.SecondWords.Contains("ablaze"));
        Assert.True(index >= 0);
        Assert.True(Lexicon.MayHoldSecondPart(ListsIn("They set two buses ablaze."), index));
        Assert.False(Lexicon.MayHoldSecondPart(ListsIn("They set up a camp."), index));
    }

    [Fact]
    public void MayHold_UnknownCue_Throws() => Assert.Throws<ArgumentException>(() => Lexicon.MayHold(UInt128.Zero, "no_such_cue"));
}
