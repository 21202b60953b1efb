using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// Whether a figure counts the dead or the injured.
public enum CasualtyKind { Death, Injury }

/// A casualty figure read from a clause, with the span of the number and of its casualty word. Adds marks a figure
/// told as more victims besides those already counted ("six militants were also killed", "another one died").
public sealed record CasualtyFigure(CasualtyKind Kind, Casualties Count, TextSpan Span, bool Adds = false);
