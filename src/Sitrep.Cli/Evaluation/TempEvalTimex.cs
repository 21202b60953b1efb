namespace Sitrep.Cli.Evaluation;

/// One TIMEX3 of a TimeML document, gold or predicted: [Start, End) in UTF-16 units of the TEXT content.
public sealed record TempEvalTimex(int Start, int End, string Text, string Type, string Value)
{
    public bool Overlaps(TempEvalTimex other) => Start < other.End && other.Start < End;

    public bool SameSpan(TempEvalTimex other) => Start == other.Start && End == other.End;
}
