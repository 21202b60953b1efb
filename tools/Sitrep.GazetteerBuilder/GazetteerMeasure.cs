using System.Diagnostics;
using Sitrep.Core.Geo;

namespace Sitrep.GazetteerBuilder;

/// Measures what the brief asks of the shipped gazetteer: load time and memory, and parse throughput.
public static class GazetteerMeasure
{
    public static int Run(string? textsPath)
    {
        var clock = Stopwatch.StartNew();
        var gazetteer = Gazetteer.LoadDefault();
        var loadMs = clock.ElapsedMilliseconds;
        var parser = Geoparser.CreateDefault();
        Console.WriteLine($"gazetteer: {gazetteer.Count:N0} places loaded in {loadMs} ms; managed heap {GC.GetTotalMemory(true) / 1e6:F0} MB, "
            + $"working set {Environment.WorkingSet / 1e6:F0} MB");
        if (textsPath is null) return 0;
        var texts = File.ReadLines(textsPath).Where(l => l.Length > 0).ToList();
        foreach (var text in texts.Take(500)) parser.Parse(text); // warm up the JIT and the name cache
        clock.Restart();
        long chars = 0, mentions = 0;
        foreach (var text in texts)
        {
            chars += text.Length;
            mentions += parser.Parse(text).Length;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"parse: {texts.Count:N0} texts, {chars / 1e6:F1} M chars, {mentions:N0} mentions in {seconds:F2} s "
            + $"= {texts.Count / seconds:F0} texts/s, {chars / 2048.0 / seconds:F0} 2 KB articles/s (one thread)");
        return 0;
    }
}
