namespace Sitrep.Core.Events;

/// How sure the coder is of each field of a record, 0..1, null where the field is empty. The scores come from what
/// the field rests on (a named group or a description, a place named in the incident's own clause or the article's
/// focus, a written-out date or a guess), so they rank records rather than promise a rate: `sitrep eval acled`
/// prints how often each band is right.
public sealed record FieldConfidence(
    double? EventType,
    double? Actor1,
    double? Actor2,
    double? Location,
    double? Date,
    double? Fatalities,
    double? Injuries);
