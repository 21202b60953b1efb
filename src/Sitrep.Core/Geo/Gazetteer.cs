using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace Sitrep.Core.Geo;

/// GeoNames places (countries, admin areas, towns and villages) looked up by folded name, id or admin code,
/// with the demonyms of countries ("Afghan" -> AF). Built once (about 1.5 million places) and shared:
/// every method is read-only and thread-safe.
public sealed class Gazetteer
{
    static readonly Lazy<Gazetteer> Default = new(() => Load(DataDirectory.PathOf("gazetteer")), LazyThreadSafetyMode.ExecutionAndPublication);

    readonly GazetteerTables _tables;
    readonly FrozenDictionary<string, int> _countries;          // ISO2 -> place index
    readonly FrozenDictionary<string, int> _admin1;             // "AF.24" -> place index
    readonly FrozenDictionary<string, string> _countryOfDemonym; // folded demonym -> ISO2
    readonly FrozenDictionary<string, string> _countryNames;     // ISO2 -> name as news and ACLED write it
    readonly string[] _featureClasses;
    readonly string[] _featureCodes;

    Gazetteer(GazetteerTables tables, IEnumerable<string> demonymLines)
    {
        _tables = tables;
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tables.Count; i++)
        {
            if (tables.Levels[i] != (byte)PlaceLevel.Country) continue;
            var iso2 = tables.CountryCodes[tables.Countries[i]];
            // Several PCL rows can share a code (PCLD dependencies); the most populous stands for the country.
            if (!countries.TryGetValue(iso2, out var known) || tables.Populations[i] > tables.Populations[known]) countries[iso2] = i;
        }
        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        var admin1 = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < tables.Admin1CodePlaces.Length; j++)
        {
            var i = tables.Admin1CodePlaces[j];
            admin1[tables.CountryCodes[tables.Countries[i]] + "." + tables.Admin1Codes[j]] = i;
        }
        _admin1 = admin1.ToFrozenDictionary(StringComparer.Ordinal);
        _featureClasses = tables.FeatureCodes.Select(f => f[..f.IndexOf('.', StringComparison.Ordinal)]).ToArray();
        _featureCodes = tables.FeatureCodes.Select(f => f[(f.IndexOf('.', StringComparison.Ordinal) + 1)..]).ToArray();

        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in demonymLines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 3) continue;
            names[parts[0]] = parts[1];
            foreach (var demonym in parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                demonyms.TryAdd(PlaceNames.Fold(demonym), parts[0]);
        }
        _countryOfDemonym = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        _countryNames = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// The gazetteer shipped in data/gazetteer, loaded on first use and shared.
    public static Gazetteer LoadDefault() => Default.Value;

    /// Loads the gazetteer parts in a directory (written by tools/Sitrep.GazetteerBuilder) and the demonyms table.
    public static Gazetteer Load(string directory) =>
        new(GazetteerTables.Read(directory), DataDirectory.ReadLexicon("countries", "demonyms.tsv"));

    public int Count => _tables.Count;

    internal GazetteerTables Tables => _tables;

    /// All places with this name or alternate name (case, diacritics and punctuation folded), most populous first.
    public ImmutableArray<GeoPlace> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = FindKey(PlaceNames.Fold(name));
        if (key < 0) return [];
        var postings = _tables.PostingsOf(key);
        var indexes = new int[postings.Length];
        for (var i = 0; i < postings.Length; i++) indexes[i] = postings[i] & ~GazetteerTables.AliasFlag;
        return [.. indexes.OrderByDescending(i => _tables.Populations[i]).Select(PlaceAt)];
    }

    /// The place with this GeoNames id, or null.
    public GeoPlace? Find(long geonameId)
    {
        var i = _tables.IndexOfId(geonameId);
        return i < 0 ? null : PlaceAt(i);
    }

    public GeoPlace? Country(string iso2) =>
        _countries.TryGetValue(iso2.ToUpperInvariant(), out var i) ? PlaceAt(i) : null;

    public GeoPlace? Admin1(string iso2, string admin1Code) =>
        _admin1.TryGetValue(iso2.ToUpperInvariant() + "." + admin1Code, out var i) ? PlaceAt(i) : null;

    /// The country's capital (GeoNames' PPLC; the biggest when a country has several), or null.
    public GeoPlace? Capital(string iso2)
    {
        var capitals = _capitals ??= FindCapitals();
        return capitals.TryGetValue(iso2.ToUpperInvariant(), out var i) ? PlaceAt(i) : null;
    }

    // Computed on first use; two threads may both compute them, to the same result (a benign race).
    Dictionary<string, int>? _capitals;

    Dictionary<string, int> FindCapitals()
    {
        var capitals = new Dictionary<string, int>(StringComparer.Ordinal);
        var code = Array.IndexOf(_tables.FeatureCodes, "P.PPLC");
        for (var i = 0; code >= 0 && i < _tables.Count; i++)
        {
            if (_tables.Features[i] != code) continue;
            var iso = _tables.CountryCodes[_tables.Countries[i]];
            if (!capitals.TryGetValue(iso, out var known) || _tables.Populations[i] > _tables.Populations[known]) capitals[iso] = i;
        }
        return capitals;
    }

    /// The country's name as news and ACLED write it ("Afghanistan"), from data/countries/demonyms.tsv or GeoNames.
    public string? CountryName(string iso2)
    {
        var code = iso2.ToUpperInvariant();
        if (_countryNames.TryGetValue(code, out var name)) return name;
        return _countries.TryGetValue(code, out var i) ? _tables.NameOf(i) : null;
    }

    /// ISO2 of the country a demonym or adjective stands for ("Afghan" -> "AF"), or null.
    public string? CountryOfDemonym(string word) => _countryOfDemonym.GetValueOrDefault(PlaceNames.Fold(word));

    internal string? CountryOfFoldedDemonym(string folded) => _countryOfDemonym.GetValueOrDefault(folded);

    /// The ADM1 area that contains the place (the place itself for an ADM1), or null for countries and unknowns.
    public GeoPlace? EnclosingAdmin1(GeoPlace place)
    {
        var i = IndexOf(place);
        var a = i < 0 ? -1 : _tables.Admin1Refs[i];
        return a < 0 ? null : PlaceAt(a);
    }

    /// The ADM2 area that contains the place (the place itself for an ADM2), or null.
    public GeoPlace? EnclosingAdmin2(GeoPlace place)
    {
        var i = IndexOf(place);
        var a = i < 0 ? -1 : _tables.Admin2Refs[i];
        return a < 0 ? null : PlaceAt(a);
    }

    /// The town that is an area's seat: for a province its capital (PPLA); for a district the populated place of the
    /// district's own name inside it ("Kunduz District" -> the town Kunduz), else its PPLA2; null when the gazetteer has
    /// none. ACLED codes an event told only at province or district level to that town, which may lie far from the
    /// area's label point.
    public GeoPlace? Seat(GeoPlace area)
    {
        var a = IndexOf(area);
        if (a >= 0 && area.Level == PlaceLevel.Admin1) return (_capitalsOfAdmin1 ??= FindSeats("P.PPLA", _tables.Admin1Refs)).TryGetValue(a, out var c) ? PlaceAt(c) : null;
        if (a < 0 || area.Level is not (PlaceLevel.Admin2 or PlaceLevel.Admin3)) return null;
        // GeoNames gives no ADM3 codes: a town of the name near the area's point stands in for "inside".
        bool Inside(int p) => area.Level == PlaceLevel.Admin2 ? _tables.Admin2Refs[p] == a
            : _tables.Countries[p] == _tables.Countries[a] && Math.Abs(_tables.Latitudes[p] - _tables.Latitudes[a]) < Admin3Reach
                && Math.Abs(_tables.Longitudes[p] - _tables.Longitudes[a]) < Admin3Reach;
        var folded = PlaceNames.Fold(area.Name);
        var best = -1;
        for (var tries = 0; tries < 2 && best < 0; tries++)
        {
            var key = FindKey(folded);
            if (key >= 0)
            {
                foreach (var posting in _tables.PostingsOf(key))
                {
                    var p = posting & ~GazetteerTables.AliasFlag;
                    if (_tables.Levels[p] == (byte)PlaceLevel.Locality && Inside(p) && (best < 0 || SeatRank(p) > SeatRank(best))) best = p;
                }
            }
            // "Kunduz District" -> "Kunduz".
            var space = folded.LastIndexOf(' ');
            if (space <= 0) break;
            folded = folded[..space];
        }
        if (best < 0 && area.Level == PlaceLevel.Admin2) best = (_seats ??= FindSeats("P.PPLA2", _tables.Admin2Refs)).GetValueOrDefault(a, -1);
        // In a country where GeoNames marks no district seats at all (Nepal's headquarters are plain towns: Banke ->
        // Nepalgunj), the district's admin seat of another level or else its biggest town is where it is run from.
        // Not where it marks some: there a district without one is a gap in its admin codes, and the biggest town
        // is as often in the wrong district as not.
        if (best < 0 && area.Level == PlaceLevel.Admin2 && !(_countriesWithSeats ??= CountriesWithSeats()).Contains(_tables.Countries[a]))
            best = (_leadingTowns ??= FindLeadingTowns()).GetValueOrDefault(a, -1);
        return best < 0 ? null : PlaceAt(best);
    }

    /// An admin seat before any other town of the name, then the bigger.
    long SeatRank(int place) => (_tables.FeatureCodes[_tables.Features[place]].StartsWith("P.PPLA", StringComparison.Ordinal)
        || _tables.FeatureCodes[_tables.Features[place]] == "P.PPLC" ? 1L << 40 : 0) + _tables.Populations[place];

    /// About 40 km, in hundred-thousandths of a degree.
    const int Admin3Reach = 40_000;

    Dictionary<int, int>? _seats;
    Dictionary<int, int>? _capitalsOfAdmin1;
    Dictionary<int, int>? _leadingTowns;
    HashSet<int>? _countriesWithSeats;

    /// The countries (country indices) where GeoNames marks at least one district seat (PPLA2).
    HashSet<int> CountriesWithSeats() =>
        [.. (_seats ??= FindSeats("P.PPLA2", _tables.Admin2Refs)).Keys.Select(a => (int)_tables.Countries[a])];

    /// Per district (place index), its first town by DistrictSeatRank: an admin seat, else the most populous.
    /// Only towns with a population count: a hamlet of no recorded size says nothing of where a district is run from.
    Dictionary<int, int> FindLeadingTowns()
    {
        var towns = new Dictionary<int, int>();
        for (var i = 0; i < _tables.Count; i++)
        {
            var a = _tables.Admin2Refs[i];
            if (a < 0 || _tables.Levels[i] != (byte)PlaceLevel.Locality || _tables.Populations[i] <= 0) continue;
            if (!towns.TryGetValue(a, out var known) || DistrictSeatRank(i) > DistrictSeatRank(known)) towns[a] = i;
        }
        return towns;
    }

    /// A seat of a district or below before a province's capital (a province's capital inside a district need not run
    /// it), then the bigger.
    long DistrictSeatRank(int place)
    {
        var code = _tables.FeatureCodes[_tables.Features[place]];
        var level = code is "P.PPLA2" or "P.PPLA3" ? 2L : code.StartsWith("P.PPLA", StringComparison.Ordinal) || code == "P.PPLC" ? 1L : 0L;
        return (level << 40) + _tables.Populations[place];
    }

    /// Per area (place index), its biggest seat of the feature code.
    Dictionary<int, int> FindSeats(string featureCode, int[] areaRefs)
    {
        var seats = new Dictionary<int, int>();
        var code = Array.IndexOf(_tables.FeatureCodes, featureCode);
        for (var i = 0; code >= 0 && i < _tables.Count; i++)
        {
            var a = areaRefs[i];
            if (a < 0 || _tables.Features[i] != code) continue;
            if (!seats.TryGetValue(a, out var known) || _tables.Populations[i] > _tables.Populations[known]) seats[a] = i;
        }
        return seats;
    }

    internal int IndexOf(GeoPlace place) => _tables.IndexOfId(place.GeonameId);

    internal int CountryIndex(string iso2) => _countries.TryGetValue(iso2, out var i) ? i : -1;

    internal string CountryCodeAt(int i) => _tables.CountryCodes[_tables.Countries[i]];

    internal int FindKey(string folded)
    {
        Span<byte> utf8 = stackalloc byte[256];
        if (Encoding.UTF8.GetMaxByteCount(folded.Length) > utf8.Length) return _tables.FindKey(Encoding.UTF8.GetBytes(folded));
        var n = Encoding.UTF8.GetBytes(folded, utf8);
        return _tables.FindKey(utf8[..n]);
    }

    /// Folds the raw text and looks it up without allocating: recognition asks this of every capitalised n-gram.
    internal int FindRawKey(ReadOnlySpan<char> raw, out bool hasLonger)
    {
        hasLonger = false;
        if (raw.Length > 120) return -1;
        Span<char> folded = stackalloc char[raw.Length * 2 + 4];
        var n = PlaceNames.Fold(raw, folded);
        if (n == 0) return -1;
        Span<byte> utf8 = stackalloc byte[n * 3];
        var bytes = Encoding.UTF8.GetBytes(folded[..n], utf8);
        return _tables.FindKey(utf8[..bytes], out hasLonger);
    }

    internal string KeyText(int key) => Encoding.UTF8.GetString(_tables.KeyOf(key));

    internal GeoPlace PlaceAt(int i)
    {
        var t = _tables;
        var a1 = t.Admin1Refs[i];
        var a2 = t.Admin2Refs[i];
        string? admin1Code = null;
        if (a1 >= 0)
        {
            var j = Array.BinarySearch(t.Admin1CodePlaces, a1);
            if (j >= 0) admin1Code = t.Admin1Codes[j];
        }
        return new GeoPlace(
            t.GeonameIds[i],
            t.NameOf(i),
            t.Latitudes[i] / 1e5,
            t.Longitudes[i] / 1e5,
            t.CountryCodes[t.Countries[i]],
            admin1Code,
            a1 >= 0 ? t.NameOf(a1) : null,
            a2 >= 0 ? t.NameOf(a2) : null,
            _featureClasses[t.Features[i]],
            _featureCodes[t.Features[i]],
            t.Populations[i],
            (PlaceLevel)t.Levels[i]);
    }
}
