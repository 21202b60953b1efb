using Sitrep.Core.Text;

namespace Sitrep.Cli.Evaluation;

/// The measures of geoparsing evaluation (Gritta et al. 2018, "Which Melbourne?"; Gritta et al. 2019, "A Pragmatic
/// Guide to Geoparsing Evaluation"): overlap matching of predicted to gold spans for recognition, and for
/// resolution the error distance's accuracy within 161 km (100 miles), mean, median and the area under the curve
/// of log errors.
public static class GeoparseMetrics
{
    /// Half the Earth's circumference: the largest possible error, charged for a toponym missed or left unresolved.
    public const double MaxErrorKm = 20039;

    /// The k of accuracy@k: 161 km is 100 miles, the customary threshold.
    public const double AccuracyKm = 161;

    /// Pairs each gold span with at most one overlapping predicted span and each predicted span with at most one
    /// gold span, as many pairs as possible (a maximum bipartite matching, by augmenting paths). Greedy pairing in
    /// text order can lose pairs: a long prediction overlapping two gold names takes the first, which was the only
    /// one a shorter prediction could have had. Among candidates, larger overlaps are tried first, so "Kunduz
    /// province" pairs with "Kunduz province" rather than with a neighbour it merely touches.
    /// Returns, for each gold span, the index of its predicted span or -1.
    public static int[] MatchOverlapping(IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var candidates = new int[gold.Count][];
        for (var g = 0; g < gold.Count; g++)
        {
            var span = gold[g];
            candidates[g] = [.. Enumerable.Range(0, predicted.Count)
                .Where(p => predicted[p].Overlaps(span))
                .OrderByDescending(p => Math.Min(span.End, predicted[p].End) - Math.Max(span.Start, predicted[p].Start))
                .ThenBy(p => predicted[p].Start)];
        }
        var goldOf = Enumerable.Repeat(-1, predicted.Count).ToArray();
        var predictedOf = Enumerable.Repeat(-1, gold.Count).ToArray();
        for (var g = 0; g < gold.Count; g++)
        {
            if (candidates[g].Length > 0) Augment(g, new bool[predicted.Count]);
        }
        return predictedOf;

        bool Augment(int g, bool[] seen)
        {
            foreach (var p in candidates[g])
            {
                if (seen[p]) continue;
                seen[p] = true;
                if (goldOf[p] < 0 || Augment(goldOf[p], seen))
                {
                    (goldOf[p], predictedOf[g]) = (g, p);
                    return true;
                }
            }
            return false;
        }
    }

    /// AUC of the log error curve (Gritta et al. 2018): errors become ln(1 + km), sorted, integrated by the
    /// trapezoidal rule with unit steps and scaled by ln(20039) times the steps, so 0 is every toponym exact and 1
    /// is every one at the antipode. Lower is better. Errors above the maximum are capped at it. One error is its
    /// own scaled log.
    public static double AreaUnderLogErrorCurve(IReadOnlyCollection<double> errorsKm)
    {
        ArgumentNullException.ThrowIfNull(errorsKm);
        if (errorsKm.Count == 0) return double.NaN;
        var logs = errorsKm.Select(km => Math.Log(1 + Math.Clamp(km, 0, MaxErrorKm))).Order().ToArray();
        if (logs.Length == 1) return logs[0] / Math.Log(MaxErrorKm);
        var area = 0.0;
        for (var i = 1; i < logs.Length; i++) area += (logs[i - 1] + logs[i]) / 2;
        return area / (Math.Log(MaxErrorKm) * (logs.Length - 1));
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// Precision, recall and F1 from counts; 0 where undefined, so an empty run prints zeros rather than NaN.
    public static (double Precision, double Recall, double F1) PrecisionRecall(int matched, int predicted, int gold)
    {
        var precision = predicted == 0 ? 0 : matched / (double)predicted;
        var recall = gold == 0 ? 0 : matched / (double)gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }
}
