using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Scalar.AspNetCore;
using Sitrep.Core.Store;
using Sitrep.Web.Api;
using Sitrep.Web.Endpoints;
using Sitrep.Web.Hosting;

namespace Sitrep.Web;

/// Builds the Sitrep web host: the HTTP API under /api, its OpenAPI document (/openapi/v1.json) and reference
/// page (/scalar), and the dashboard at /. The CLI's `sitrep serve` calls Build and then Run.
public static class SitrepWebApp
{
    /// JSON as the API writes it: snake_case names and enum values, ISO dates.
    public static JsonSerializerOptions JsonOptions { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static WebApplication Build(string[] args, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            // Static files are embedded; no content root is read, so the host runs from any folder.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (options.Urls is not null) builder.WebHost.UseUrls(options.Urls);
        // One line per request is noise for `sitrep serve`; startup ("Now listening on") and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var config = builder.Configuration;
        var db = options.Db ?? config["db"] ?? EventStores.DefaultPath;
        var settings = options with
        {
            Db = db,
            AllowWrite = options.AllowWrite || config.GetValue<bool>("allow-write"),
        };

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxRequestBytes);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = settings.MaxRequestBytes);
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep API";
            doc.Info.Description = "Conflict events coded from news reports (ACLED taxonomy), merged across sources, with the evidence for every field.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(settings);
        // Opened once: a store is thread-safe and holds the connection pool; a bad database fails at start, clearly.
        builder.Services.AddSingleton(_ => EventStores.Open(db));
        builder.Services.AddSingleton<ArticleCoder>();
        builder.Services.AddSingleton(CountryDirectory.CreateDefault());
        builder.Services.AddSingleton<Views>();

        var app = builder.Build();
        // Open the store now: a missing or too new database fails at start with the store's message, not on a request.
        _ = app.Services.GetRequiredService<IEventStore>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDashboard();

        app.MapOpenApi();
        // Works offline: Scalar's script is embedded in its package; its web fonts and telemetry would call out.
        app.MapScalarApiReference(o => o.WithTitle("Sitrep API").DisableDefaultFonts().DisableTelemetry());

        var api = app.MapGroup("/api");
        api.MapEvents();
        api.MapArticles();
        api.MapTallies();
        return app;
    }

    static JsonSerializerOptions Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // Numbers are numbers: no "12" accepted for 12, and the OpenAPI schemas say plain integer.
        o.NumberHandling = JsonNumberHandling.Strict;
        return o;
    }
}
