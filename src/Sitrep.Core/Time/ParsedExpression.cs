namespace Sitrep.Core.Time;

/// A grammar match: the tokens First..Last (inclusive) and what they mean, with the tense of the clause.
internal sealed record ParsedExpression(int First, int Last, TimeExpression Expression, Tense Tense, int Paragraph, int Sentence);
