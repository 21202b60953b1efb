namespace Sitrep.Core.Text.Input;

/// One line of a JSONL input, numbered from 1; Problem says why its Text could not be had (too long, not UTF-8).
internal readonly record struct TextLine(int Number, string Text, string? Problem);
