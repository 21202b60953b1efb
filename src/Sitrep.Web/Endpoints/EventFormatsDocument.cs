using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sitrep.Web.Api;

namespace Sitrep.Web.Endpoints;

/// GET /api/events answers one of three media types for 200; the generator keeps only one per status code, so this
/// writes all three into the operation: JSON (a page of events), GeoJSON (a FeatureCollection) and CSV.
static class EventFormatsDocument
{
    public static async Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        var list = await context.GetOrCreateSchemaAsync(typeof(EventList), null, cancel);
        var features = await context.GetOrCreateSchemaAsync(typeof(EventFeatureCollection), null, cancel);
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "format=json: a page of events; format=geojson: a FeatureCollection; format=csv: ACLED-style CSV",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = list },
                ["application/geo+json"] = new() { Schema = features },
                ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        };
    }
}
