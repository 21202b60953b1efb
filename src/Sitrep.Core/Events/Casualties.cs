namespace Sitrep.Core.Events;

/// A casualty figure as a range; Best is the figure a coder enters (ACLED: the most conservative report).
public sealed record Casualties(int Low, int Best, int High)
{
    public static Casualties Exactly(int n) => new(n, n, n);

    /// Two figures for different groups in one event ("8 soldiers and 12 militants") add up.
    public Casualties Plus(Casualties other) => new(
        checked(Low + other.Low), checked(Best + other.Best), checked(High + other.High));
}
