using System.Collections.Frozen;
using Sitrep.Core;

namespace Sitrep.Web.Api;

/// Country names as ACLED writes them and their ISO2 codes, both ways, from data/countries/demonyms.tsv:
/// the store codes countries as ISO2, people filter and read by name.
public sealed class CountryDirectory
{
    readonly FrozenDictionary<string, string> _names;
    readonly FrozenDictionary<string, string> _codes;

    public CountryDirectory(IEnumerable<KeyValuePair<string, string>> codeToName)
    {
        var pairs = codeToName.ToList();
        _names = pairs.ToFrozenDictionary(p => p.Key.ToUpperInvariant(), p => p.Value, StringComparer.OrdinalIgnoreCase);
        _codes = pairs.DistinctBy(p => p.Value, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Value, p => p.Key.ToUpperInvariant(), StringComparer.OrdinalIgnoreCase);
    }

    public static CountryDirectory CreateDefault() => new(
        DataDirectory.ReadLexicon("countries", "demonyms.tsv")
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2)
            .Select(f => KeyValuePair.Create(f[0].Trim(), f[1].Trim())));

    /// The name, or the code itself for a country the table lacks: never lose the information.
    public string NameOf(string iso2) => _names.TryGetValue(iso2, out var name) ? name : iso2;

    /// The ISO2 code for "AF", "af" or "Afghanistan"; null for neither.
    public string? CodeOf(string codeOrName)
    {
        var value = codeOrName.Trim();
        if (value.Length == 2 && value.All(char.IsAsciiLetter)) return value.ToUpperInvariant();
        return _codes.TryGetValue(value, out var code) ? code : null;
    }
}
