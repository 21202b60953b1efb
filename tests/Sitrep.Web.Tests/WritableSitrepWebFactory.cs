namespace Sitrep.Web.Tests;

/// The same app started with allow-write, for POST /api/articles.
public sealed class WritableSitrepWebFactory : SitrepWebFactory
{
    public WritableSitrepWebFactory() : base(allowWrite: true) { }
}
