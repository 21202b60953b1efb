using Sitrep.Cli.Evaluation;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Tests;

public sealed class GeoparseMetricsTests
{
    static TextSpan[] Spans(params (int Start, int End)[] spans) => [.. spans.Select(s => new TextSpan(s.Start, s.End))];

    // gold, predicted, expected predicted index per gold span (-1: unmatched)
    public static TheoryData<(int, int)[], (int, int)[], int[]> Matchings => new()
    {
        { [(0, 6)], [(0, 6)], [0] },
        { [(0, 6)], [(3, 10)], [0] },                               // overlap is enough
        { [(0, 6)], [(6, 10)], [-1] },                              // touching is not overlapping
        { [(0, 6), (8, 12)], [(0, 12)], [0, -1] },                  // one prediction, one gold span
        { [(0, 3), (5, 8)], [(0, 10), (0, 2)], [1, 0] },            // greedy in text order would pair only one
        { [(0, 15)], [(0, 6), (8, 15)], [1] },                      // two predictions inside one gold: one counts
        { [(0, 5), (10, 20)], [(2, 4), (12, 14), (30, 35)], [0, 1] },
        { [], [(0, 4)], [] },
        { [(0, 4)], [], [-1] },
    };

    [Theory, MemberData(nameof(Matchings))]
    public void MatchOverlapping_Cases_PairsOneToOne((int, int)[] gold, (int, int)[] predicted, int[] expected)
    {
        Assert.Equal(expected, GeoparseMetrics.MatchOverlapping(Spans(gold), Spans(predicted)));
    }

    [Fact]
    public void MatchOverlapping_RandomSpans_IsAMaximumOneToOneMatchingOfOverlaps()
    {
        var random = new Random(20180601);
        for (var trial = 0; trial < 300; trial++)
        {
            var gold = RandomSpans(random, random.Next(0, 6));
            var predicted = RandomSpans(random, random.Next(0, 6));
            var match = GeoparseMetrics.MatchOverlapping(gold, predicted);

            var pairs = match.Select((p, g) => (g, p)).Where(x => x.p >= 0).ToList();
            Assert.All(pairs, x => Assert.True(gold[x.g].Overlaps(predicted[x.p])));
            Assert.Equal(pairs.Count, pairs.Select(x => x.p).Distinct().Count());
            Assert.Equal(BruteForceMaximum(gold, predicted, 0, new bool[predicted.Length]), pairs.Count);
        }
    }

    static TextSpan[] RandomSpans(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => random.Next(0, 30)).Select(s => new TextSpan(s, s + random.Next(1, 8)))];

    static int BruteForceMaximum(TextSpan[] gold, TextSpan[] predicted, int g, bool[] used)
    {
        if (g == gold.Length) return 0;
        var best = BruteForceMaximum(gold, predicted, g + 1, used);
        for (var p = 0; p < predicted.Length; p++)
        {
            if (used[p] || !gold[g].Overlaps(predicted[p])) continue;
            used[p] = true;
            best = Math.Max(best, 1 + BruteForceMaximum(gold, predicted, g + 1, used));
            used[p] = false;
        }
        return best;
    }

    public static TheoryData<double[], double> Areas => new()
    {
        { [0, 0, 0], 0 },                                                         // every toponym exact
        { [20039, 20039], 1 },                                                    // every one at the antipode
        { [30000, 25000], 1 },                                                    // beyond the maximum is capped
        { [0, 20039], 0.5 },                                                      // one step from 0 to ln(20040)/ln(20039)
        { [Math.E - 1], 1 / Math.Log(20039) },                                    // a single error is its own scaled log
        { [Math.E - 1, 0, Math.E * Math.E - 1], 1 / Math.Log(20039) },            // sorted logs 0,1,2: trapezoids 0.5 + 1.5 = 2, over 2 steps
    };

    [Theory, MemberData(nameof(Areas))]
    public void AreaUnderLogErrorCurve_Errors_MatchesTheTrapezoidOfSortedLogs(double[] km, double expected)
    {
        var area = GeoparseMetrics.AreaUnderLogErrorCurve(km);
        // ln(1 + 20039) / ln(20039) is 1.000005, not 1: the curve's log(1 + x) keeps that sliver.
        Assert.Equal(expected, area, 4);
    }

    [Fact]
    public void ErrorStats_MixedErrors_CountsWithin161AndTakesTheMiddle()
    {
        var stats = GeoparseErrorStats.From([0, 10, 160.9, 161, 20039]);

        Assert.Equal(5, stats.Count);
        Assert.Equal(0.6, stats.AccuracyAt161, 6);
        Assert.Equal(160.9, stats.MedianKm, 6);
        Assert.Equal((0 + 10 + 160.9 + 161 + 20039) / 5, stats.MeanKm, 6);
        Assert.InRange(stats.Auc, 0, 1);
    }

    [Fact]
    public void Median_EvenCount_AveragesTheMiddleTwo()
    {
        Assert.Equal(15, GeoparseMetrics.Median([40, 10, 20, 0]));
    }

    public static TheoryData<int, int, int, double, double, double> Counts => new()
    {
        { 8, 10, 16, 0.8, 0.5, 2 * 0.8 * 0.5 / 1.3 },
        { 0, 0, 5, 0, 0, 0 },
        { 0, 3, 0, 0, 0, 0 },
    };

    [Theory, MemberData(nameof(Counts))]
    public void PrecisionRecall_Counts_GivesScoresAndZeroWhereUndefined(int matched, int predicted, int gold, double p, double r, double f1)
    {
        var scores = GeoparseMetrics.PrecisionRecall(matched, predicted, gold);
        Assert.Equal(p, scores.Precision, 6);
        Assert.Equal(r, scores.Recall, 6);
        Assert.Equal(f1, scores.F1, 6);
    }
}
