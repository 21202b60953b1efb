using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// Whether a figure counts the dead or the injured.
public enum CasualtyKind { Death, Injury }

/// A casualty figure read from a clause, with the span of the number and of its casualty word.
public sealed record CasualtyFigure(CasualtyKind Kind, Casualties Count, TextSpan Span);
