namespace Sitrep.Core.Time;

/// A multi-word lexicon entry ("at the moment" -> PRESENT_REF), matched word by word, case-insensitively.
internal sealed record Phrase(string[] Words, string Value);
