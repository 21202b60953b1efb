using System.Collections.Immutable;
using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Geo;
using Sitrep.Core.Numbers;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core;

/// The whole path from an article to coded records: Text -> Entities/Geo/Time/Numbers -> Events.
/// Built once (it loads the gazetteer and lexicons); Run is thread-safe and keeps no state between articles.
public sealed class Pipeline
{
    readonly SentenceSplitter _sentences;
    readonly Geoparser _places;
    readonly TemporalTagger _times;
    readonly PublicationDateFinder _dateline;
    readonly QuantityRecognizer _quantities;
    readonly ActorRecognizer _actors;
    readonly SourceCitationFinder _citations;
    readonly EventCoder _coder;

    public Pipeline(SentenceSplitter sentences, Geoparser places, TemporalTagger times, PublicationDateFinder dateline,
        QuantityRecognizer quantities, ActorRecognizer actors, SourceCitationFinder citations, EventCoder coder)
    {
        (_sentences, _places, _times, _dateline) = (sentences, places, times, dateline);
        (_quantities, _actors, _citations, _coder) = (quantities, actors, citations, coder);
    }

    public static Pipeline CreateDefault() => new(
        SentenceSplitter.CreateDefault(), Geoparser.CreateDefault(), TemporalTagger.CreateDefault(),
        PublicationDateFinder.CreateDefault(), QuantityRecognizer.CreateDefault(), ActorRecognizer.CreateDefault(),
        SourceCitationFinder.CreateDefault(), EventCoder.CreateDefault());

    public ArticleResult Run(Article article)
    {
        var text = article.Text;
        var (published, publishedSource) = article.Published is { } given
            ? (given, PublishedSource.Input)
            : _dateline.Find(text) is { } found ? (found.Date, PublishedSource.Dateline) : ((DateOnly?)null, PublishedSource.None);

        var sentences = _sentences.Split(text);
        var whole = new TextSpan(0, text.Length);
        var actors = _actors.Find(text, whole);
        // The countries of the groups the text names by name (a party, an armed group) tell which of a name's
        // namesakes is meant; described actors ("security forces") are placed by the places, not the other way.
        var actorCountries = actors.Where(a => a is { IsUnidentified: false, CountryFromContext: false, Country: not null })
            .Select(a => a.Country!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var annotated = new AnnotatedArticle(
            article,
            published,
            sentences,
            [.. sentences.Select(s => Tokenizer.Instance.Tokenize(text, s.Span))],
            _places.Parse(text, actorCountries),
            _times.Tag(text, published),
            _quantities.Find(text, whole),
            actors,
            _citations.Find(text));
        return new ArticleResult(article, published, publishedSource, _coder.Code(annotated));
    }
}
