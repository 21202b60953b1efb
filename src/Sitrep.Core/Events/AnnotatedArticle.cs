using System.Collections.Immutable;
using Sitrep.Core.Entities;
using Sitrep.Core.Geo;
using Sitrep.Core.Numbers;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// Everything the earlier stages found in one article, which the event coder reads.
/// Published is the date relative expressions were resolved against (given, or inferred from the text).
public sealed record AnnotatedArticle(
    Article Article,
    DateOnly? Published,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<IReadOnlyList<Token>> SentenceTokens,
    ImmutableArray<PlaceMention> Places,
    ImmutableArray<TimeMention> Times,
    ImmutableArray<Quantity> Quantities,
    ImmutableArray<ActorMention> Actors,
    ImmutableArray<SourceCitation> Citations);
