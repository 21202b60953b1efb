using System.Collections.Immutable;

namespace Sitrep.Cli.Evaluation;

/// One article of a geoparsing corpus: its text, the gold toponyms in text order, and the spans the annotators
/// marked but which are not toponyms (GeoWebNews' demonyms, homonyms, expressions such as "the city"): a
/// prediction on those is a false positive, and counting them by class shows what the recogniser confuses.
public sealed record GeoparseDocument(string Id, string Text, ImmutableArray<GeoparseToponym> Toponyms, ImmutableArray<GeoparseToponym> NonToponyms);
