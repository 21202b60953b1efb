namespace Sitrep.Cli.Evaluation;

/// Scores one document's system timexes against its gold ones with TempEval-3's definitions (see TempEvalCounts).
public static class TempEvalScorer
{
    public static TempEvalCounts Score(string document, IReadOnlyList<TempEvalTimex> gold, IReadOnlyList<TempEvalTimex> system, List<TempEvalMiss>? misses = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        int strictSystem = 0, relaxedSystem = 0, strictGold = 0, relaxedGold = 0, typeMatches = 0, valueMatches = 0;
        foreach (var s in system)
        {
            if (gold.Any(s.SameSpan)) strictSystem++;
            if (gold.Any(s.Overlaps)) relaxedSystem++;
            else misses?.Add(new TempEvalMiss(document, "spurious", null, s));
        }
        foreach (var g in gold)
        {
            if (Counterpart(g, system) is not { } s)
            {
                misses?.Add(new TempEvalMiss(document, "missed", g, null));
                continue;
            }
            relaxedGold++;
            if (g.SameSpan(s)) strictGold++;
            else misses?.Add(new TempEvalMiss(document, "span", g, s));
            if (g.Type == s.Type) typeMatches++;
            else misses?.Add(new TempEvalMiss(document, "type", g, s));
            if (g.Value == s.Value) valueMatches++;
            else misses?.Add(new TempEvalMiss(document, "value", g, s));
        }
        return new TempEvalCounts(gold.Count, system.Count, strictSystem, relaxedSystem, strictGold, relaxedGold, typeMatches, valueMatches);
    }

    /// The system timex whose attributes are compared with a gold one: the one with the same span, else the one
    /// overlapping it most (the first on a tie).
    static TempEvalTimex? Counterpart(TempEvalTimex gold, IReadOnlyList<TempEvalTimex> system)
    {
        TempEvalTimex? best = null;
        var bestOverlap = 0;
        foreach (var s in system)
        {
            if (s.SameSpan(gold)) return s;
            var overlap = Math.Min(s.End, gold.End) - Math.Max(s.Start, gold.Start);
            if (overlap > bestOverlap) (best, bestOverlap) = (s, overlap);
        }
        return best;
    }
}
