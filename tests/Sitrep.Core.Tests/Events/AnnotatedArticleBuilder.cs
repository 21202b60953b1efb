using System.Collections.Immutable;
using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Geo;
using Sitrep.Core.Numbers;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Tests.Events;

/// Builds what the earlier stages would have found in a tiny text, by hand, so the event coder is tested alone.
sealed class AnnotatedArticleBuilder(string text, DateOnly? published)
{
    static readonly SentenceSplitter Splitter = SentenceSplitter.CreateDefault();
    readonly List<PlaceMention> _places = [];
    readonly List<TimeMention> _times = [];
    readonly List<Quantity> _quantities = [];
    readonly List<ActorMention> _actors = [];
    readonly List<SourceCitation> _citations = [];

    TextSpan Find(string words, int occurrence)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"\"{words}\" is not in the text {occurrence + 1} times");
        }
        return new TextSpan(at, at + words.Length);
    }

    public AnnotatedArticleBuilder Place(string words, GeoPlace place, bool adjectival = false, int occurrence = 0)
    {
        _places.Add(new PlaceMention(Find(words, occurrence), words, place, 0.9, [], adjectival));
        return this;
    }

    public AnnotatedArticleBuilder Time(string words, string start, string end, TimeGranularity granularity)
    {
        _times.Add(new TimeMention(Find(words, 0), words, TimexType.Date, start, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), granularity, null));
        return this;
    }

    public AnnotatedArticleBuilder Count(string words, int low, int best, int high)
    {
        _quantities.Add(new Quantity(Find(words, 0), low, best, high));
        return this;
    }

    public AnnotatedArticleBuilder Actor(string words, string name, ActorKind kind, string? country = null, bool unidentified = false, int occurrence = 0)
    {
        _actors.Add(new ActorMention(Find(words, occurrence), words, name, kind, country, unidentified, CountryFromContext: country is null));
        return this;
    }

    public AnnotatedArticleBuilder Cites(string words, string name)
    {
        _citations.Add(new SourceCitation(Find(words, 0), name));
        return this;
    }

    public AnnotatedArticle Build()
    {
        var sentences = Splitter.Split(text);
        return new AnnotatedArticle(
            new Article("t1", text, published),
            published,
            sentences,
            [.. sentences.Select(s => Tokenizer.Instance.Tokenize(text, s.Span))],
            [.. _places.OrderBy(p => p.Span.Start)],
            [.. _times.OrderBy(t => t.Span.Start)],
            [.. _quantities.OrderBy(q => q.Span.Start)],
            [.. _actors.OrderBy(a => a.Span.Start)],
            [.. _citations]);
    }

    public static GeoPlace Town(string name, string country, double lat, double lon, long id = 1) =>
        new(id, name, lat, lon, country, "01", "Province", null, "P", "PPL", 10000, PlaceLevel.Locality);

    public static GeoPlace Country(string name, string iso2, double lat, double lon) =>
        new(100 + iso2[0], name, lat, lon, iso2, null, null, null, "A", "PCLI", 30_000_000, PlaceLevel.Country);
}
