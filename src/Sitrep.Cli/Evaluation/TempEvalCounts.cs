namespace Sitrep.Cli.Evaluation;

/// The counts TempEval-3's entity scorer keeps for timexes, and the figures it derives from them.
/// Strict: same span; relaxed: overlapping spans. Precision counts system timexes that match a gold one, recall
/// gold timexes that match a system one. Type and value are compared on the gold timexes with a relaxed match;
/// their F1 is that accuracy times the relaxed F1, as the official scorer prints it ("Attribute F1").
public readonly record struct TempEvalCounts(
    int Gold, int System, int StrictSystem, int RelaxedSystem, int StrictGold, int RelaxedGold, int TypeMatches, int ValueMatches)
{
    public static TempEvalCounts operator +(TempEvalCounts a, TempEvalCounts b) => new(
        a.Gold + b.Gold, a.System + b.System, a.StrictSystem + b.StrictSystem, a.RelaxedSystem + b.RelaxedSystem,
        a.StrictGold + b.StrictGold, a.RelaxedGold + b.RelaxedGold, a.TypeMatches + b.TypeMatches, a.ValueMatches + b.ValueMatches);

    public double StrictPrecision => Ratio(StrictSystem, System);
    public double StrictRecall => Ratio(StrictGold, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedSystem, System);
    public double RelaxedRecall => Ratio(RelaxedGold, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    public double TypeAccuracy => Ratio(TypeMatches, RelaxedGold);
    public double ValueAccuracy => Ratio(ValueMatches, RelaxedGold);
    public double TypeF1 => TypeAccuracy * RelaxedF1;
    public double ValueF1 => ValueAccuracy * RelaxedF1;

    static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
