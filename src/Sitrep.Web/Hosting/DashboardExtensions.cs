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
            OnPrepareResponse = c =>
            {
                var headers = c.Context.Response.Headers;
                // Revalidate every time (cheap with ETags): a rebuilt server never leaves an old script in a browser.
                headers.CacheControl = "no-cache";
                headers.XContentTypeOptions = "nosniff";
                // The page loads nothing from elsewhere, so the browser may refuse anything from elsewhere; article
                // text is untrusted input and is only ever inserted as text. Leaflet and uPlot set inline styles.
                if (c.File.Name.EndsWith(".html", StringComparison.Ordinal))
                {
                    headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
                }
            },
        });
        return app;
    }
}
