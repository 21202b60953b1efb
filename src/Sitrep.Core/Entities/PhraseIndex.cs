using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// Multi-word phrases looked up by their first piece, longest first, so a scan over a note costs one dictionary
/// probe per piece. Phrases are cut with the same WordPieces rule as the text ("al-Qaeda" matches "al Qaeda").
/// Acronym pieces ("ANA", "IS") must match case exactly so "is" or "ana" in running text never match.
internal sealed class PhraseIndex<T>
{
    readonly FrozenDictionary<string, Entry[]> _byFirstKey;

    public PhraseIndex(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, value) in phrases)
        {
            var pieces = WordPieces.Split(phrase, new TextSpan(0, phrase.Length));
            if (pieces.Count == 0) continue;
            var keys = pieces.Select(p => p.Key).ToArray();
            var exact = pieces.Select(p => p.IsAcronym ? Undotted(p.Text) : null).ToArray();
            // The first entry of a phrase wins: callers list user entries before the shipped ones.
            if (!seen.Add(string.Join('\u0001', keys) + '\u0002' + string.Join('\u0001', exact))) continue;
            if (!byFirst.TryGetValue(keys[0], out var list)) byFirst[keys[0]] = list = [];
            list.Add(new Entry(keys, exact, value));
        }
        _byFirstKey = byFirst.ToFrozenDictionary(
            kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Keys.Length).ToArray(), StringComparer.Ordinal);
    }

    public int Count => _byFirstKey.Values.Sum(e => e.Length);

    /// The longest phrase starting at pieces[start]; length is in pieces.
    public bool TryMatch(IReadOnlyList<WordPiece> pieces, int start, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (start >= pieces.Count || !_byFirstKey.TryGetValue(pieces[start].Key, out var entries)) return false;
        foreach (var entry in entries)
        {
            if (!Matches(entry, pieces, start)) continue;
            length = entry.Keys.Length;
            value = entry.Value;
            return true;
        }
        return false;
    }

    /// Whether any phrase starts with this piece: a cheap test before trying longer rules.
    public bool StartsAny(string key) => _byFirstKey.ContainsKey(key);

    static bool Matches(Entry entry, IReadOnlyList<WordPiece> pieces, int start)
    {
        if (start + entry.Keys.Length > pieces.Count) return false;
        for (var k = 0; k < entry.Keys.Length; k++)
        {
            var piece = pieces[start + k];
            if (!string.Equals(piece.Key, entry.Keys[k], StringComparison.Ordinal)) return false;
            if (entry.Exact[k] is { } exact && !string.Equals(Undotted(piece.Text), exact, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    static string Undotted(string text) => text.Replace(".", "", StringComparison.Ordinal);

    sealed record Entry(string[] Keys, string?[] Exact, T Value);
}
