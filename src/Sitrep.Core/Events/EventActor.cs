using Sitrep.Core.Entities;

namespace Sitrep.Core.Events;

/// An actor as coded on an event. Inter is ACLED's code, which depends on the event: state forces acting
/// outside their own country are coded 8 (external forces).
public sealed record EventActor(string Name, ActorKind Kind, int Inter, string? Country);
