namespace Sitrep.Cli.Evaluation;

/// One disagreement with the gold standard, for reading what a tagger gets wrong: Kind is "missed" (gold only),
/// "spurious" (system only), "span" (overlap, different extent), "type" or "value".
public sealed record TempEvalMiss(string Document, string Kind, TempEvalTimex? Gold, TempEvalTimex? System);
