namespace Sitrep.Cli.Evaluation;

/// Accuracy and per-class F1 of a labelling, averaged as classification papers report it:
/// macro (every class counts the same) and weighted (by how often each gold class occurs).
public sealed class ClassificationScores
{
    readonly List<(string Gold, string Predicted)> _pairs = [];

    public void Add(string gold, string predicted) => _pairs.Add((gold, predicted));

    public int Count => _pairs.Count;

    public double Accuracy => _pairs.Count == 0 ? 0 : _pairs.Count(p => p.Gold == p.Predicted) / (double)_pairs.Count;

    /// F1 of each gold class (a class predicted but never gold does not get a row of its own, but costs precision).
    public IReadOnlyDictionary<string, double> F1ByClass()
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var label in _pairs.Select(p => p.Gold).Distinct())
        {
            var tp = _pairs.Count(p => p.Gold == label && p.Predicted == label);
            var fp = _pairs.Count(p => p.Gold != label && p.Predicted == label);
            var fn = _pairs.Count(p => p.Gold == label && p.Predicted != label);
            result[label] = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }
        return result;
    }

    public double MacroF1 => F1ByClass() is { Count: > 0 } f1 ? f1.Values.Average() : 0;

    public double WeightedF1
    {
        get
        {
            var f1 = F1ByClass();
            return _pairs.Count == 0 ? 0 : _pairs.GroupBy(p => p.Gold).Sum(g => f1[g.Key] * g.Count()) / _pairs.Count;
        }
    }
}
