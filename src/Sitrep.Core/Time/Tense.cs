namespace Sitrep.Core.Time;

/// What the clause around a date says about its direction: past (the default for news) or future.
internal enum Tense { None, Past, Future }
