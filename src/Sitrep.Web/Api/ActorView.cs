namespace Sitrep.Web.Api;

/// An actor as coded: name, kind, ACLED's inter code and the ISO2 country it belongs to.
public sealed record ActorView(string Name, string Kind, int Inter, string? Country);
