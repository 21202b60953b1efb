namespace Sitrep.Core.Geo;

/// Other spellings of a folded name under the swaps of data/geo/spelling-variants.tsv ("jaleswar" -> "jaleshwar"),
/// undoubled letters ("jaccobabad" -> "jacobabad"), joined or split words ("landi kotal" -> "landikotal"), fewest
/// changes first. Transliterations of one name differ in just these ways, so a name the gazetteer lacks may be
/// there under another spelling. Immutable and thread-safe.
internal sealed class SpellingVariants
{
    readonly (string From, string To, bool AtEnd)[] _swaps;

    public SpellingVariants(IEnumerable<string[]> sets)
    {
        var swaps = new List<(string, string, bool)>();
        foreach (var set in sets)
        {
            foreach (var from in set)
                foreach (var to in set)
                {
                    if (from == to) continue;
                    var atEnd = from.EndsWith('$');
                    swaps.Add((from.TrimEnd('$'), to.TrimEnd('$'), atEnd));
                }
        }
        _swaps = [.. swaps];
    }

    /// Variants with one change, then two, up to `limit` in all; the name itself is not among them.
    public IEnumerable<string> Of(string folded, int maxChanges = 2, int limit = 150)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { folded };
        var frontier = new List<string> { folded };
        for (var change = 0; change < maxChanges; change++)
        {
            var next = new List<string>();
            foreach (var word in frontier)
            {
                foreach (var variant in OneChange(word))
                {
                    if (!seen.Add(variant)) continue;
                    next.Add(variant);
                    yield return variant;
                    if (seen.Count > limit) yield break;
                }
            }
            frontier = next;
        }
    }

    IEnumerable<string> OneChange(string w)
    {
        foreach (var (from, to, atEnd) in _swaps)
        {
            if (atEnd)
            {
                // Word ends: before each space and at the end of the name.
                for (var e = 0; e <= w.Length; e++)
                {
                    if (e < w.Length && w[e] != ' ') continue;
                    var at = e - from.Length;
                    if (at < 2 || !w.AsSpan(at, from.Length).SequenceEqual(from)) continue;
                    yield return string.Concat(w.AsSpan(0, at), to, w.AsSpan(e));
                }
                continue;
            }
            for (var i = w.IndexOf(from, StringComparison.Ordinal); i >= 0; i = w.IndexOf(from, i + 1, StringComparison.Ordinal))
                yield return string.Concat(w.AsSpan(0, i), to, w.AsSpan(i + from.Length));
        }
        for (var i = 1; i < w.Length; i++)
            if (w[i] == w[i - 1] && char.IsAsciiLetter(w[i])) yield return w.Remove(i, 1);
        if (w.Contains(' ', StringComparison.Ordinal)) yield return w.Replace(" ", "", StringComparison.Ordinal);
        // "Mirpurkhas" / "Mirpur Khas": one word split in two (each part at least three letters).
        else
        {
            for (var i = 3; i <= w.Length - 3; i++) yield return string.Concat(w.AsSpan(0, i), " ", w.AsSpan(i));
        }
    }
}
