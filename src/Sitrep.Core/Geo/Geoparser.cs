using System.Collections.Concurrent;
using System.Collections.Immutable;
using Sitrep.Core.Text;

namespace Sitrep.Core.Geo;

/// The place stage: finds toponyms (capitalised n-grams the gazetteer knows, names in place contexts such as
/// "X district", demonyms such as "Afghan") and resolves them to GeoNames places by the article's context --
/// the countries and admin areas it names, the admin hierarchy ("Paris, Texas", "X district of Y province"),
/// the generic word ("Kunduz province" is the ADM1) and priors from level and population -- with one sense
/// per name for the whole text. Built once; thread-safe; keeps no per-article state.
public sealed class Geoparser
{
    const int MaxNameTokens = 7;
    const int MaxSenses = 100;
    const int StrongPopulation = 5000;
    const int NearbyChars = 200;
    const int MaxRemembered = 100_000;
    const double AliasOfACountryName = 1.5;
    /// A place within about 100 km (in hundred-thousandths of a degree) of the area the text puts it in may lie in it.
    const int NamesakeDistance = 90_000;
    /// The same for an area named as a sub-district ("Monirampur upazila", "Kharian tehsil").
    const int SubDistrictNamesakeDistance = 30_000;
    /// A country with this share of a text's votes is one of the text's countries, not a misreading.
    const double SecondCountryShare = 0.2;

    readonly Gazetteer _gazetteer;
    readonly GazetteerTables _t;
    readonly GeoLexicon _lexicon;
    readonly double[] _featureBonus; // capitals and admin seats are the likelier sense of a name
    readonly ConcurrentDictionary<int, KeyFacts> _keyFacts = new(); // per name, shared by all calls
    readonly SpellingVariants _spellings;
    readonly ConcurrentDictionary<string, int> _variantKeys = new(StringComparer.Ordinal); // unknown name -> variant's key
    readonly int[] _capitals; // per country (index into CountryCodes): the capital's place index, or -1

    Geoparser(Gazetteer gazetteer, GeoLexicon lexicon)
    {
        _gazetteer = gazetteer;
        _t = gazetteer.Tables;
        _lexicon = lexicon;
        _spellings = new SpellingVariants(lexicon.SpellingVariants);
        _capitals = new int[256];
        Array.Fill(_capitals, -1);
        var capital = Array.IndexOf(_t.FeatureCodes, "P.PPLC");
        for (var i = 0; capital >= 0 && i < _t.Count; i++)
        {
            if (_t.Features[i] != capital) continue;
            var c = _t.Countries[i];
            if (_capitals[c] < 0 || _t.Populations[i] > _t.Populations[_capitals[c]]) _capitals[c] = i;
        }
        _featureBonus = _t.FeatureCodes.Select(code => code switch
        {
            "P.PPLC" => 1.5,
            "P.PPLA" => 0.7,
            "P.PPLA2" => 0.3,
            "P.PPLX" or "P.PPLQ" or "P.PPLH" => -0.5,
            _ => 0.0,
        }).ToArray();
    }

    public static Geoparser CreateDefault() => new(Gazetteer.LoadDefault(), GeoLexicon.LoadDefault());

    public Gazetteer Gazetteer => _gazetteer;

    /// Finds and resolves every toponym in the text, in text order.
    public ImmutableArray<PlaceMention> Parse(string text) => Parse(text, []);

    /// As Parse, with the countries the text's named actors belong to (ISO2: "BJP" -> IN, "PML-N" -> PK) as
    /// evidence of which country its places are in, one vote a country as for country words: "a rally in
    /// Hyderabad" by a Pakistani party is in Sindh.
    public ImmutableArray<PlaceMention> Parse(string text, IReadOnlyCollection<string> countryHints)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(countryHints);
        var tokens = SplitCompounds(Tokenizer.Instance.Tokenize(text));
        var toponyms = Recognise(text, tokens);
        LinkContainers(text, toponyms);
        if (toponyms.RemoveAll(t => t.NeedsContainer && t.Container < 0) > 0)
        {
            foreach (var t in toponyms) t.Container = -1;
            LinkContainers(text, toponyms);
        }
        return ResolveAll(text, toponyms, WithHints(CountryEvidence(text, tokens), countryHints), dropStrays: true);
    }

    double[] WithHints(double[] evidence, IReadOnlyCollection<string> countryHints)
    {
        if (countryHints.Count == 0) return evidence;
        var result = evidence.Length == 0 ? new double[256] : evidence;
        foreach (var iso in countryHints.Distinct(StringComparer.OrdinalIgnoreCase)) AddVote(result, iso, 1);
        return result;
    }

    /// One vote (or a share of one) for a country, capped so that evidence beside the names never outweighs them.
    void AddVote(double[] evidence, string iso, double weight)
    {
        var ci = _gazetteer.CountryIndex(iso);
        if (ci < 0) return;
        var c = _t.Countries[ci];
        evidence[c] = Math.Min(MaxWordVotes, evidence[c] + weight);
    }

    /// Resolves exactly the given spans (from another recogniser or a gold standard), one mention per span, in order.
    public ImmutableArray<PlaceMention> Resolve(string text, IReadOnlyList<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var toponyms = new List<Toponym>(spans.Count);
        foreach (var span in spans)
        {
            if (span.End > text.Length) throw new ArgumentException($"span {span} lies outside the text of length {text.Length}", nameof(spans));
            var words = Tokenizer.Instance.Tokenize(text, span).Where(t => t.Kind == TokenKind.Word).ToList();
            var folded = words.Select(w => PlaceNames.Fold(StripPossessive(w.Text))).Where(w => w.Length > 0).ToList();
            PlaceLevel? hint = null;
            // A trailing generic word names the level ("Kunduz province"); the rest is the name.
            for (var g = Math.Min(3, folded.Count - 1); g >= 1 && hint is null; g--)
            {
                if (_lexicon.Generics.TryGetValue(string.Join(' ', folded.Skip(folded.Count - g)), out var level))
                {
                    if (_gazetteer.FindKey(string.Join(' ', folded)) >= 0) break;
                    hint = level;
                    folded.RemoveRange(folded.Count - g, g);
                }
            }
            if (folded.Count > 1 && folded[0] == "the") folded.RemoveAt(0);
            var key = string.Join(' ', folded);
            var topo = new Toponym(span.Start, span.End, key, key.Length == 0 ? -1 : _gazetteer.FindKey(key)) { Hint = hint };
            // As in Parse, a demonym reads as its country before any place that happens to share the word.
            if (folded.Count is 1 or 2 && _gazetteer.CountryOfFoldedDemonym(key) is { } iso) topo.Demonym = iso;
            // ... and a continent's or region's adjective as that region ("European" -> Europe).
            else if (folded.Count is 1 or 2 && _lexicon.RegionDemonyms.TryGetValue(key, out var region) && _gazetteer.FindKey(region) is var regionIndex and >= 0)
                topo = new Toponym(span.Start, span.End, region, regionIndex) { Adjectival = true };
            toponyms.Add(topo);
        }
        var ordered = toponyms.OrderBy(t => t.Start).ToList();
        LinkContainers(text, ordered);
        var resolved = ResolveAll(text, ordered, CountryEvidence(text, Tokenizer.Instance.Tokenize(text)), dropStrays: false);
        var bySpan = new Dictionary<(int, int), PlaceMention>();
        foreach (var m in resolved) bySpan.TryAdd((m.Span.Start, m.Span.End), m);
        return [.. spans.Select(s => bySpan[(s.Start, s.End)])];
    }

    // ---------------------------------------------------------------- recognition

    /// "Cambodia-Vietnam border", "Kabul-Jalalabad highway": a hyphenated compound of capitalised parts that the
    /// gazetteer does not know whole is read part by part ("Khyber-Pakhtunkhwa" stays whole).
    IReadOnlyList<Token> SplitCompounds(IReadOnlyList<Token> tokens)
    {
        List<Token>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var parts = token.IsCapitalised && token.Text.Contains('-', StringComparison.Ordinal) ? token.Text.Split('-') : null;
            // "Karachi-based": the place and a word that is no part of it.
            if (parts is { Length: > 1 } && _lexicon.AttachedSuffixes.Contains(parts[^1]))
                parts = [token.Text[..token.Text.LastIndexOf('-')], parts[^1]];
            var split = parts is { Length: > 1 } && (parts.All(p => p.Length > 1 && char.IsUpper(p[0])) || _lexicon.AttachedSuffixes.Contains(parts[^1]))
                && _gazetteer.FindKey(PlaceNames.Fold(token.Text)) < 0;
            if (!split)
            {
                result?.Add(token);
                continue;
            }
            result ??= [.. tokens.Take(i)];
            var offset = token.Span.Start;
            for (var k = 0; k < parts!.Length; k++)
            {
                if (k > 0)
                {
                    result.Add(new Token(new TextSpan(offset, offset + 1), "-", TokenKind.Punctuation));
                    offset++;
                }
                result.Add(new Token(new TextSpan(offset, offset + parts[k].Length), parts[k], TokenKind.Word));
                offset += parts[k].Length;
            }
        }
        return result ?? tokens;
    }

    List<Toponym> Recognise(string text, IReadOnlyList<Token> tokens)
    {
        var lowerWords = new LowerCaseWords(text);

        var (personToken, surnames) = FindPersonNames(text, tokens);
        var found = new List<Toponym>();
        var lastAcceptedToken = -2;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!token.IsCapitalised || personToken[i]) { i++; continue; }

            if (TryDemonym(text, tokens, i, out var demonymEnd, out var iso))
            {
                var last = tokens[demonymEnd];
                // ("the All India Nepali Schedule Caste Association": a demonym opening an organisation's name says
                // less about where the text is, like a town in one.)
                found.Add(new Toponym(token.Span.Start, EndWithoutPossessive(last), PlaceNames.Fold(text.AsSpan(token.Span.Start, EndWithoutPossessive(last) - token.Span.Start)), -1)
                    { Demonym = iso, InName = InOrganisationName(text, tokens, i, demonymEnd) >= 0 });
                lastAcceptedToken = demonymEnd;
                i = demonymEnd + 1;
                continue;
            }

            var (matchEnd, keyIndex, key) = LongestMatch(text, tokens, i);
            // "European ministers", "West African states": an adjective for a continent or region -- unless it opens a
            // longer name ("European Union").
            if (TryRegionDemonym(text, tokens, i, out var regionEnd, out var regionKey) && !(keyIndex >= 0 && matchEnd > regionEnd)
                && _gazetteer.FindKey(regionKey) is var regionIndex and >= 0)
            {
                found.Add(new Toponym(token.Span.Start, EndWithoutPossessive(tokens[regionEnd]), regionKey, regionIndex) { Adjectival = true });
                lastAcceptedToken = regionEnd;
                i = regionEnd + 1;
                continue;
            }
            if (keyIndex < 0)
            {
                var runEnd = CapitalisedRunEnd(text, tokens, i);
                var unknown = UnknownInPlaceContext(text, tokens, i, runEnd, lowerWords) ?? VariantInPlaceContext(text, tokens, i, runEnd, lowerWords);
                if (unknown is not null && !IsPersonLike(text, tokens, i, lastAcceptedToken, lowerWords))
                {
                    found.Add(unknown);
                    lastAcceptedToken = runEnd;
                    i = runEnd + 1;
                }
                else i++; // a known name may follow inside the run ("On Tuesday Kunduz")
                continue;
            }

            if (matchEnd == i && surnames.Contains(key)) { i++; continue; }
            var topo = new Toponym(token.Span.Start, EndWithoutPossessive(tokens[matchEnd]), key, keyIndex);
            var genericEnd = AttachGeneric(text, tokens, i, matchEnd, topo, found);
            var accepted = Accept(text, tokens, i, matchEnd, topo, lastAcceptedToken, lowerWords);
            // Two one-word places side by side ("Michael Jordan") are a person's name, not two places -- unless both
            // are well known ("Lahore Punjab" in a terse note).
            if (accepted && matchEnd == i && topo.Hint is null && lastAcceptedToken == i - 1 && found.Count > 0 && i >= 1
                && found[^1] is { Demonym: null, Hint: null, KeyIndex: >= 0, InName: false } before && before.Start == tokens[i - 1].Span.Start
                && Adjacent(text, tokens, i - 1, i) && !IsPossessive(tokens[i - 1].Text)
                && !(IsProminentName(before.KeyIndex) && IsProminentName(keyIndex)))
            {
                found.RemoveAt(found.Count - 1);
                surnames.Add(key);
                accepted = false;
            }
            if (accepted)
            {
                if (genericEnd > matchEnd && !IsPossessive(tokens[matchEnd].Text)) topo.End = tokens[genericEnd].Span.End;
                found.Add(topo);
                lastAcceptedToken = matchEnd;
                // The rest of an organisation's name ("Model School") holds no further place.
                i = Math.Max(Math.Max(matchEnd, genericEnd), topo.OrgEnd) + 1;
            }
            else i = matchEnd + 1;
        }
        return found;
    }

    /// Runs of two or more capitalised words before a verb of saying ("Michael Jordan said") are people: their
    /// words are no places, and their last word alone later in the text ("Jordan added") is the same person.
    (bool[] PersonToken, HashSet<string> Surnames) FindPersonNames(string text, IReadOnlyList<Token> tokens)
    {
        var person = new bool[tokens.Count];
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var v = 1; v < tokens.Count; v++)
        {
            var end = v - 1;
            if (!tokens[end].IsCapitalised || tokens[v].Kind != TokenKind.Word || !_lexicon.SpeechVerbs.Contains(tokens[v].Text)) continue;
            if (!Adjacent(text, tokens, end, v)) continue;
            var start = end;
            while (start - 1 >= 0 && tokens[start - 1].IsCapitalised && Adjacent(text, tokens, start - 1, start))
            {
                var w = PlaceNames.Fold(tokens[start - 1].Text);
                if (_lexicon.Titles.Contains(w) || _lexicon.NotPlaces.Contains(w) || _lexicon.Directions.Contains(w)
                    || _gazetteer.CountryOfFoldedDemonym(w) is not null || (start - 1 == 0 || SentenceInitial(text, tokens, start - 1)) && _lexicon.CommonWords.Contains(w))
                    break;
                start--;
            }
            if (start == end)
            {
                // "Jones said": one word before a verb of saying is a person unless it names a well-known place
                // ("Russia said", "Kabul says") -- and then the person's name throughout the text.
                var single = PlaceNames.Fold(StripPossessive(tokens[end].Text));
                var key = _gazetteer.FindKey(single);
                if (single.Length < 3 || key >= 0 && (IsProminentName(key) || HasCountryOrAdmin1(key))
                    || AllCaps(tokens[end].Text) || _gazetteer.CountryOfFoldedDemonym(single) is not null || _lexicon.NotPlaces.Contains(single))
                    continue;
                person[end] = true;
                surnames.Add(single);
                continue;
            }
            // "North Korea said", "New York says": the name is a place the gazetteer knows as a whole.
            var wholeKey = PlaceNames.Fold(text.AsSpan(tokens[start].Span.Start, tokens[end].Span.End - tokens[start].Span.Start));
            var k = _gazetteer.FindKey(wholeKey);
            if (k >= 0 && IsStrong(k)) continue;
            var before = start - 1 >= 0 && tokens[start - 1].IsCapitalised && Adjacent(text, tokens, start - 1, start) ? start - 1 : -1;
            if (before >= 0)
            {
                var withBefore = PlaceNames.Fold(text.AsSpan(tokens[before].Span.Start, tokens[end].Span.End - tokens[before].Span.Start));
                var kb = _gazetteer.FindKey(withBefore);
                if (kb >= 0 && IsStrong(kb)) continue;
            }
            for (var t = start; t <= end; t++) person[t] = true;
            surnames.Add(PlaceNames.Fold(StripPossessive(tokens[end].Text)));
        }
        // "Smith, 45, was arrested", "according to Lane": a name with an age, or a source, is a person's.
        for (var i = 0; i < tokens.Count; i++)
        {
            var aged = i + 3 < tokens.Count && tokens[i].IsCapitalised && tokens[i + 1].Text == "," && tokens[i + 2].Kind == TokenKind.Number
                && tokens[i + 2].Text.Length <= 3 && tokens[i + 3].Text is "," or ")";
            var source = i >= 2 && tokens[i].IsCapitalised && tokens[i - 1].Text == "to" && tokens[i - 2].Text.Equals("according", StringComparison.OrdinalIgnoreCase)
                && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && Adjacent(text, tokens, i, i + 1));
            if (!aged && !source) continue;
            var word = PlaceNames.Fold(StripPossessive(tokens[i].Text));
            var key = _gazetteer.FindKey(word);
            if (key >= 0 && (IsProminentName(key) || HasCountryOrAdmin1(key)) || AllCaps(tokens[i].Text) || _lexicon.NotPlaces.Contains(word)) continue;
            person[i] = true;
            surnames.Add(word);
        }
        return (person, surnames);
    }

    /// A country's demonym at i ("Afghan", "South Sudanese"): its ISO code.
    bool TryDemonym(string text, IReadOnlyList<Token> tokens, int i, out int end, out string iso) =>
        TryAdjective(text, tokens, i, _gazetteer.CountryOfFoldedDemonym, out end, out iso);

    /// A continent's or region's adjective at i ("European", "West African"): the region's folded name.
    bool TryRegionDemonym(string text, IReadOnlyList<Token> tokens, int i, out int end, out string regionKey) =>
        TryAdjective(text, tokens, i, folded => _lexicon.RegionDemonyms.GetValueOrDefault(folded), out end, out regionKey);

    /// An adjective of one or two capitalised words at i that `meaning` knows (two words first: "Central African",
    /// "Sri Lankan"); a direction word alone ("Western") is none.
    bool TryAdjective(string text, IReadOnlyList<Token> tokens, int i, Func<string, string?> meaning, out int end, out string value)
    {
        for (var len = 2; len >= 1; len--)
        {
            end = i + len - 1;
            if (end >= tokens.Count || !Adjacent(text, tokens, i, end) || !tokens[end].IsCapitalised) continue;
            var folded = PlaceNames.Fold(text.AsSpan(tokens[i].Span.Start, EndWithoutPossessive(tokens[end]) - tokens[i].Span.Start));
            if (meaning(folded) is { } found && !(len == 1 && _lexicon.Directions.Contains(folded)))
            {
                value = found;
                return true;
            }
        }
        end = i;
        value = "";
        return false;
    }

    /// The longest run of tokens from i whose folded text is a gazetteer name.
    (int End, int KeyIndex, string Key) LongestMatch(string text, IReadOnlyList<Token> tokens, int i)
    {
        (int, int, string) best = (i, -1, "");
        (int, int, string) shorter = best;
        var start = tokens[i].Span.Start;
        for (var j = i; j < tokens.Count && j < i + MaxNameTokens; j++)
        {
            var tok = tokens[j];
            // "W. Va.": the dot after an initial may sit inside a name the gazetteer knows.
            if (tok.Text == "." && j > i && tokens[j - 1].Text.Length == 1 && char.IsUpper(tokens[j - 1].Text[0]) && Adjacent(text, tokens, j - 1, j)) continue;
            if (j > i && !Adjacent(text, tokens, j - 1, j) && tokens[j - 1].Text != ".") break;
            if (tok.Kind != TokenKind.Word) break;
            var capitalised = tok.IsCapitalised;
            if (!capitalised && !_lexicon.Connectors.Contains(tok.Text)) break;
            if (!capitalised) continue;
            var k = _gazetteer.FindRawKey(text.AsSpan(start, EndWithoutPossessive(tok) - start), out var hasLonger);
            if (k >= 0) (shorter, best) = (best, (j, k, ""));
            if (IsPossessive(tok.Text))
            {
                // "Cox's Bazar": the possessive may be part of a longer name.
                _gazetteer.FindRawKey(text.AsSpan(start, tok.Span.End - start), out var possessiveLonger);
                if (!possessiveLonger) break;
                continue;
            }
            if (!hasLonger) break;
        }
        // "Hyderabad District": the name without its level word, which AttachGeneric then reads as the level.
        if (best.Item2 >= 0 && shorter.Item2 >= 0 && shorter.Item1 == best.Item1 - 1
            && _lexicon.LevelSuffixes.Contains(PlaceNames.Fold(tokens[best.Item1].Text))) best = shorter;
        return best.Item2 >= 0 ? (best.Item1, best.Item2, _gazetteer.KeyText(best.Item2)) : best;
    }

    /// A generic word right after the name ("Kunduz province") or before it ("the village of X") gives the level.
    int AttachGeneric(string text, IReadOnlyList<Token> tokens, int start, int end, Toponym topo, List<Toponym> found)
    {
        // The name itself may end with its generic word ("Marawi City").
        var lastSpace = topo.Key.LastIndexOf(' ');
        if (lastSpace > 0 && _lexicon.Generics.TryGetValue(topo.Key[(lastSpace + 1)..], out var own)) topo.Hint = own;
        if (!IsPossessive(tokens[end].Text))
        {
            for (var g = 3; g >= 1; g--)
            {
                var last = end + g;
                if (last >= tokens.Count || !AdjacentRun(text, tokens, end, last)) continue;
                var words = PlaceNames.Fold(text.AsSpan(tokens[end + 1].Span.Start, tokens[last].Span.End - tokens[end + 1].Span.Start));
                if (_lexicon.Generics.TryGetValue(words, out var level))
                {
                    topo.Hint = level;
                    if (_lexicon.CountryWords.TryGetValue(words, out var users)) topo.HintCountries = users.Countries;
                    else if (_lexicon.Admin1Words.TryGetValue(words, out var callers)) topo.HintCountries = callers;
                    // "Kunduz and Baghlan provinces": the plural generic covers the name before too.
                    if (words.EndsWith('s') && found.Count > 0 && found[^1].Hint is null && found[^1].Demonym is null && start >= 1
                        && tokens[start - 1].Text is "and" or "," && tokens[start - 1].Span.Start - found[^1].End <= 2)
                        found[^1].Hint = level;
                    return last;
                }
            }
        }
        // "the village of X", "province of X" -- unless that generic belongs to the name before ("X district of Y").
        if (topo.Hint is null && start >= 2 && tokens[start - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
            && _lexicon.Generics.TryGetValue(tokens[start - 2].Text.ToLowerInvariant(), out var before)
            && !(found.Count > 0 && found[^1].End == tokens[start - 2].Span.End))
        {
            // "the districts of Kunduz", "every district of Punjab": the parts are named, so the name is the area
            // one level up.
            var parts = tokens[start - 2].Text.EndsWith('s')
                || start >= 3 && tokens[start - 3].Text is "every" or "each" or "all" or "other" or "several" or "many" or "some" or "another";
            // "the state of Punjab": India's, which has states, not Pakistan's, which has provinces.
            if (!parts && _lexicon.Admin1Words.TryGetValue(PlaceNames.Fold(tokens[start - 2].Text), out var callers)) topo.HintCountries = callers;
            topo.Hint = !parts ? before : before switch
            {
                PlaceLevel.Admin2 => PlaceLevel.Admin1,
                PlaceLevel.Admin3 => PlaceLevel.Admin2,
                _ => null,
            };
        }
        return end;
    }

    bool Accept(string text, IReadOnlyList<Token> tokens, int start, int end, Toponym topo, int lastAcceptedToken, LowerCaseWords lowerWords)
    {
        var single = start == end;
        var first = PlaceNames.Fold(StripPossessive(tokens[start].Text));
        // Titles are no places ("Vice Chancellor", "Governor House") though GeoNames has towns of those names.
        if (single && (_lexicon.NotPlaces.Contains(first) || _lexicon.Directions.Contains(first) || _lexicon.Titles.Contains(first))) return false;
        if (single && (SentenceInitial(text, tokens, start) || AllCaps(tokens[start].Text)) && _lexicon.CommonWords.Contains(first)) return false;
        // Acronyms ("AL", "JCD") are organisations unless they name a country ("US", "UAE", "DRC"), are a dotted
        // state abbreviation ("S.C.", "D.C.") or open the text as its dateline ("BOGRA:", "KABUL, Dec 3").
        if (single && AllCaps(tokens[start].Text) && tokens[start].Text.Length <= 5 && !HasCountry(topo.KeyIndex) && !IsDateline(tokens, start)
            && !(tokens[start].Text.Contains('.', StringComparison.Ordinal) && HasCountryOrAdmin1(topo.KeyIndex))) return false;
        // "Central Region", "Capital Territory": names made only of generic words name nothing in particular.
        // ... unless the gazetteer knows the whole as a region, a country or a province ("Middle East", "West Bank",
        // "Eastern Province").
        if (!single && AllGeneric(tokens, start, end) && !NamesRegionOrProvince(topo.KeyIndex)) return false;
        // "500 BC", "3 PM": short capitals right after a number are a unit or an era, not a province.
        if (single && start >= 1 && tokens[start - 1].Kind == TokenKind.Number && AllCaps(tokens[start].Text) && tokens[start].Text.Count(char.IsLetter) <= 3) return false;
        // "I", "Al", "Ky": one- and two-letter words are places only when they name a country or an ADM1.
        var letters = tokens[start].Text.Count(char.IsLetter);
        if (single && (letters < 2 || letters == 2 && !HasCountryOrAdmin1(topo.KeyIndex))) return false;
        // A two-letter state abbreviation follows its town ("Baltimore, Md"); "Md Abdul" is a given name.
        if (single && letters == 2 && !HasCountry(topo.KeyIndex) && !tokens[start].Text.Contains('.', StringComparison.Ordinal) && !(start >= 1 && tokens[start - 1].Text == ",")
            && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && Adjacent(text, tokens, end, end + 1)) return false;
        var strong = IsStrong(topo.KeyIndex);
        // A capitalised word that also appears in lower case in the text is a common word ("Bar", "Mobile").
        if (single && lowerWords.Contains(first) && !HasCountryOrAdmin1(topo.KeyIndex)) return false;

        // Organisations named after places: "Khaama Press", "Kabul Bank", "Bank of Kabul", "Quetta Model School".
        // Not a toponym of the text, but a town's press club or university is where its protests happen: a known
        // town is kept, flagged InName, so consumers can tell it from the places the text names.
        if (InOrganisationName(text, tokens, start, end) is var orgEnd and >= 0)
        {
            topo.OrgEnd = orgEnd;
            // Only a name that opens the organisation's name: "University Grants Commission" holds no town.
            if (!strong || single && OnlyMinorAliases(topo.KeyIndex) || IsPersonLike(text, tokens, start, lastAcceptedToken, lowerWords)
                || start >= 1 && tokens[start - 1].IsCapitalised && Adjacent(text, tokens, start - 1, start) && !OpensName(text, tokens, start - 1))
                return false;
            topo.InName = true;
            return true;
        }

        if (IsPersonLike(text, tokens, start, lastAcceptedToken, lowerWords)) return false;
        // "Savar Bus Stand", "Kotwali Police Station": a facility named after the place is in it.
        if (FacilityAfter(text, tokens, end))
        {
            // The facility's words are no further places ("Junction" is a town in Texas).
            topo.OrgEnd = end + FacilityLength(text, tokens, end + 1);
            return true;
        }
        // "Michael Smith", "Lincoln Financial": a capitalised word right after the name makes it part of another name.
        // A one-word name inside a run of capitalised words ("National Grants Office") is part of that name.
        if (single && topo.Hint is null && !IsProminentName(topo.KeyIndex) && start >= 1 && end + 1 < tokens.Count
            && tokens[start - 1].IsCapitalised && Adjacent(text, tokens, start - 1, start) && !SentenceInitial(text, tokens, start - 1)
            && tokens[end + 1].IsCapitalised && Adjacent(text, tokens, end, end + 1)) return false;
        // "Kabul Sheikh, 27,": a run of capitalised words followed by an age is a person's name, whatever it holds.
        if (end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && Adjacent(text, tokens, end, end + 1) && AgeFollows(tokens, CapitalisedRunEnd(text, tokens, end + 1))) return false;
        // Countries, provinces and cities stay places inside such names ("Herat Regional Court").
        if (topo.Hint is null && !IsProminentName(topo.KeyIndex) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && Adjacent(text, tokens, end, end + 1)
            && !IsPossessive(tokens[end].Text) && !IsNeutral(text, tokens, end + 1, lowerWords)) return false;

        if (topo.Hint is not null) return true;
        // A name known only as someone's alternate spelling of a small place ("Farmers") needs a place context.
        if (strong && !(single && OnlyMinorAliases(topo.KeyIndex))) return true;
        // Villages and small towns only in a place context: "in X", "near X", "X, <area>".
        if (start >= 1 && _lexicon.Prepositions.Contains(tokens[start - 1].Text.ToLowerInvariant())) return true;
        if (start >= 2 && tokens[start - 1].Text == "the" && _lexicon.Prepositions.Contains(tokens[start - 2].Text.ToLowerInvariant())) return true;
        // The next item of a list of places ("in Kurunegala, Eppawala and Giriulla").
        if (start >= 2 && tokens[start - 1].Text is "," or "and" or "or" && lastAcceptedToken == start - 2) return true;
        if (start >= 3 && tokens[start - 1].Text is "and" or "or" && tokens[start - 2].Text == "," && lastAcceptedToken == start - 3) return true;
        if (end + 2 < tokens.Count && tokens[end + 1].Text == "," && tokens[end + 2].IsCapitalised) return NextIsArea(text, tokens, end + 2);
        return false;
    }

    /// ", 27," or ", 27)" right after a name: the age newspapers give after a person's name.
    static bool AgeFollows(IReadOnlyList<Token> tokens, int runEnd) =>
        runEnd + 3 < tokens.Count && tokens[runEnd + 1].Text == "," && tokens[runEnd + 3].Text is "," or ")"
        && int.TryParse(tokens[runEnd + 2].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) && age is > 0 and < 110;

    /// "Kabul Bank", "Bank of Kabul", "Hyderabad School Parents Association": an organisation word right after the
    /// name or closing the run of capitalised words that follows it (up to four), or "word of" before it.
    /// Returns the token index of the organisation word after the name (the name's own end for "Bank of X"), or -1.
    int InOrganisationName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (IsPossessive(tokens[end].Text)) return -1;
        for (var k = end + 1; k < tokens.Count && k <= end + 4; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !tokens[k].IsCapitalised || !Adjacent(text, tokens, k - 1, k)) break;
            var w = PlaceNames.Fold(StripPossessive(tokens[k].Text));
            if (IsFacility(text, tokens, k)) return -1;
            if (_lexicon.OrgAfter.Contains(w)) return k;
            if (IsPossessive(tokens[k].Text)) break;
        }
        return start >= 2 && tokens[start - 1].Text == "of" && _lexicon.OrgBefore.Contains(PlaceNames.Fold(tokens[start - 2].Text)) ? end : -1;
    }

    bool FacilityAfter(string text, IReadOnlyList<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && Adjacent(text, tokens, end, end + 1) && !IsPossessive(tokens[end].Text)
        && IsFacility(text, tokens, end + 1);

    /// "Airport", "Bus Stand": one or two words at k.
    bool IsFacility(string text, IReadOnlyList<Token> tokens, int k) => FacilityLength(text, tokens, k) > 0;

    int FacilityLength(string text, IReadOnlyList<Token> tokens, int k)
    {
        if (k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && Adjacent(text, tokens, k, k + 1)
            && _lexicon.Facilities.Contains(PlaceNames.Fold(text.AsSpan(tokens[k].Span.Start, tokens[k + 1].Span.End - tokens[k].Span.Start))))
            return 2;
        return _lexicon.Facilities.Contains(PlaceNames.Fold(tokens[k].Text)) ? 1 : 0;
    }

    /// The first word of the text in capitals before a colon, comma or dash: a dateline.
    static bool IsDateline(IReadOnlyList<Token> tokens, int i) =>
        i == 0 && tokens.Count > 1 && tokens[1].Text is ":" or "," or "-" or "—" or "–";

    bool NextIsArea(string text, IReadOnlyList<Token> tokens, int i)
    {
        var (_, k, _) = LongestMatch(text, tokens, i);
        return k >= 0 && HasCountryOrAdmin1(k);
    }

    /// After a title ("President Jordan") or a capitalised word that is not a place ("Michael Jordan"), a name is a person's.
    bool IsPersonLike(string text, IReadOnlyList<Token> tokens, int start, int lastAcceptedToken, LowerCaseWords lowerWords)
    {
        var p = start - 1;
        if (p >= 0 && tokens[p].Text == "." && p >= 1) p--;
        if (p < 0 || tokens[p].Kind != TokenKind.Word) return false;
        var prev = PlaceNames.Fold(tokens[p].Text);
        if (_lexicon.Titles.Contains(prev) && tokens[p].IsCapitalised) return true;
        // "lawmaker Liton", "UP chairman Bakul": a lower-case title right before a name that is no well-known place.
        if (_lexicon.Titles.Contains(prev) && p == start - 1 && Adjacent(text, tokens, p, start) && !StartsWellKnownName(text, tokens, start)) return true;
        if (p != start - 1 || !tokens[p].IsCapitalised || !Adjacent(text, tokens, p, start)) return false;
        if (lastAcceptedToken == p) return false;
        // "in Zorbadi Kabul", "in Karimabad Karachi": a quarter glued to a well-known city after a place preposition
        // is no person's name -- whether the gazetteer knows no such name or only an obscure village of it.
        if (p >= 1 && _lexicon.Prepositions.Contains(tokens[p - 1].Text) && StartsWellKnownName(text, tokens, start)
            && (_gazetteer.FindKey(prev) is var known && (known < 0 || !IsStrong(known)))) return false;
        return !IsNeutral(text, tokens, p, lowerWords);
    }

    /// Capitalised words that may stand before the first word of a name: "The", "North", "Afghan".
    bool OpensName(string text, IReadOnlyList<Token> tokens, int i)
    {
        var word = PlaceNames.Fold(tokens[i].Text);
        return _lexicon.Directions.Contains(word) || _gazetteer.CountryOfFoldedDemonym(word) is not null
            || (SentenceInitial(text, tokens, i) || AllCaps(tokens[i].Text)) && _lexicon.CommonWords.Contains(word);
    }

    bool StartsWellKnownName(string text, IReadOnlyList<Token> tokens, int start)
    {
        var (_, k, _) = LongestMatch(text, tokens, start);
        return k >= 0 && (IsProminentName(k) || HasCountryOrAdmin1(k));
    }

    bool AllGeneric(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            var w = PlaceNames.Fold(tokens[k].Text);
            if (!(_lexicon.Directions.Contains(w) || _lexicon.Generics.ContainsKey(w) || _lexicon.NotPlaces.Contains(w) || _lexicon.Connectors.Contains(w)))
                return false;
        }
        return true;
    }

    /// Capitalised words that do not make a neighbouring place name part of a person's or organisation's name:
    /// stop words, titles, directions, generics, demonyms, acronyms, sentence-initial common words.
    bool IsNeutral(string text, IReadOnlyList<Token> tokens, int i, LowerCaseWords lowerWords)
    {
        var word = PlaceNames.Fold(StripPossessive(tokens[i].Text));
        return _lexicon.NotPlaces.Contains(word) || _lexicon.Titles.Contains(word) || _lexicon.Directions.Contains(word)
            || _lexicon.Generics.ContainsKey(word) || _lexicon.OrgAfter.Contains(word) || lowerWords.Contains(word)
            || _gazetteer.CountryOfFoldedDemonym(word) is not null || AllCaps(tokens[i].Text)
            || SentenceInitial(text, tokens, i) && _lexicon.CommonWords.Contains(word);
    }

    /// A capitalised name the gazetteer lacks, read as a place only before a generic ("Sharsha upazila")
    /// or after "the village of".
    Toponym? UnknownInPlaceContext(string text, IReadOnlyList<Token> tokens, int start, int end, LowerCaseWords lowerWords)
    {
        for (var k = start; k <= end; k++)
        {
            var w = PlaceNames.Fold(tokens[k].Text);
            if (tokens[k].IsCapitalised && (_lexicon.NotPlaces.Contains(w) || _lexicon.Generics.ContainsKey(w) || _lexicon.Titles.Contains(w)
                || lowerWords.Contains(w) || (k == start && SentenceInitial(text, tokens, k) && _lexicon.CommonWords.Contains(w))))
                return null;
        }
        var name = PlaceNames.Fold(text.AsSpan(tokens[start].Span.Start, tokens[end].Span.End - tokens[start].Span.Start));
        var afterPreposition = start >= 1 && tokens[start - 1].Text is "in" or "at" or "near";
        if (end + 1 < tokens.Count && Adjacent(text, tokens, end, end + 1)
            && _lexicon.Generics.TryGetValue(PlaceNames.Fold(tokens[end + 1].Text), out var level)
            && (level != PlaceLevel.Locality || tokens[end + 1].Text is "village" or "town" || afterPreposition))
            return new Toponym(tokens[start].Span.Start, tokens[end + 1].Span.End, name, -1) { Hint = level };
        if (start >= 2 && tokens[start - 1].Text == "of" && tokens[start - 2].Text is "village" or "town" or "district" or "area")
            return new Toponym(tokens[start].Span.Start, tokens[end].Span.End, name, -1) { Hint = _lexicon.Generics[tokens[start - 2].Text] };
        // "at Zorbuldak in Sharsha upazila": kept only if the area after it is recognised too (checked once all are found).
        if (afterPreposition && end + 2 < tokens.Count && tokens[end + 1].Text is "in" or "under" or "of" or "," && tokens[end + 2].Kind == TokenKind.Word)
            return new Toponym(tokens[start].Span.Start, tokens[end].Span.End, name, -1) { NeedsContainer = true };
        return null;
    }

    /// "in Baramulla": a one- or two-word name after "in", "at" or "near" that the gazetteer holds under another
    /// spelling ("Baramula").
    Toponym? VariantInPlaceContext(string text, IReadOnlyList<Token> tokens, int start, int end, LowerCaseWords lowerWords)
    {
        if (end - start > 1 || start < 1 || tokens[start - 1].Text is not ("in" or "at" or "near")) return null;
        for (var k = start; k <= end; k++)
        {
            var w = PlaceNames.Fold(tokens[k].Text);
            if (w.Length < 4 || AllCaps(tokens[k].Text) || IsPossessive(tokens[k].Text) || _lexicon.NotPlaces.Contains(w) || _lexicon.Titles.Contains(w)
                || _lexicon.Directions.Contains(w) || _lexicon.Generics.ContainsKey(w) || lowerWords.Contains(w)) return null;
        }
        var name = PlaceNames.Fold(text.AsSpan(tokens[start].Span.Start, tokens[end].Span.End - tokens[start].Span.Start));
        var key = VariantKey(name);
        return key < 0 ? null : new Toponym(tokens[start].Span.Start, tokens[end].Span.End, name, key) { Variant = true };
    }

    int CapitalisedRunEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        var end = i;
        for (var j = i + 1; j < tokens.Count && j < i + MaxNameTokens; j++)
        {
            if (!Adjacent(text, tokens, j - 1, j) || !tokens[j].IsCapitalised) break;
            if (_lexicon.Generics.ContainsKey(PlaceNames.Fold(tokens[j].Text))) break;
            end = j;
            if (IsPossessive(tokens[j].Text)) break;
        }
        return end;
    }

    /// Container links: "Lahore, Punjab", "Bagram district of Parwan province", "Chahar Dara in Kunduz".
    static void LinkContainers(string text, List<Toponym> toponyms)
    {
        for (var k = 0; k + 1 < toponyms.Count; k++)
        {
            var a = toponyms[k];
            var b = toponyms[k + 1];
            if (b.Demonym is not null || a.Demonym is not null || b.Start < a.End) continue;
            var between = text.AsSpan(a.End, b.Start - a.End).Trim();
            if (between is "," && InList(text, toponyms, k)) continue;
            // "Peshawar's Hayatabad area": the possessor contains the place.
            if (between is "'s" or "’s") { b.Container = k; continue; }
            if (between is "," or "of" or "in" or ", in" or "in the" or "of the" or "under" or ", under" or "under the" or ", a district of"
                or "district of" or "province of" or ", the capital of")
                a.Container = k + 1;
        }
    }

    /// "Kabul, Herat, Kunduz and Balkh" is a list, not a hierarchy: four or more names in a comma chain, or a
    /// chain closed by "and"/"or".
    static bool InList(string text, List<Toponym> toponyms, int k)
    {
        int first = k, last = k;
        while (first > 0 && Between(text, toponyms, first - 1) is ",") first--;
        while (last + 1 < toponyms.Count && Between(text, toponyms, last) is "," or ", and" or "and" or ", or" or "or") last++;
        if (last - first + 1 >= 4) return true;
        // "at Ikeja, Yaba, Surulere and Ojuelegba": a list going on with names the gazetteer lacks.
        if (last > first && ClosedByAnd(text, toponyms[last].End)) return true;
        for (var j = first; j < last; j++)
            if (Between(text, toponyms, j) is ", and" or "and" or ", or" or "or") return true;
        return false;
    }

    static bool ClosedByAnd(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(8, text.Length - end)).TrimStart();
        foreach (var word in (ReadOnlySpan<string>)["and ", "or ", ", and ", ", or ", ", "])
            if (rest.StartsWith(word, StringComparison.Ordinal) && rest.Length > word.Length && char.IsUpper(rest[word.Length])) return true;
        return false;
    }

    static string Between(string text, List<Toponym> toponyms, int k)
    {
        var a = toponyms[k];
        var b = toponyms[k + 1];
        return b.Start < a.End || b.Start - a.End > 8 ? "" : text[a.End..b.Start].Trim();
    }

    // ---------------------------------------------------------------- resolution

    /// Country votes from generic words few countries use ("upazila", "tehsil", "VDC"): each distinct word gives one
    /// vote, shared among its countries; at most two votes a country, so names of places still decide.
    const double MaxWordVotes = 2;

    double[] CountryEvidence(string text, IReadOnlyList<Token> tokens)
    {
        double[]? evidence = null;
        HashSet<string>? seen = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word) continue;
            string? phrase = null;
            if (_lexicon.CountryWordStarts.Contains(token.Text))
            {
                for (var n = 3; n >= 2 && phrase is null; n--)
                {
                    if (i + n - 1 >= tokens.Count) continue;
                    var words = tokens.Skip(i).Take(n).ToList();
                    if (words.Any(w => w.Kind != TokenKind.Word)) continue;
                    var joined = string.Join(' ', words.Select(w => w.Text));
                    if (_lexicon.CountryWords.ContainsKey(joined)) phrase = joined;
                }
            }
            if (phrase is null && _lexicon.CountryWords.ContainsKey(token.Text)) phrase = token.Text;
            if (phrase is null) continue;
            var (countries, lowerOnly) = _lexicon.CountryWords[phrase];
            // A lower-case-only word still counts capitalised at the start of a sentence ("Bandh supporters blocked ..."),
            // where any word is; a one-word phrase only, as that is all the capital can stand for.
            if (lowerOnly && phrase.Any(char.IsUpper)
                && !(phrase == token.Text && phrase.Skip(1).All(c => !char.IsUpper(c)) && SentenceInitial(text, tokens, i))) continue;
            seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (!seen.Add(phrase)) continue;
            evidence ??= new double[256];
            foreach (var iso in countries) AddVote(evidence, iso, 1.0 / countries.Length);
        }
        return evidence ?? [];
    }

    ImmutableArray<PlaceMention> ResolveAll(string text, List<Toponym> toponyms, double[] evidence, bool dropStrays)
    {
        foreach (var t in toponyms)
        {
            LoadSenses(t);
            t.InCapital = AfterCapitals(text, t.Start);
        }
        foreach (var t in toponyms) if (t.Container >= 0) toponyms[t.Container].Children.Add(t);

        // Pass 1: priors only, to learn which countries and admin areas the text is about.
        foreach (var t in toponyms) t.Best = ArgMax(t.Prior);
        var votes = new Votes(evidence);
        foreach (var t in toponyms) votes.Add(t, this);

        // Passes 2 and 3: priors plus context; names with the same key and level share one sense (one sense per
        // discourse). The third pass votes with the second's choices, so ambiguous names settle each other
        // ("Patiala, Punjab": the Indian Punjab wins through Patiala, then Patiala through the Indian vote).
        // The country named last before a name, nearby ("In Nigeria, gunmen attacked the town of Baga"), is
        // likelier its country than the text's overall vote says.
        int? lastCountry = null;
        var lastCountryEnd = int.MinValue;
        foreach (var t in toponyms)
        {
            if (lastCountry is not null && t.Start - lastCountryEnd <= NearbyChars) t.NearbyCountry = lastCountry;
            var country = t.Demonym is not null ? _gazetteer.CountryIndex(t.Demonym)
                : t.Best >= 0 && _t.Levels[t.Senses[t.Best]] == (byte)PlaceLevel.Country ? t.Senses[t.Best] : -1;
            if (country >= 0) (lastCountry, lastCountryEnd) = (_t.Countries[country], t.End);
        }

        var groups = toponyms.Where(t => t.Senses.Length > 0).GroupBy(t => (t.KeyIndex, t.Hint)).Select(g => g.ToList()).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            if (pass > 0)
            {
                votes = new Votes(evidence);
                foreach (var t in toponyms) votes.Add(t, this);
            }
            var neighbours = new Neighbourhood(this, toponyms);
            foreach (var t in toponyms)
            {
                if (t.Senses.Length == 0) continue;
                t.Score = new double[t.Senses.Length];
                for (var s = 0; s < t.Senses.Length; s++) t.Score[s] = t.Prior[s] + Context(t, s, toponyms, votes) + neighbours.Support(t, t.Senses[s]);
            }
            foreach (var members in groups)
            {
                var total = new double[members[0].Senses.Length];
                foreach (var m in members)
                    for (var s = 0; s < total.Length; s++) total[s] += m.Score[s];
                for (var s = 0; s < total.Length; s++) total[s] /= members.Count;
                var best = ArgMax(total);
                foreach (var m in members) { m.Best = best; m.Score = total; }
            }
        }

        MakeHierarchiesAgree(toponyms, groups);
        KeepToTheTextsCountry(toponyms, evidence, dropUnknown: dropStrays);
        KeepVariantsNearTheText(toponyms, evidence);

        var mentions = ImmutableArray.CreateBuilder<PlaceMention>(toponyms.Count);
        foreach (var t in toponyms)
        {
            if (t.Dropped) continue;
            var span = new TextSpan(t.Start, t.End);
            if (t.Demonym is not null)
            {
                mentions.Add(new PlaceMention(span, span.Of(text), _gazetteer.Country(t.Demonym), 0.9, [], true, t.InName));
                continue;
            }
            if (t.Senses.Length == 0)
            {
                // Unknown name: the enclosing area named beside it stands in, at lower confidence.
                // Follow the chain up to the first area that resolved ("at X in Y upazila of Z district" -> Z).
                var container = t.Container >= 0 ? toponyms[t.Container] : null;
                for (var hops = 0; container is { Senses.Length: 0, Container: >= 0 } && hops < 4; hops++) container = toponyms[container.Container];
                var place = container is { Senses.Length: > 0, Best: >= 0 } ? _gazetteer.PlaceAt(container.Senses[container.Best]) : null;
                mentions.Add(new PlaceMention(span, span.Of(text), place, place is null ? 0 : 0.3, [], false));
                continue;
            }
            var order = Enumerable.Range(0, t.Senses.Length).OrderByDescending(s => t.Score[s]).Take(4).ToArray();
            var top = t.Score[order[0]];
            var z = 0.0;
            for (var s = 0; s < t.Score.Length; s++) z += Math.Exp(t.Score[s] - top);
            var alternatives = order.Skip(1).Select(s => _gazetteer.PlaceAt(t.Senses[s])).ToImmutableArray();
            // A name found under another spelling is a weaker match.
            var weight = t.Variant ? 0.8 : 1;
            var score = Math.Round(weight / z, 3);
            var alternativeScores = order.Skip(1).Select(s => Math.Round(weight * Math.Exp(t.Score[s] - top) / z, 3)).ToImmutableArray();
            mentions.Add(new PlaceMention(span, span.Of(text), _gazetteer.PlaceAt(t.Senses[order[0]]), score, alternatives, t.Adjectival, t.InName, alternativeScores));
        }
        return mentions.ToImmutable();
    }

    /// "X, Y" must end as a place inside an area: when the two choices disagree, take the best pair that agrees,
    /// unless it scores far below the disagreeing one.
    void MakeHierarchiesAgree(List<Toponym> toponyms, List<List<Toponym>> groups)
    {
        // Outermost first, so that an area that turns out to be a stand-in for its own area is known before its child.
        foreach (var child in Enumerable.Reverse(toponyms))
        {
            if (child.Container < 0 || child.Best < 0) continue;
            var area = toponyms[child.Container];
            for (var hops = 0; area is { Senses.Length: 0, Container: >= 0 } && hops < 4; hops++) area = toponyms[area.Container];
            if (area.Best < 0 || Encloses(area.Senses[area.Best], child.Senses[child.Best])) continue;
            var current = area.Score[area.Best] + child.Score[child.Best];
            (int A, int C, double Sum) best = (-1, -1, double.NegativeInfinity);
            for (var a = 0; a < area.Senses.Length; a++)
                for (var c = 0; c < child.Senses.Length; c++)
                {
                    var sum = area.Score[a] + child.Score[c];
                    if (sum > best.Sum && Encloses(area.Senses[a], child.Senses[c])) best = (a, c, sum);
                }
            if (best.A < 0 && IsNamesakeOutside(child, area))
            {
                // "Shahrak, Herat" with no Shahrak near Herat in the gazetteer: the village or quarter is missing, and the
                // namesake hundreds of kilometres away is a worse answer than the area the text puts it in.
                (child.Senses, child.Best) = ([], -1);
                continue;
            }
            if (best.A < 0 || best.Sum < current - 2) continue;
            foreach (var g in groups)
            {
                if (g.Contains(area)) foreach (var m in g) m.Best = best.A;
                if (g.Contains(child)) foreach (var m in g) m.Best = best.C;
            }
        }
    }

    /// The child's sense is a small place (no country, province or big city) that is neither inside its area's
    /// sense nor near it.
    bool IsNamesakeOutside(Toponym child, Toponym area)
    {
        var place = child.Senses[child.Best];
        if ((PlaceLevel)_t.Levels[place] is not (PlaceLevel.Locality or PlaceLevel.Admin2 or PlaceLevel.Admin3) || IsProminent(place, child.Alias[child.Best]))
            return false;
        var areaPlace = area.Senses[area.Best];
        return (PlaceLevel)_t.Levels[areaPlace] switch
        {
            // A town often stands for its district ("Dand, Kandahar"), and a district's label point may lie far
            // from a village in it: only another province, or a place far off, is outside.
            // (An upazila or tehsil is small: a village in it lies within a few tens of kilometres of its seat.)
            PlaceLevel.Locality or PlaceLevel.Admin2 or PlaceLevel.Admin3 =>
                Admin1Of(place) >= 0 && Admin1Of(areaPlace) >= 0 && Admin1Of(place) != Admin1Of(areaPlace)
                || !Near(areaPlace, place, area.Hint == PlaceLevel.Admin3 ? SubDistrictNamesakeDistance : NamesakeDistance),
            PlaceLevel.Admin1 => Admin1Of(place) >= 0 && Admin1Of(place) != areaPlace,
            PlaceLevel.Country => _t.Countries[place] != _t.Countries[areaPlace],
            _ => false,
        };
    }

    /// A name found only under another spelling is trusted when its place lies in a province the text names
    /// otherwise (or the text names no other place): a namesake village elsewhere is likelier a different place
    /// the gazetteer lacks, and the enclosing area named beside it (if any) is the better answer. Likewise a
    /// variant abroad when the text's words and named groups point to other countries only ("Laukkai" is no
    /// "Lao Cai" in a report about Kokang rebels).
    void KeepVariantsNearTheText(List<Toponym> toponyms, double[] evidence)
    {
        var anyEvidence = evidence.Any(e => e > 0);
        foreach (var t in toponyms)
        {
            if (!t.Variant || t.Best < 0 || t.Best >= t.Senses.Length) continue;
            if (anyEvidence && evidence[_t.Countries[t.Senses[t.Best]]] == 0)
            {
                (t.Senses, t.Best) = ([], -1);
                continue;
            }
            var own = Admin1Of(t.Senses[t.Best]);
            var others = false;
            var agrees = false;
            foreach (var o in toponyms)
            {
                if (o == t || o.Variant || o.Best < 0 || o.Best >= o.Senses.Length || o.Demonym is not null || _t.Levels[o.Senses[o.Best]] == (byte)PlaceLevel.Country) continue;
                others = true;
                if (Admin1Of(o.Senses[o.Best]) == own && own >= 0) agrees = true;
            }
            if (others && !agrees) (t.Senses, t.Best) = ([], -1);
        }
    }

    int Admin1Of(int place) => _t.Levels[place] == (byte)PlaceLevel.Admin1 ? place : _t.Admin1Refs[place];

    static bool AfterCapitals(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith("capital's", StringComparison.OrdinalIgnoreCase) || before.EndsWith("capital’s", StringComparison.OrdinalIgnoreCase);
    }

    /// When the text is clearly about one country, a small foreign place is a misreading: take the name's sense in
    /// that country if it has one, else (when recognising) drop it -- "Ward", "Plaza", a person called "Bakul".
    void KeepToTheTextsCountry(List<Toponym> toponyms, double[] evidence, bool dropUnknown)
    {
        var votes = new Votes(evidence);
        foreach (var t in toponyms) votes.Add(t, this);
        foreach (var t in toponyms)
        {
            if (t.Senses.Length == 0 || t.Best < 0) continue;
            var best = t.Senses[t.Best];
            var dominant = votes.Dominant(t);
            if (dominant < 0 || _t.Countries[best] == dominant || IsProminent(best, t.Alias[t.Best])) continue;
            // A border report names two countries: a place of the other one, well attested too, stays
            // ("Sudanese troops fired at a South Sudanese post in Renk county").
            if (votes.CountryShare(_t.Countries[best], t, null) >= SecondCountryShare) continue;
            var local = -1;
            for (var s = 0; s < t.Senses.Length; s++)
                if (_t.Countries[t.Senses[s]] == dominant && (local < 0 || t.Score[s] > t.Score[local])) local = s;
            if (local >= 0) t.Best = local;
            else if (t.Hint is not null) t.Senses = []; // "Sadar upazila": a place, but not the foreign one
            else if (dropUnknown) t.Dropped = true;
        }
    }

    /// Countries, continents, the regions news names ("Darfur", "the Sahel"), and big places by their main name -- or
    /// by any name when a city of millions ("Chittagong" for Chattogram, "Bombay").
    bool IsProminent(int place, bool byAlias) =>
        (PlaceLevel)_t.Levels[place] is PlaceLevel.Country or PlaceLevel.Continent || _t.Populations[place] >= 1_000_000
        || (!byAlias && (PlaceLevel)_t.Levels[place] == PlaceLevel.Region)
        || (!byAlias && ((PlaceLevel)_t.Levels[place] == PlaceLevel.Admin1 && _t.Populations[place] >= 20_000 || _t.Populations[place] >= 100_000));

    void LoadSenses(Toponym t)
    {
        if (t.KeyIndex < 0 && t.Demonym is null && t.Key.Length >= 4 && VariantKey(t.Key) is var v and >= 0)
            (t.KeyIndex, t.Variant) = (v, true);
        if (t.KeyIndex < 0 || t.Demonym is not null) return;
        var postings = _t.PostingsOf(t.KeyIndex);
        var senses = new int[postings.Length];
        var prior = new double[postings.Length];
        for (var s = 0; s < postings.Length; s++)
        {
            var p = postings[s];
            senses[s] = p; // keeps the alias flag until sorted
            prior[s] = Prior(p & ~GazetteerTables.AliasFlag, (p & GazetteerTables.AliasFlag) != 0, t.Hint) - (t.Variant ? 0.5 : 0);
        }
        // "Poonch district": a town whose district bears its name stands for the district when the district itself
        // is not known by the name the text uses (GeoNames lists India's as "Punch", the town also as "Poonch").
        if (t.Hint == PlaceLevel.Admin2)
        {
            for (var s = 0; s < senses.Length; s++)
            {
                var place = senses[s] & ~GazetteerTables.AliasFlag;
                if (IsSeatOfItsNamesakeDistrict(place) && !senses.Any(q => (q & ~GazetteerTables.AliasFlag) == _t.Admin2Refs[place])) prior[s] += SeatForDistrict;
            }
        }
        if (senses.Length > MaxSenses)
        {
            Array.Sort(prior, senses);
            Array.Reverse(prior);
            Array.Reverse(senses);
            Array.Resize(ref senses, MaxSenses);
            Array.Resize(ref prior, MaxSenses);
        }
        var alias = new bool[senses.Length];
        List<int>? areas = null;
        var statesOrCountries = 0;
        var aState = -1;
        for (var s = 0; s < senses.Length; s++)
        {
            alias[s] = (senses[s] & GazetteerTables.AliasFlag) != 0;
            senses[s] &= ~GazetteerTables.AliasFlag;
            var level = (PlaceLevel)_t.Levels[senses[s]];
            if (level is not (PlaceLevel.Admin1 or PlaceLevel.Admin2 or PlaceLevel.Country)) continue;
            (areas ??= []).Add(senses[s]);
            if (level is PlaceLevel.Admin1 or PlaceLevel.Country) (statesOrCountries, aState) = (statesOrCountries + 1, senses[s]);
        }
        // A town named like the district or province it lies in is that area's seat ("Gorakhpur" in Gorakhpur
        // district): within the text's country, the likelier sense of the bare name than namesakes, whatever
        // GeoNames' populations say (see Context).
        bool[]? seats = null;
        if (areas is not null && t.Hint is null or PlaceLevel.Locality)
        {
            for (var s = 0; s < senses.Length; s++)
            {
                if (_t.Levels[senses[s]] != (byte)PlaceLevel.Locality) continue;
                var a1 = _t.Admin1Refs[senses[s]];
                var a2 = _t.Admin2Refs[senses[s]];
                if (!(a2 >= 0 && areas.Contains(a2) || a1 >= 0 && areas.Contains(a1))) continue;
                // Not when a state or country elsewhere has the name: the bare name means it ("Indiana").
                if (statesOrCountries > 1 || statesOrCountries == 1 && aState != a1) continue;
                seats ??= new bool[senses.Length];
                seats[s] = true;
            }
        }
        // A country's or a continent's own name stands for it: other places go by it only as an alternate name
        // ("Mexico" for Mexico City, "Africa" for a town that bore it in antiquity).
        var namesCountry = false;
        for (var s = 0; s < senses.Length; s++)
            namesCountry |= !alias[s] && (PlaceLevel)_t.Levels[senses[s]] is PlaceLevel.Country or PlaceLevel.Continent;
        if (namesCountry)
        {
            for (var s = 0; s < senses.Length; s++)
                if (alias[s] && (PlaceLevel)_t.Levels[senses[s]] is not (PlaceLevel.Country or PlaceLevel.Continent)) prior[s] -= AliasOfACountryName;
        }
        t.Seats = seats;
        t.Senses = senses;
        t.Prior = prior;
        t.Alias = alias;
        t.MaxPrior = prior.Length > 0 ? prior.Max() : 0;
    }

    /// The gazetteer key of another spelling of an unknown name, or -1; remembered, as the same village recurs.
    int VariantKey(string folded)
    {
        if (_variantKeys.TryGetValue(folded, out var known)) return known;
        var key = -1;
        foreach (var variant in _spellings.Of(folded, maxChanges: 2, limit: 150))
        {
            key = _gazetteer.FindKey(variant);
            if (key >= 0) break;
        }
        if (_variantKeys.Count < MaxRemembered) _variantKeys.TryAdd(folded, key);
        return key;
    }

    /// What a district's seat town gains under a district hint: from a mismatch (-2) to a match (+4), as good a
    /// candidate as the district itself -- the text's context decides between them.
    const double SeatForDistrict = 6;

    bool IsSeatOfItsNamesakeDistrict(int place) =>
        _t.Levels[place] == (byte)PlaceLevel.Locality && _t.Admin2Refs[place] is var district and >= 0
        && string.Equals(PlaceNames.Fold(_t.NameOf(place)), PlaceNames.Fold(_t.NameOf(district)), StringComparison.Ordinal);

    double Prior(int place, bool alias, PlaceLevel? hint)
    {
        var level = (PlaceLevel)_t.Levels[place];
        var logPop = Math.Log10(_t.Populations[place] + 1.0);
        var p = level switch
        {
            PlaceLevel.Country => 3.0 + 0.2 * logPop,
            PlaceLevel.Continent => 3.0,
            // Regions news names ("Darfur", "the Sahel", "Middle East"), ranked like a province.
            PlaceLevel.Region => 2.5,
            PlaceLevel.Admin1 => 2.0 + 0.2 * logPop,
            PlaceLevel.Admin2 => 1.2 + 0.2 * logPop,
            PlaceLevel.Admin3 => 0.8 + 0.1 * logPop,
            PlaceLevel.Locality => 0.5 * logPop + _featureBonus[_t.Features[place]],
            _ => 0.5,
        };
        // Alternate names of big cities are mostly real ones ("New York"); of small places, often obscure. Those of
        // the regions Sitrep adds are its own choice ("Atlantic" for the ocean).
        if (alias && level != PlaceLevel.Region) p -= _t.Populations[place] >= 1_000_000 ? 0.3 : 0.8;
        if (hint is null)
        {
            // Bare names of admin areas are usually their towns ("Kunduz" is the city; "Kunduz province" the ADM1).
            if (level is PlaceLevel.Admin1 or PlaceLevel.Admin2 or PlaceLevel.Admin3) p -= 0.5;
        }
        else if (level == hint) p += 4;
        else if (level is PlaceLevel.Admin2 or PlaceLevel.Admin3 && hint is PlaceLevel.Admin2 or PlaceLevel.Admin3) p += 2.5;
        // GeoNames has few sub-district areas (upazilas, tehsils, townships): their seat towns stand for them.
        else if (level is PlaceLevel.Admin1 && hint is PlaceLevel.Admin2 || level is PlaceLevel.Admin3 && hint is PlaceLevel.Locality
            || level is PlaceLevel.Locality && hint is PlaceLevel.Admin3) p += 1;
        else p -= 2;
        return p;
    }

    double Context(Toponym t, int s, List<Toponym> toponyms, Votes votes)
    {
        var place = t.Senses[s];
        var bonus = 0.0;
        var cc = _t.Countries[place];
        var share = votes.CountryShare(cc, t, t.Container >= 0 ? toponyms[t.Container] : null);
        bonus += 2.5 * share;
        if (t.Seats is { } seats && seats[s] && (share >= 0.5 || !votes.AnyOther(t))) bonus += 0.6;
        // "the capital's Jatrabari area": a quarter of the capital, not a namesake elsewhere.
        // "Boda upazila": an upazila is in Bangladesh, whatever namesakes elsewhere are called.
        if (t.HintCountries is { } users && Array.IndexOf(users, _t.CountryCodes[cc]) >= 0) bonus += 2;
        if (t.InCapital && _capitals[cc] >= 0 && Near(_capitals[cc], place, 25_000)) bonus += 3;
        if (t.NearbyCountry == cc) bonus += 1.5;
        var a1 = _t.Levels[place] == (byte)PlaceLevel.Admin1 ? place : _t.Admin1Refs[place];
        if (a1 >= 0 && votes.HasAdmin1(a1, t)) bonus += 1.5;
        // Hierarchy ("Patiala, Punjab"): a sense gains when a plausible sense of its container encloses it, and a
        // container sense when it encloses a plausible sense of its child -- each weighted by how far that other
        // sense falls behind its name's best prior, so a village in the wrong Punjab does not pull Punjab along.
        if (t.Container >= 0)
        {
            var c = toponyms[t.Container];
            if (c.Senses.Length > 0)
            {
                var best = double.NegativeInfinity;
                for (var k = 0; k < c.Senses.Length; k++)
                    if (Encloses(c.Senses[k], place)) best = Math.Max(best, c.Prior[k] - c.MaxPrior);
                bonus += double.IsNegativeInfinity(best) ? -1 : 4 + Math.Max(-3, best);
            }
        }
        foreach (var child in t.Children)
        {
            var best = double.NegativeInfinity;
            for (var k = 0; k < child.Senses.Length; k++)
                if (Encloses(place, child.Senses[k])) best = Math.Max(best, child.Prior[k] - child.MaxPrior);
            if (!double.IsNegativeInfinity(best)) bonus += 2 + Math.Max(-2, best);
        }
        return bonus;
    }

    internal bool Encloses(int area, int place)
    {
        if (area == place) return false;
        return (PlaceLevel)_t.Levels[area] switch
        {
            PlaceLevel.Country => _t.Countries[area] == _t.Countries[place],
            // GeoNames gives many villages no admin codes ("Kalaiya, Bara"): then nearness to the area's point stands in.
            PlaceLevel.Admin1 => _t.Admin1Refs[place] == area || _t.Admin1Refs[place] < 0 && Near(area, place, 200_000),
            PlaceLevel.Admin2 => _t.Admin2Refs[place] == area || _t.Admin2Refs[place] < 0 && _t.Admin1Refs[place] < 0 && Near(area, place, 50_000),
            // GeoNames gives no ADM3 codes: a place near the area's point is taken to lie in it.
            PlaceLevel.Admin3 => Near(area, place, 40_000),
            // A town "contains" its quarters and suburbs: same country, within about 30 km.
            PlaceLevel.Locality => _t.Countries[area] == _t.Countries[place]
                && Math.Abs(_t.Latitudes[area] - _t.Latitudes[place]) < 30_000 && Math.Abs(_t.Longitudes[area] - _t.Longitudes[place]) < 30_000,
            _ => false,
        };
    }

    /// Same country, and within about `distance` hundred-thousandths of a degree in latitude and longitude.
    bool Near(int a, int b, int distance) => _t.Countries[a] == _t.Countries[b]
        && Math.Abs(_t.Latitudes[a] - _t.Latitudes[b]) < distance && Math.Abs(_t.Longitudes[a] - _t.Longitudes[b]) < distance;

    bool IsStrong(int keyIndex) => (Facts(keyIndex) & KeyFacts.Strong) != 0;

    bool OnlyMinorAliases(int keyIndex) => (Facts(keyIndex) & KeyFacts.OnlyMinorAliases) != 0;

    bool IsProminentName(int keyIndex) => (Facts(keyIndex) & KeyFacts.Prominent) != 0;

    bool HasCountry(int keyIndex) => (Facts(keyIndex) & KeyFacts.Country) != 0;

    bool HasCountryOrAdmin1(int keyIndex) => (Facts(keyIndex) & KeyFacts.CountryOrAdmin1) != 0;

    bool NamesRegionOrProvince(int keyIndex) => (Facts(keyIndex) & KeyFacts.RegionOrProvince) != 0;

    /// What recognition asks of a name's senses, computed once per name and shared by all calls.
    KeyFacts Facts(int keyIndex) => _keyFacts.GetOrAdd(keyIndex, static (k, self) => self.ComputeFacts(k), this);

    KeyFacts ComputeFacts(int keyIndex)
    {
        var facts = KeyFacts.OnlyMinorAliases;
        foreach (var p in _t.PostingsOf(keyIndex))
        {
            var place = p & ~GazetteerTables.AliasFlag;
            var level = (PlaceLevel)_t.Levels[place];
            if (level is PlaceLevel.Country or PlaceLevel.Admin1 or PlaceLevel.Admin2 or PlaceLevel.Continent or PlaceLevel.Region || _t.Populations[place] >= StrongPopulation)
                facts |= KeyFacts.Strong;
            if (level == PlaceLevel.Country) facts |= KeyFacts.Country;
            if (level is PlaceLevel.Country or PlaceLevel.Admin1) facts |= KeyFacts.CountryOrAdmin1;
            if (level is PlaceLevel.Region or PlaceLevel.Continent or PlaceLevel.Country or PlaceLevel.Admin1) facts |= KeyFacts.RegionOrProvince;
            if ((p & GazetteerTables.AliasFlag) == 0 || IsProminent(place, byAlias: false)) facts &= ~KeyFacts.OnlyMinorAliases;
            if (IsProminent(place, (p & GazetteerTables.AliasFlag) != 0)) facts |= KeyFacts.Prominent;
        }
        return facts;
    }

    [Flags]
    enum KeyFacts { None = 0, Strong = 1, Country = 2, CountryOrAdmin1 = 4, OnlyMinorAliases = 8, Prominent = 16, RegionOrProvince = 32 }

    bool SingleCountry(Toponym t)
    {
        if (t.Senses.Length == 0) return false;
        var cc = _t.Countries[t.Senses[0]];
        foreach (var s in t.Senses) if (_t.Countries[s] != cc) return false;
        return true;
    }

    internal GazetteerTables Tables => _t;

    static int ArgMax(double[] values)
    {
        if (values.Length == 0) return -1;
        var best = 0;
        for (var i = 1; i < values.Length; i++) if (values[i] > values[best]) best = i;
        return best;
    }

    static bool Adjacent(string text, IReadOnlyList<Token> tokens, int a, int b)
    {
        for (var c = tokens[a].Span.End; c < tokens[b].Span.Start; c++)
            if (text[c] is not (' ' or '\u00A0')) return false;
        return true;
    }

    /// Words first+1..last follow each other with only spaces between (and after token first).
    static bool AdjacentRun(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (tokens[k + 1].Kind != TokenKind.Word || !Adjacent(text, tokens, k, k + 1)) return false;
        return true;
    }

    static bool SentenceInitial(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0) return true;
        var prev = tokens[i - 1];
        if (prev.Kind == TokenKind.Punctuation && prev.Text is "." or "!" or "?" or ":" or "\"" or "“" or "(" or "-" or "—" or "–") return true;
        for (var c = prev.Span.End; c < tokens[i].Span.Start; c++) if (text[c] is '\n' or '\r') return true;
        return false;
    }

    static bool AllCaps(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    static bool IsPossessive(string word) => word.Length > 2 && word[^2] is '\'' or '’' && word[^1] is 's' or 'S';

    static string StripPossessive(string word) => IsPossessive(word) ? word[..^2] : word;

    static int EndWithoutPossessive(Token token) => IsPossessive(token.Text) ? token.Span.End - 2 : token.Span.End;

    /// Whether a word occurs in lower case somewhere in the text ("bar" makes "Bar" a common word), found by
    /// searching the text only for the few words asked about.
    sealed class LowerCaseWords(string text)
    {
        Dictionary<string, bool>? _known;

        public bool Contains(string folded)
        {
            if (folded.Length == 0 || !char.IsAsciiLetterLower(folded[0])) return false;
            _known ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (_known.TryGetValue(folded, out var found)) return found;
            found = false;
            for (var at = text.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = text.IndexOf(folded, at + 1, StringComparison.Ordinal))
            {
                var end = at + folded.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) { found = true; break; }
            }
            _known[folded] = found;
            return found;
        }
    }

    /// The districts and provinces the text's other toponyms may lie in, each with how plausible that sense of its name
    /// is. A sense gains when another name of the text has a plausible sense in the same district or province, or is
    /// that district ("Paris and Henry County" -> the Paris in Henry County, Tennessee; "Edgar County ... Paris" ->
    /// Illinois): local news names its places together, and only the right senses fall together.
    sealed class Neighbourhood
    {
        // How far behind its name's best prior a sense may be and still vouch for its area.
        const double PlausibleLag = -3;
        readonly Geoparser _parser;
        readonly Dictionary<int, List<(Toponym Name, double Lag)>> _byAdmin2 = [];
        readonly Dictionary<int, List<(Toponym Name, double Lag)>> _byAdmin1 = [];

        public Neighbourhood(Geoparser parser, List<Toponym> toponyms)
        {
            _parser = parser;
            foreach (var u in toponyms)
            {
                if (u.Senses.Length < 1 || u.Demonym is not null) continue;
                for (var k = 0; k < u.Senses.Length; k++)
                {
                    var lag = u.Prior[k] - u.MaxPrior;
                    if (lag < PlausibleLag) continue;
                    var (a1, a2) = AreasOf(u.Senses[k]);
                    if (a2 >= 0) Add(_byAdmin2, a2, u, lag);
                    if (a1 >= 0) Add(_byAdmin1, a1, u, lag);
                }
            }
        }

        static void Add(Dictionary<int, List<(Toponym, double)>> index, int area, Toponym u, double lag)
        {
            if (!index.TryGetValue(area, out var list)) index[area] = list = [];
            list.Add((u, lag));
        }

        /// The district and province a sense lies in (its own index when it is one); -1 where there is none.
        (int Admin1, int Admin2) AreasOf(int place)
        {
            var t = _parser._t;
            var level = (PlaceLevel)t.Levels[place];
            if (level is PlaceLevel.Country or PlaceLevel.Continent or PlaceLevel.Region) return (-1, -1);
            var a2 = level == PlaceLevel.Admin1 ? -1 : level == PlaceLevel.Admin2 ? place : t.Admin2Refs[place];
            return (_parser.Admin1Of(place), a2);
        }

        public double Support(Toponym t, int place)
        {
            var (a1, a2) = AreasOf(place);
            var best = 0.0;
            if (a2 >= 0 && _byAdmin2.TryGetValue(a2, out var district)) best = Math.Max(best, Strongest(district, t, 1.2, 0.2));
            if (a1 >= 0 && _byAdmin1.TryGetValue(a1, out var province)) best = Math.Max(best, Strongest(province, t, 0.6, 0.1));
            return best;
        }

        /// The best support from another name (not the same name said again), less for a less plausible sense.
        static double Strongest(List<(Toponym Name, double Lag)> supporters, Toponym t, double full, double perLag)
        {
            var best = 0.0;
            foreach (var (u, lag) in supporters)
                if (!ReferenceEquals(u, t) && u.KeyIndex != t.KeyIndex) best = Math.Max(best, full + (perLag * lag));
            return best;
        }
    }

    /// A toponym while one text is being parsed; never outlives the call.
    sealed class Toponym(int start, int end, string key, int keyIndex)
    {
        public int Start { get; } = start;
        public int End { get; set; } = end;
        public string Key { get; } = key;
        public int KeyIndex { get; set; } = keyIndex;
        /// Found under another spelling ("Jaleswar" for "Jaleshwar"): a weaker match.
        public bool Variant { get; set; }
        public PlaceLevel? Hint { get; set; }
        public string? Demonym { get; set; }
        public int Container { get; set; } = -1;
        public int[] Senses { get; set; } = [];
        public double[] Prior { get; set; } = [];
        public bool[] Alias { get; set; } = [];
        public bool[]? Seats { get; set; }
        public double MaxPrior { get; set; }
        public List<Toponym> Children { get; } = [];
        public double[] Score { get; set; } = [];
        public int Best { get; set; } = -1;
        public bool Dropped { get; set; }
        public bool NeedsContainer { get; init; }
        public bool InName { get; set; }
        /// An adjective standing for a continent or region ("European"), resolved through the region's name.
        public bool Adjectival { get; init; }
        public bool InCapital { get; set; }
        public string[]? HintCountries { get; set; }
        public int OrgEnd { get; set; } = -1;
        public int? NearbyCountry { get; set; }
        public (int Country, double Weight, int Admin1) OwnVote { get; set; } = (-1, 0, -1);
    }

    /// Country and ADM1 votes of the whole text, each mention's own vote kept apart so it does not vote for itself.
    sealed class Votes
    {
        readonly double[] _country = new double[256];
        readonly Dictionary<int, int> _admin1 = [];
        double _total;

        /// Starts from the votes of words that are no toponyms (see CountryEvidence).
        public Votes(double[] evidence)
        {
            for (var c = 0; c < evidence.Length; c++)
            {
                _country[c] = evidence[c];
                _total += evidence[c];
            }
        }

        public void Add(Toponym t, Geoparser parser)
        {
            var tables = parser.Tables;
            t.OwnVote = (-1, 0, -1);
            int country;
            double weight;
            var admin1 = -1;
            if (t.Demonym is not null)
            {
                var ci = parser._gazetteer.CountryIndex(t.Demonym);
                if (ci < 0) return;
                country = tables.Countries[ci];
                weight = 1.5;
            }
            else if (t.Best >= 0)
            {
                var place = t.Senses[t.Best];
                country = tables.Countries[place];
                var level = (PlaceLevel)tables.Levels[place];
                var prominent = parser.IsProminent(place, t.Alias[t.Best]);
                weight = level == PlaceLevel.Country ? 2 : (prominent ? 1 : 0.5) * (parser.SingleCountry(t) ? 1 : 0.5);
                admin1 = level == PlaceLevel.Admin1 ? place : t.Container >= 0 || level == PlaceLevel.Admin2 ? tables.Admin1Refs[place] : -1;
            }
            else return;
            // A town in an organisation's name ("Washington Post") says less about where the text is.
            if (t.InName) weight *= 0.25;
            // So does a name found only under another spelling.
            if (t.Variant) weight *= 0.5;
            _country[country] += weight;
            _total += weight;
            if (admin1 >= 0) _admin1[admin1] = _admin1.GetValueOrDefault(admin1) + 1;
            t.OwnVote = (country, weight, admin1);
        }

        /// Share of the votes of the other mentions -- not counting the name's own container and children, whose
        /// say is the hierarchy's ("Patiala, Punjab" must not vote for itself through Punjab).
        public double CountryShare(byte country, Toponym t, Toponym? container)
        {
            var total = _total;
            var votes = _country[country];
            Remove(t);
            if (container is not null) Remove(container);
            foreach (var child in t.Children) Remove(child);
            return total <= 1e-9 ? 0 : Math.Max(0, votes) / total;

            void Remove(Toponym other)
            {
                total -= other.OwnVote.Weight;
                if (other.OwnVote.Country == country) votes -= other.OwnVote.Weight;
            }
        }

        /// The country holding at least half of the other mentions' votes (and a whole vote), or -1.
        public int Dominant(Toponym t)
        {
            var (ownCountry, ownWeight, _) = t.OwnVote;
            var total = _total - ownWeight;
            if (total < 0.5) return -1;
            for (var c = 0; c < _country.Length; c++)
            {
                var v = _country[c] - (ownCountry == c ? ownWeight : 0);
                if (v >= 0.5 && v >= 0.5 * total) return c;
            }
            return -1;
        }

        /// Whether anything but the mention itself voted.
        public bool AnyOther(Toponym t) => _total - t.OwnVote.Weight > 1e-9;

        public bool HasAdmin1(int admin1, Toponym t)
        {
            var count = _admin1.GetValueOrDefault(admin1);
            if (t.OwnVote.Admin1 == admin1) count--;
            return count > 0;
        }
    }
}
