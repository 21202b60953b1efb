namespace Sitrep.Core.Text;

/// [Start, End) in UTF-16 code units of the article text, never of a normalised copy:
/// evidence is always a plain substring of what the user gave us.
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        (Start, End) = (start, end);
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// The smallest span covering both.
    public TextSpan Cover(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
