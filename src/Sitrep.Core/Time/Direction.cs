namespace Sitrep.Core.Time;

/// Which occurrence an underspecified date ("Monday", "October 15") names, seen from the publication date.
/// The inclusive forms count the publication day itself; "last"/"next" use the strict ones.
internal enum Direction { Past, Future, StrictPast, StrictFuture, Current }
