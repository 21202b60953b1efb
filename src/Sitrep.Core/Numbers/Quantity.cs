using Sitrep.Core.Text;

namespace Sitrep.Core.Numbers;

/// A count read from text as a range: "42" is 42/42/42, "nearly 290" best 290, "hundreds" 100..999,
/// "between 10 and 15" 10..15. Best is the single figure a coder would enter: the stated figure, the lower
/// end of a range, ACLED's conventional figure for a vague word. Span covers the whole phrase ("Nearly 290",
/// "hundreds more"). IsVague marks words that state no figure ("dozens", "several").
public sealed record Quantity(TextSpan Span, int Low, int Best, int High, QuantityModifier Modifier = QuantityModifier.None, bool IsVague = false)
{
    public bool IsExact => Low == Best && Best == High && Modifier == QuantityModifier.None && !IsVague;
}
