using Sitrep.Core.Events;

namespace Sitrep.Core.Store;

/// One article's record as it was coded, kept whole (figures, actors, place, date, evidence spans).
/// EventId: the merged event it went into; null for a statistic. Source: the article's source (outlet).
/// Notes: the text of its sentences.
public sealed record StoredReport(
    string ReportId,
    string? EventId,
    ConflictEvent Record,
    DateOnly? Published,
    string? Source,
    string? Url,
    string Notes);
