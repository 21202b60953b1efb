using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// A publication date read from the text itself: the date, where it was found, and how
/// ("dateline", or "dateline; year from text" when the dateline gave only day and month).
public sealed record PublicationDate(DateOnly Date, TextSpan Span, string Source);
