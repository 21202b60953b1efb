using System.Collections.Immutable;

namespace Sitrep.Cli.Evaluation;

/// A TimeML document as TempEval-3 scores it: the TEXT content (tags removed, entities decoded), its creation
/// time (the DCT timex, day only) and the gold TIMEX3s inside TEXT, offsets into that content.
public sealed record TempEvalDocument(string Id, string Text, DateOnly? Created, ImmutableArray<TempEvalTimex> Timexes);
