using System.Collections.Immutable;
using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Core;

/// Where the publication date came from: the input, a dateline or date line at the top of the text, or nowhere.
public enum PublishedSource { Input, Dateline, None }

/// What the pipeline made of one article: the date it resolved against and the coded records.
public sealed record ArticleResult(Article Article, DateOnly? Published, PublishedSource PublishedSource, ImmutableArray<ConflictEvent> Events);
