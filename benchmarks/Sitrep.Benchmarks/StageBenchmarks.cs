using BenchmarkDotNet.Attributes;
using Sitrep.Cli.Bench;
using Sitrep.Core;
using Sitrep.Core.Geo;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Benchmarks;

/// Each stage on one core over the same 2 KB synthetic reports; loading the gazetteer and lexicons is not timed.
/// Per-article time = the reported mean / Articles.
[MemoryDiagnoser]
public class StageBenchmarks
{
    const int Articles = 200;
    Pipeline _pipeline = null!;
    Geoparser _places = null!;
    TemporalTagger _times = null!;
    Article[] _articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_pipeline, _places, _times) = (Pipeline.CreateDefault(), Geoparser.CreateDefault(), TemporalTagger.CreateDefault());
        _articles = [.. SyntheticArticles.Many(Articles)];
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Pipeline_Extract() => _articles.Sum(a => _pipeline.Run(a).Events.Length);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Geo_RecogniseAndResolve() => _articles.Sum(a => _places.Parse(a.Text).Length);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Time_TagAndResolve() => _articles.Sum(a => _times.Tag(a.Text, a.Published).Length);
}
