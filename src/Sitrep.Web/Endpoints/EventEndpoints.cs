using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Core.Store;
using Sitrep.Web.Api;

namespace Sitrep.Web.Endpoints;

/// GET /api/events (filtered, paged; JSON, GeoJSON or CSV) and GET /api/events/{id}.
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/events").WithTags("Events");
        group.MapGet("/", List)
            .WithName("ListEvents")
            .WithSummary("Merged events matching the filters, newest first")
            .WithDescription("format=json gives a page with the total; format=geojson a FeatureCollection of Points ([lon, lat]); "
                + "format=csv ACLED's columns plus injuries, figure ranges and source_count.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(EventFormatsDocument.Describe);
        group.MapGet("/{id}", Get)
            .WithName("GetEvent")
            .WithSummary("One merged event with every report behind it: sources, per-report figures and evidence")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    static Results<Ok<EventList>, JsonHttpResult<EventFeatureCollection>, FileContentHttpResult, ProblemHttpResult> List(
        [AsParameters] EventListParameters parameters, IEventStore store, Views views, CountryDirectory countries)
    {
        EventListRequest request;
        try
        {
            request = EventListRequest.Parse(parameters, countries);
        }
        catch (ParameterException e)
        {
            return Problems.BadParameter(e.Message);
        }

        var page = store.QueryEvents(request.Query);
        switch (request.Format)
        {
            case EventFormat.GeoJson:
                var collection = new EventFeatureCollection([.. page.Events.Select(views.Feature)], page.Total, page.Limit, page.Offset);
                return TypedResults.Json(collection, SitrepWebApp.JsonOptions, "application/geo+json");
            case EventFormat.Csv:
                var csv = AcledCsv.Write(page.Events.Select(views.Summary));
                return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "sitrep-events.csv");
            default:
                return TypedResults.Ok(new EventList(page.Total, page.Limit, page.Offset, [.. page.Events.Select(views.Summary)]));
        }
    }

    static Results<Ok<EventDetail>, ProblemHttpResult> Get([FromRoute] string id, IEventStore store, Views views) =>
        store.GetEvent(id) is { } e ? TypedResults.Ok(views.Detail(e)) : Problems.NotFound("event", id);
}
