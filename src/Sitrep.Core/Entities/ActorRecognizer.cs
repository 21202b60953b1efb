using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// Finds actors: named groups and forces from data/actors/actors.tsv ("Taliban", "ANA", "ISWAP"), and actors
/// coded from descriptions in data/actors/descriptions.tsv, with or without a demonym ("Afghan forces",
/// "security forces", "gunmen", "protesters", "villagers"). Names follow ACLED. Built once; safe for concurrent calls.
public sealed class ActorRecognizer
{
    readonly PhraseIndex<NamedActor> _named;
    readonly PhraseIndex<Description> _descriptions;
    readonly PhraseIndex<string> _countries;
    readonly PhraseIndex<bool> _groupNouns;
    readonly FrozenSet<string> _notActorAfter;
    readonly FrozenDictionary<string, string> _countryNames;
    readonly FrozenSet<string> _countriesWithArticle;

    ActorRecognizer(
        PhraseIndex<NamedActor> named,
        PhraseIndex<Description> descriptions,
        PhraseIndex<string> countries,
        PhraseIndex<bool> groupNouns,
        FrozenSet<string> notActorAfter,
        FrozenDictionary<string, string> countryNames,
        FrozenSet<string> countriesWithArticle)
    {
        (_named, _descriptions, _countries, _groupNouns) = (named, descriptions, countries, groupNouns);
        (_notActorAfter, _countryNames, _countriesWithArticle) = (notActorAfter, countryNames, countriesWithArticle);
    }

    /// Loads data/actors/ and data/countries/demonyms.tsv; when SITREP_ACTORS names a file of actors.tsv's shape,
    /// its rows come first and win over the shipped ones.
    public static ActorRecognizer CreateDefault() => CreateDefault(Environment.GetEnvironmentVariable("SITREP_ACTORS"));

    /// As CreateDefault(), with the user's actors file given directly (null or blank: none).
    public static ActorRecognizer CreateDefault(string? userActorsFile)
    {
        var named = new List<(string, NamedActor)>();
        if (!string.IsNullOrWhiteSpace(userActorsFile)) named.AddRange(ReadActors(userActorsFile));
        named.AddRange(ReadActors(DataDirectory.PathOf("actors", "actors.tsv")));

        var descriptions = new List<(string, Description)>();
        var descriptionsPath = DataDirectory.PathOf("actors", "descriptions.tsv");
        foreach (var (line, fields) in TabFile.Rows(descriptionsPath, 3))
        {
            var flags = fields.Length > 3 ? fields[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            if (flags.FirstOrDefault(f => f is not ("needscountry" or "unidentified")) is { } unknown)
                throw new BadInputException(descriptionsPath, line, $"flag is \"{unknown}\"; expected needscountry or unidentified");
            descriptions.Add((fields[0], new Description(
                fields[1], ParseKind(fields[2], descriptionsPath, line), flags.Contains("needscountry"), flags.Contains("unidentified"))));
        }

        var countries = new List<(string, string)>();
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, fields) in TabFile.Rows(DataDirectory.PathOf("countries", "demonyms.tsv"), 2))
        {
            var iso2 = fields[0];
            countryNames[iso2] = fields[1];
            countries.Add((fields[1], iso2));
            if (fields.Length > 2)
                countries.AddRange(fields[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(d => (d, iso2)));
        }

        return new ActorRecognizer(
            new PhraseIndex<NamedActor>(named),
            new PhraseIndex<Description>(descriptions),
            new PhraseIndex<string>(countries),
            new PhraseIndex<bool>(DataDirectory.ReadLexicon("actors", "group-nouns.txt").Select(g => (g, true))),
            DataDirectory.ReadLexicon("actors", "not-actor-after.txt").Select(WordPieces.KeyOf).ToFrozenSet(StringComparer.Ordinal),
            countryNames.ToFrozenDictionary(StringComparer.Ordinal),
            DataDirectory.ReadLexicon("actors", "country-articles.txt").ToFrozenSet(StringComparer.Ordinal));
    }

    public ImmutableArray<ActorMention> Find(string text, TextSpan within)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(within.End, text.Length, nameof(within));
        var pieces = WordPieces.Split(text, within);
        var found = ImmutableArray.CreateBuilder<ActorMention>();
        for (var i = 0; i < pieces.Count;)
        {
            var next = TryRead(text, pieces, i, found);
            i = next > i ? next : i + 1;
        }
        return found.ToImmutable();
    }

    public ImmutableArray<ActorMention> Find(string text) => Find(text, new TextSpan(0, text?.Length ?? 0));

    /// Completes an actor whose country comes from the event's place: "security forces" in Afghanistan become
    /// "Military Forces of Afghanistan". Mentions that already have a country are returned unchanged.
    public ActorMention WithCountry(ActorMention mention, string iso2)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentException.ThrowIfNullOrWhiteSpace(iso2);
        if (!mention.CountryFromContext || mention.Country is not null) return mention;
        return mention with { Name = Compose(mention.Name, iso2), Country = iso2 };
    }

    /// Reads at piece i; returns the index after what it read, or i when nothing starts here.
    int TryRead(string text, List<WordPiece> pieces, int i, ImmutableArray<ActorMention>.Builder found)
    {
        var namedLength = _named.TryMatch(pieces, i, out var length, out var named) ? length : 0;

        var countryLength = 0;
        string? country = null;
        var describedLength = 0;
        Description? described = null;
        if (_countries.TryMatch(pieces, i, out length, out var iso2))
        {
            countryLength = length;
            country = iso2;
            var j = i + length;
            if (j < pieces.Count && pieces[j].Key == "'s") j++;
            if (_descriptions.TryMatch(pieces, j, out var descriptionLength, out var description))
            {
                describedLength = j + descriptionLength - i;
                described = description;
            }
        }

        var bareLength = _descriptions.TryMatch(pieces, i, out length, out var bare) && !bare.NeedsCountry ? length : 0;

        // "a coalition of twelve unions": a name that is a common noun, written in lower case, followed by "of"
        // heads a phrase about something else.
        if (namedLength > 0 && i + namedLength < pieces.Count && pieces[i + namedLength].Key == "of"
            && !text.AsSpan(pieces[i].Span.Start, pieces[i + namedLength - 1].Span.End - pieces[i].Span.Start).ContainsAnyInRange('A', 'Z'))
            namedLength = 0;
        if (namedLength > 0 && namedLength >= describedLength && namedLength >= bareLength)
        {
            var end = i + namedLength;
            if (_groupNouns.TryMatch(pieces, end, out var nounLength, out _)) end += nounLength;
            // "al-Qaeda in the Arabian Peninsula (AQAP)": the bracketed short form is the same mention.
            if (end + 2 < pieces.Count && pieces[end].IsPunctuation('(') && _named.TryMatch(pieces, end + 1, out var shortLength, out var shortForm)
                && shortForm.Name == named.Name && end + 1 + shortLength < pieces.Count && pieces[end + 1 + shortLength].IsPunctuation(')'))
                end += shortLength + 2;
            found.Add(Mention(text, pieces, i, end, named.Name, named.Kind, named.Country, false, named.Associated, named.CountryFromContext));
            return end;
        }
        if (described is not null && describedLength >= bareLength)
        {
            var end = i + describedLength;
            if (IsNoActor(pieces, end)) return end;
            found.Add(Described(text, pieces, i, end, described, country));
            return end;
        }
        if (bareLength > 0)
        {
            var end = i + bareLength;
            if (IsNoActor(pieces, end)) return end;
            // "troops of India and Pakistan": the country follows the description.
            if (end + 1 < pieces.Count && pieces[end].Key is "of" or "from" && _countries.TryMatch(pieces, end + 1, out var ofLength, out var ofCountry))
            {
                var countryEnd = end + 1 + ofLength;
                found.Add(Described(text, pieces, i, countryEnd, bare, ofCountry));
                if (countryEnd + 1 < pieces.Count && pieces[countryEnd].Key == "and" && _countries.TryMatch(pieces, countryEnd + 1, out var andLength, out var andCountry))
                {
                    found.Add(Described(text, pieces, countryEnd + 1, countryEnd + 1 + andLength, bare, andCountry));
                    return countryEnd + 1 + andLength;
                }
                return countryEnd;
            }
            found.Add(Described(text, pieces, i, end, bare, null));
            return end;
        }
        // "Afghan and NATO forces", "Afghan and US troops": the first demonym shares the description after "and".
        if (country is not null && i + countryLength + 1 < pieces.Count && pieces[i + countryLength].Key is "and" or ",")
        {
            var k = i + countryLength + 1;
            if (_countries.TryMatch(pieces, k, out var otherLength, out _) && _descriptions.TryMatch(pieces, k + otherLength, out _, out var shared))
            {
                found.Add(Described(text, pieces, i, i + countryLength, shared, country));
                return i + countryLength;
            }
            if (_named.TryMatch(pieces, k, out _, out var partner) && partner.Kind is ActorKind.StateForces or ActorKind.ExternalForces)
            {
                var forces = new Description("Military Forces", ActorKind.StateForces, false, false);
                found.Add(Described(text, pieces, i, i + countryLength, forces, country));
                return i + countryLength;
            }
        }
        return i;
    }

    ActorMention Described(string text, List<WordPiece> pieces, int start, int end, Description description, string? country)
    {
        var name = country is null ? description.BaseName : Compose(description.BaseName, country);
        return Mention(text, pieces, start, end, name, description.Kind, country, description.Unidentified, null, country is null);
    }

    static ActorMention Mention(string text, List<WordPiece> pieces, int start, int end, string name, ActorKind kind, string? country, bool unidentified, string? associated, bool fromContext)
    {
        var span = new TextSpan(pieces[start].Span.Start, pieces[end - 1].Span.End);
        return new ActorMention(span, span.Of(text), name, kind, country, unidentified, associated, fromContext);
    }

    bool IsNoActor(List<WordPiece> pieces, int end) => end < pieces.Count && _notActorAfter.Contains(pieces[end].Key);

    /// ACLED's pattern: "Military Forces of Afghanistan", "Police Forces of the Philippines", "Civilians (India)".
    string Compose(string baseName, string iso2)
    {
        if (!_countryNames.TryGetValue(iso2, out var countryName)) countryName = iso2;
        if (!baseName.EndsWith("Forces", StringComparison.Ordinal)) return $"{baseName} ({countryName})";
        return _countriesWithArticle.Contains(iso2) ? $"{baseName} of the {countryName}" : $"{baseName} of {countryName}";
    }

    static IEnumerable<(string, NamedActor)> ReadActors(string path)
    {
        foreach (var (line, fields) in TabFile.Rows(path, 4))
        {
            var kind = ParseKind(fields[1], path, line);
            var fromContext = fields[2] == "*";
            var country = fields[2] is "-" or "*" or "" ? null : fields[2];
            var associated = fields.Length > 4 && fields[4].Length > 0 ? fields[4] : null;
            var actor = new NamedActor(fields[0], kind, country, fromContext, associated);
            foreach (var alias in fields[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                yield return (alias, actor);
        }
    }

    static ActorKind ParseKind(string raw, string path, int line)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Enum.IsDefined((ActorKind)code)) return (ActorKind)code;
        if (Enum.TryParse<ActorKind>(raw, ignoreCase: true, out var kind) && Enum.IsDefined(kind)) return kind;
        throw new BadInputException(path, line, $"kind is \"{raw}\"; expected an ACLED inter code 1-8 or a name such as StateForces");
    }

    sealed record NamedActor(string Name, ActorKind Kind, string? Country, bool CountryFromContext, string? Associated);

    sealed record Description(string BaseName, ActorKind Kind, bool NeedsCountry, bool Unidentified);
}
