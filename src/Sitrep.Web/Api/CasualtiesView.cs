namespace Sitrep.Web.Api;

/// A casualty figure as a range with the figure a coder would enter.
public sealed record CasualtiesView(int Low, int Best, int High);
