namespace Sitrep.Cli.Evaluation;

/// Resolution measured over a set of gold toponyms with coordinates: the share within 161 km, the mean and median
/// error in km and the AUC of the log error curve. An unresolved or missed toponym is in the set at the maximum
/// error, 20,039 km.
public sealed record GeoparseErrorStats(int Count, double AccuracyAt161, double MeanKm, double MedianKm, double Auc)
{
    public static GeoparseErrorStats From(IReadOnlyCollection<double> errorsKm)
    {
        ArgumentNullException.ThrowIfNull(errorsKm);
        if (errorsKm.Count == 0) return new(0, double.NaN, double.NaN, double.NaN, double.NaN);
        return new(
            errorsKm.Count,
            errorsKm.Count(km => km < GeoparseMetrics.AccuracyKm) / (double)errorsKm.Count,
            errorsKm.Average(),
            GeoparseMetrics.Median(errorsKm),
            GeoparseMetrics.AreaUnderLogErrorCurve(errorsKm));
    }

    public override string ToString() =>
        $"acc@161 {AccuracyAt161:F3}  AUC {Auc:F3}  mean {MeanKm:N0} km  median {MedianKm:N1} km  (n={Count:N0})";
}
