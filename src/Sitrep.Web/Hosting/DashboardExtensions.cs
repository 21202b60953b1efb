using Microsoft.AspNetCore.StaticFiles;

namespace Sitrep.Web.Hosting;

/// Serves the embedded dashboard: index.html at /, its scripts, styles and map data beside it.
public static class DashboardExtensions
{
    public static WebApplication UseDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = EmbeddedWebRoot.ForThisAssembly();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = root });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = root,
            ContentTypeProvider = types,
            // Revalidate every time (cheap with ETags): a rebuilt server never leaves an old script in a browser.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
