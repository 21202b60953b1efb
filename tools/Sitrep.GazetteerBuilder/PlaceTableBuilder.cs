using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Core.Geo;

namespace Sitrep.GazetteerBuilder;

/// Joins countries, admin areas and populated places into GazetteerTables: admin areas take their point from
/// admin-areas.txt.gz or, failing that, from the mean of their member places; names are folded to keys.
/// Directions are the folded words of data/geo/directions.txt: an alternate name that starts with another direction
/// than its place's own name ("North Waziristan" filed under South Waziristan) is a merge error in the sources.
public sealed class PlaceTableBuilder(IReadOnlyList<(bool IsPrefix, string Words)> generics, IReadOnlySet<string> directions)
{
    readonly Dictionary<int, PlaceDraft> _places = [];
    readonly Dictionary<string, PlaceDraft> _countries = new(StringComparer.Ordinal);
    readonly Dictionary<string, PlaceDraft> _admin1 = new(StringComparer.Ordinal);  // "AF.24"
    readonly Dictionary<string, PlaceDraft> _admin2 = new(StringComparer.Ordinal);  // "AF.24.1401"
    readonly Dictionary<int, string[]> _adminRows = [];

    public void ReadCountryInfo(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var f = line.Split('\t');
            var id = int.Parse(f[16], CultureInfo.InvariantCulture);
            var country = new PlaceDraft
            {
                Id = id, Name = f[4], CountryCode = f[0], FeatureCode = "A.PCLI", Level = PlaceLevel.Country, Source = PlaceSource.Admin,
                Population = long.Parse(f[7], CultureInfo.InvariantCulture),
            };
            country.AddName(f[4], true);
            _countries[f[0]] = country;
            _places[id] = country;
        }
    }

    /// Keeps the rows by id; countries, ADM1 and ADM2 are joined when their code files are read.
    public void ReadAdminAreas(string path)
    {
        foreach (var f in ReadRows(path))
        {
            var id = int.Parse(f[0], CultureInfo.InvariantCulture);
            _adminRows[id] = f;
            if (f[6] == "L" && f[7] == "CONT")
            {
                var continent = Draft(f, PlaceLevel.Continent, PlaceSource.Admin);
                _places[id] = continent;
            }
            else if (f[7].StartsWith("PCL", StringComparison.Ordinal) && _countries.TryGetValue(f[8], out var country))
            {
                SetPoint(country, f);
                country.FeatureCode = "A." + f[7];
                AddNames(country, f);
            }
            else if (f[7] == "ADM3")
            {
                var admin3 = Draft(f, PlaceLevel.Admin3, PlaceSource.Admin);
                _places[id] = admin3;
            }
        }
    }

    public void ReadAdmin1Codes(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            var code = f[0].Split('.');
            var id = int.Parse(f[3], CultureInfo.InvariantCulture);
            var admin = new PlaceDraft
            {
                Id = id, Name = f[1], CountryCode = code[0], FeatureCode = "A.ADM1", Level = PlaceLevel.Admin1,
                Source = PlaceSource.Admin, Admin1Code = code[1],
            };
            admin.AddName(f[1], true);
            admin.AddName(f[2], true);
            if (_adminRows.TryGetValue(id, out var row)) { SetPoint(admin, row); AddNames(admin, row); admin.Population = ParseLong(row[14]); }
            else AddStrippedNames(admin);
            _admin1[f[0]] = admin;
            _places[id] = admin;
        }
        // ADM1 rows of admin-areas.txt.gz missing from the 2020 code list still count.
        foreach (var row in _adminRows.Values.Where(r => r[7] == "ADM1"))
        {
            var key = row[8] + "." + row[10];
            if (_places.ContainsKey(int.Parse(row[0], CultureInfo.InvariantCulture)) || _admin1.ContainsKey(key)) continue;
            var admin = Draft(row, PlaceLevel.Admin1, PlaceSource.Admin);
            _admin1[key] = admin;
            _places[admin.Id] = admin;
        }
    }

    public void ReadAdmin2Codes(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            var code = f[0].Split('.');
            var id = int.Parse(f[3], CultureInfo.InvariantCulture);
            var admin = new PlaceDraft
            {
                Id = id, Name = f[1], CountryCode = code[0], FeatureCode = "A.ADM2", Level = PlaceLevel.Admin2,
                Source = PlaceSource.Admin, Admin1Code = code[1], Admin2Code = code[2],
            };
            admin.AddName(f[1], true);
            admin.AddName(f[2], true);
            if (_adminRows.TryGetValue(id, out var row)) { SetPoint(admin, row); AddNames(admin, row); admin.Population = ParseLong(row[14]); }
            else AddStrippedNames(admin);
            _admin2[f[0]] = admin;
            _places[id] = admin;
        }
        foreach (var row in _adminRows.Values.Where(r => r[7] == "ADM2"))
        {
            var key = row[8] + "." + row[10] + "." + row[11];
            if (_places.ContainsKey(int.Parse(row[0], CultureInfo.InvariantCulture)) || _admin2.ContainsKey(key)) continue;
            var admin = Draft(row, PlaceLevel.Admin2, PlaceSource.Admin);
            _admin2[key] = admin;
            _places[admin.Id] = admin;
        }
    }

    public void ReadPlaces(string path, PlaceSource source, int limit)
    {
        var added = 0;
        foreach (var f in ReadRows(path))
        {
            if (added >= limit) break;
            var id = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (_places.ContainsKey(id)) continue;
            var level = f[6] switch
            {
                "P" => PlaceLevel.Locality,
                "A" when f[7] == "ADM1" => PlaceLevel.Admin1,
                "A" when f[7] == "ADM2" => PlaceLevel.Admin2,
                "A" when f[7].StartsWith("ADM", StringComparison.Ordinal) => PlaceLevel.Admin3,
                _ => PlaceLevel.Region,
            };
            _places[id] = Draft(f, level, source);
            added++;
        }
        Console.WriteLine($"{Path.GetFileName(path)}: {added:N0} places");
    }

    /// Who's On First names of places we already have become aliases; places we lack are added.
    public void ReadWhosOnFirst(string path)
    {
        var added = 0;
        foreach (var f in ReadRows(path))
        {
            var id = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (_places.TryGetValue(id, out var known))
            {
                known.AddName(f[1], false);
                known.AddName(f[2], false);
                continue;
            }
            _places[id] = Draft(f, PlaceLevel.Locality, PlaceSource.WhosOnFirst);
            added++;
        }
        Console.WriteLine($"{Path.GetFileName(path)}: {added:N0} places added");
    }

    /// A region the sources lack ("Darfur", "the Sahel"), from data/geo/regions.tsv; id is below zero, as it is no
    /// GeoNames feature. An existing place of the same name keeps its own entry: the resolver chooses between them.
    public void AddRegion(int id, string name, string? countryCode, double latitude, double longitude, IEnumerable<string> aliases)
    {
        if (id >= 0) throw new ArgumentOutOfRangeException(nameof(id), "region ids are below zero");
        if (countryCode is not null && !_countries.ContainsKey(countryCode)) throw new InvalidOperationException($"regions.tsv: {name}: no country {countryCode}");
        var region = new PlaceDraft
        {
            Id = id, Name = name, CountryCode = countryCode ?? "", FeatureCode = "L.RGN", Level = PlaceLevel.Region,
            Source = PlaceSource.Admin, Latitude = latitude, Longitude = longitude,
        };
        region.AddName(name, true);
        foreach (var alias in aliases) region.AddName(alias.Trim(), false);
        _places[id] = region;
    }

    public void AddCountryAliases(string iso2, IEnumerable<string> aliases)
    {
        if (!_countries.TryGetValue(iso2, out var country)) return;
        foreach (var alias in aliases) country.AddName(alias.Trim(), true);
    }

    public void AddAdmin1Aliases(string code, IEnumerable<string> aliases)
    {
        if (!_admin1.TryGetValue(code, out var admin)) throw new InvalidOperationException($"admin1-aliases.tsv: no ADM1 {code}");
        foreach (var alias in aliases) admin.AddName(alias.Trim(), false);
    }

    public GazetteerTables Build()
    {
        FixAdminCodes();
        DerivePoints();
        var drafts = _places.Values.Where(p => p.HasPoint).OrderBy(p => p.Id).ToArray();
        var index = new Dictionary<PlaceDraft, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < drafts.Length; i++) index[drafts[i]] = i;

        var countryCodes = drafts.Select(d => d.CountryCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var featureCodes = drafts.Select(d => d.FeatureCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (countryCodes.Length > 255 || featureCodes.Length > 255) throw new InvalidOperationException("too many country or feature codes for a byte");
        var countryIndex = countryCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (byte)x.i, StringComparer.Ordinal);
        var featureIndex = featureCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (byte)x.i, StringComparer.Ordinal);

        var names = new MemoryStream();
        var nameOffsets = new int[drafts.Length + 1];
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var admin1Places = new List<int>();
        var admin1Codes = new List<string>();
        for (var i = 0; i < drafts.Length; i++)
        {
            var d = drafts[i];
            nameOffsets[i] = checked((int)names.Length);
            names.Write(Encoding.UTF8.GetBytes(d.Name));
            foreach (var (key, primary) in d.Keys)
            {
                if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                list.Add(primary ? i : i | GazetteerTables.AliasFlag);
            }
            if (d.Level == PlaceLevel.Admin1 && d.Admin1Code.Length > 0) { admin1Places.Add(i); admin1Codes.Add(d.Admin1Code); }
        }
        nameOffsets[drafts.Length] = checked((int)names.Length);

        var keys = postings.Keys.Select(k => (Key: k, Bytes: Encoding.UTF8.GetBytes(k))).ToArray();
        Array.Sort(keys, (a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        var keyBlob = new MemoryStream();
        var keyOffsets = new int[keys.Length + 1];
        var postingOffsets = new int[keys.Length + 1];
        var allPostings = new List<int>();
        for (var k = 0; k < keys.Length; k++)
        {
            keyOffsets[k] = checked((int)keyBlob.Length);
            keyBlob.Write(keys[k].Bytes);
            postingOffsets[k] = allPostings.Count;
            allPostings.AddRange(postings[keys[k].Key]);
        }
        keyOffsets[keys.Length] = checked((int)keyBlob.Length);
        postingOffsets[keys.Length] = allPostings.Count;

        int RefOf(PlaceDraft? p) => p is not null && index.TryGetValue(p, out var i) ? i : -1;
        return new GazetteerTables
        {
            CountryCodes = countryCodes,
            FeatureCodes = featureCodes,
            GeonameIds = drafts.Select(d => d.Id).ToArray(),
            Latitudes = drafts.Select(d => (int)Math.Round(d.Latitude * 1e5)).ToArray(),
            Longitudes = drafts.Select(d => (int)Math.Round(d.Longitude * 1e5)).ToArray(),
            Populations = drafts.Select(d => d.Population).ToArray(),
            Countries = drafts.Select(d => countryIndex[d.CountryCode]).ToArray(),
            Features = drafts.Select(d => featureIndex[d.FeatureCode]).ToArray(),
            Levels = drafts.Select(d => (byte)d.Level).ToArray(),
            Admin1Refs = drafts.Select(d => RefOf(Admin1Of(d))).ToArray(),
            Admin2Refs = drafts.Select(d => RefOf(Admin2Of(d))).ToArray(),
            NameOffsets = nameOffsets,
            NameBlob = names.ToArray(),
            Admin1CodePlaces = [.. admin1Places],
            Admin1Codes = [.. admin1Codes],
            KeyOffsets = keyOffsets,
            KeyBlob = keyBlob.ToArray(),
            PostingOffsets = postingOffsets,
            Postings = [.. allPostings],
        };
    }

    PlaceDraft? Admin1Of(PlaceDraft d) =>
        d.Level is PlaceLevel.Country or PlaceLevel.Continent ? null
        : _admin1.GetValueOrDefault(d.CountryCode + "." + d.Admin1Code);

    PlaceDraft? Admin2Of(PlaceDraft d) =>
        d.Level is PlaceLevel.Country or PlaceLevel.Continent or PlaceLevel.Admin1 || d.Admin2Code.Length == 0 ? null
        : _admin2.GetValueOrDefault(d.CountryCode + "." + d.Admin1Code + "." + d.Admin2Code);

    /// Some extracts write admin1 codes without their leading zero ("3" for "03").
    void FixAdminCodes()
    {
        foreach (var d in _places.Values)
        {
            if (d.Admin1Code.Length == 1 && !_admin1.ContainsKey(d.CountryCode + "." + d.Admin1Code)
                && _admin1.ContainsKey(d.CountryCode + ".0" + d.Admin1Code))
                d.Admin1Code = "0" + d.Admin1Code;
        }
    }

    /// Admin areas without a point take the mean of their member places (towns first, villages if no town);
    /// without a population, the sum of their towns'.
    void DerivePoints()
    {
        var members = new Dictionary<PlaceDraft, (double Lat, double Lon, int N, double VLat, double VLon, int VN, long Pop)>(ReferenceEqualityComparer.Instance);
        foreach (var d in _places.Values)
        {
            if (d.Level != PlaceLevel.Locality || !d.HasPoint) continue;
            // A country the extract gives no point (the Vatican) takes the mean of its towns, like an admin area.
            foreach (var admin in new[] { Admin1Of(d), Admin2Of(d), _countries.GetValueOrDefault(d.CountryCode) })
            {
                if (admin is null) continue;
                var m = members.GetValueOrDefault(admin);
                if (d.Source == PlaceSource.Villages) { m.VLat += d.Latitude; m.VLon += d.Longitude; m.VN++; }
                else { m.Lat += d.Latitude; m.Lon += d.Longitude; m.N++; m.Pop += d.Population; }
                members[admin] = m;
            }
        }
        foreach (var (admin, m) in members)
        {
            if (!admin.HasPoint)
            {
                if (m.N > 0) { admin.Latitude = m.Lat / m.N; admin.Longitude = m.Lon / m.N; }
                else if (m.VN > 0) { admin.Latitude = m.VLat / m.VN; admin.Longitude = m.VLon / m.VN; }
            }
            if (admin.Population == 0) admin.Population = m.Pop;
        }
    }

    PlaceDraft Draft(string[] f, PlaceLevel level, PlaceSource source)
    {
        var d = new PlaceDraft
        {
            Id = int.Parse(f[0], CultureInfo.InvariantCulture), Name = f[1], CountryCode = f[8], FeatureCode = f[6] + "." + f[7],
            Level = level, Source = source, Admin1Code = f[10], Admin2Code = f[11], Population = ParseLong(f[14]),
        };
        SetPoint(d, f);
        d.AddName(f[1], true);
        d.AddName(f[2], true);
        AddNames(d, f);
        return d;
    }

    void AddNames(PlaceDraft d, string[] f)
    {
        foreach (var alternate in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!PlaceNames.IsLatin(alternate) || alternate.Any(char.IsDigit) || IsCode(alternate) || OtherDirection(d.Name, alternate)) continue;
            d.AddName(alternate, false);
        }
        AddStrippedNames(d);
    }

    /// "South Waziristan" filed with "North Waziristan" as an alternate: both start with a compass direction, and
    /// not the same one ("Northern Province" and "North Province" agree; "Upper" or "Greater" say nothing of it).
    bool OtherDirection(string name, string alternate)
    {
        var own = Compass(FirstWord(name));
        var other = Compass(FirstWord(alternate));
        return own.Length > 0 && other.Length > 0 && own != other;

        static string FirstWord(string s) => PlaceNames.Fold(s).Split(' ')[0];
    }

    string Compass(string word)
    {
        if (!directions.Contains(word)) return "";
        var points = new System.Text.StringBuilder();
        foreach (var point in (ReadOnlySpan<string>)["north", "south", "east", "west"])
            if (word.Contains(point, StringComparison.Ordinal)) points.Append(point[0]);
        return points.ToString();
    }

    /// Admin areas (with a row of their own or not) are also known without their generic word.
    void AddStrippedNames(PlaceDraft d)
    {
        if (d.Level is PlaceLevel.Locality or PlaceLevel.Country) return;
        // Admin areas are named without their generic word in news: "Zabul Province" -> "Zabul".
        foreach (var (key, primary) in d.Keys.ToArray())
        {
            var stripped = StripGeneric(key);
            if (stripped is not null && !d.Keys.ContainsKey(stripped)) d.Keys[stripped] = primary;
        }
    }

    string? StripGeneric(string key)
    {
        foreach (var (isPrefix, words) in generics)
        {
            if (isPrefix && key.StartsWith(words + " ", StringComparison.Ordinal)) return key[(words.Length + 1)..];
            if (!isPrefix && key.EndsWith(" " + words, StringComparison.Ordinal)) return key[..^(words.Length + 1)];
        }
        return null;
    }

    // Upper-case abbreviations ("KDZ", "NYC") are codes, not names news uses for the place.
    static bool IsCode(string name) => name.Length <= 4 && name.All(c => char.IsUpper(c) || c == '.');

    static void SetPoint(PlaceDraft d, string[] f)
    {
        if (double.TryParse(f[4], CultureInfo.InvariantCulture, out var lat) && double.TryParse(f[5], CultureInfo.InvariantCulture, out var lon))
        {
            d.Latitude = lat;
            d.Longitude = lon;
        }
    }

    static long ParseLong(string s) => long.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : 0;

    static IEnumerable<string[]> ReadRows(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
