namespace Sitrep.Core.Entities;

/// ACLED's actor categories; the number is ACLED's "inter" code.
public enum ActorKind
{
    StateForces = 1,
    RebelGroup = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,
    ExternalForces = 8,
}
