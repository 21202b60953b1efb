namespace Sitrep.Core.Numbers;

/// How the report qualifies a figure ("at least 5", "nearly 290"). Best stays the stated figure whatever the
/// modifier, as ACLED codes it; the modifier lets later stages say how sure the figure is.
public enum QuantityModifier
{
    None,
    AtLeast,
    MoreThan,
    About,
    Nearly,
    UpTo,
    AtMost,
    Between,
}
