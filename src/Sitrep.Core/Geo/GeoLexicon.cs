using System.Collections.Frozen;

namespace Sitrep.Core.Geo;

/// The word lists of the place stage (data/geo/), folded with PlaceNames.Fold so they compare with candidates.
internal sealed class GeoLexicon
{
    public required FrozenSet<string> NotPlaces { get; init; }
    public required FrozenSet<string> CommonWords { get; init; }
    public required FrozenSet<string> Titles { get; init; }
    public required FrozenSet<string> Prepositions { get; init; }
    public required FrozenSet<string> Connectors { get; init; }
    public required FrozenSet<string> Directions { get; init; }
    public required FrozenSet<string> SpeechVerbs { get; init; }
    public required FrozenSet<string> OrgAfter { get; init; }
    public required FrozenSet<string> OrgBefore { get; init; }
    public required FrozenSet<string> Facilities { get; init; }
    public required FrozenSet<string> AttachedSuffixes { get; init; }
    /// Words after a name that give its level, not belong to it ("Hyderabad District").
    public required FrozenSet<string> LevelSuffixes { get; init; }

    /// Sets of interchangeable spellings ("k", "kh"); "$" marks a word's end.
    public required string[][] SpellingVariants { get; init; }
    public required FrozenDictionary<string, PlaceLevel> Generics { get; init; }

    /// Adjectives of continents and regions ("European" -> "europe"), both folded.
    public required FrozenDictionary<string, string> RegionDemonyms { get; init; }

    /// Generic words few countries use ("upazila" -> BD), as written (case-insensitive): evidence for the text's
    /// country. LowerOnly entries count only in lower case ("township" is MM; "Cherry Hill Township" is not).
    public required FrozenDictionary<string, (string[] Countries, bool LowerOnly)> CountryWords { get; init; }

    /// First words of the multi-word CountryWords ("union" of "union parishad").
    public required FrozenSet<string> CountryWordStarts { get; init; }

    /// What some countries call their first-level areas ("state" -> IN, US, ...; "province" -> PK, AF, ...): a hint for
    /// the name beside the word ("the state of Punjab" is India's, "Punjab province" Pakistan's), not for the text.
    public required FrozenDictionary<string, string[]> Admin1Words { get; init; }

    public static GeoLexicon LoadDefault()
    {
        static FrozenSet<string> Set(string file) =>
            DataDirectory.ReadLexicon("geo", file).Select(l => PlaceNames.Fold(l)).Where(l => l.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        var org = DataDirectory.ReadLexicon("geo", "org-words.tsv").Select(l => l.Split('\t')).ToList();
        var generics = DataDirectory.ReadLexicon("geo", "place-generics.tsv").Select(l => l.Split('\t')).ToList();
        var countryWords = generics.Where(p => p.Length > 2 && p[2].Length > 0).Select(p => p[0..1].Concat(p[2..]).ToArray())
            .Concat(DataDirectory.ReadLexicon("geo", "country-words.tsv").Select(l => l.Split('\t')))
            .ToFrozenDictionary(p => p[0], p => (p[1].Split(',', StringSplitOptions.TrimEntries), p.Length > 2 && p[2] == "lower"), StringComparer.OrdinalIgnoreCase);
        return new GeoLexicon
        {
            CountryWords = countryWords,
            Admin1Words = DataDirectory.ReadLexicon("geo", "admin1-words.tsv").Select(l => l.Split('\t'))
                .ToFrozenDictionary(p => PlaceNames.Fold(p[0]), p => p[1].Split(',', StringSplitOptions.TrimEntries), StringComparer.Ordinal),
            CountryWordStarts = countryWords.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal))
                .Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            NotPlaces = Set("not-places.txt"),
            AttachedSuffixes = Set("attached-suffixes.txt"),
            LevelSuffixes = Set("level-suffixes.txt"),
            SpellingVariants = [.. DataDirectory.ReadLexicon("geo", "spelling-variants.tsv").Select(l => l.Split('\t'))],
            CommonWords = Set("common-words.txt"),
            Titles = Set("titles.txt"),
            Prepositions = Set("place-prepositions.txt"),
            Connectors = Set("name-connectors.txt"),
            Directions = Set("directions.txt"),
            SpeechVerbs = Set("speech-verbs.txt"),
            OrgAfter = org.Where(p => p[0] == "after").Select(p => PlaceNames.Fold(p[1])).ToFrozenSet(StringComparer.Ordinal),
            OrgBefore = org.Where(p => p[0] == "before").Select(p => PlaceNames.Fold(p[1])).ToFrozenSet(StringComparer.Ordinal),
            Facilities = org.Where(p => p[0] == "facility").Select(p => PlaceNames.Fold(p[1])).ToFrozenSet(StringComparer.Ordinal),
            RegionDemonyms = DataDirectory.ReadLexicon("geo", "region-demonyms.tsv").Select(l => l.Split('\t'))
                .ToFrozenDictionary(p => PlaceNames.Fold(p[0]), p => PlaceNames.Fold(p[1]), StringComparer.Ordinal),
            Generics = generics.ToFrozenDictionary(p => PlaceNames.Fold(p[0]), p => Enum.Parse<PlaceLevel>(p[1]), StringComparer.Ordinal),
        };
    }
}
