using System.Collections.Frozen;

namespace Sitrep.Core.Events;

/// Country names as actor names use them ("Military Forces of Afghanistan"), from data/countries/demonyms.tsv.
public sealed class CountryNames
{
    readonly FrozenDictionary<string, string> _names;

    public CountryNames(IEnumerable<KeyValuePair<string, string>> names) =>
        _names = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static CountryNames CreateDefault() => new(
        DataDirectory.ReadLexicon("countries", "demonyms.tsv")
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2)
            .Select(f => KeyValuePair.Create(f[0], f[1])));

    /// The name, or the code itself for a country the table lacks: never lose the information.
    public string Of(string iso2) => _names.TryGetValue(iso2, out var name) ? name : iso2;
}
