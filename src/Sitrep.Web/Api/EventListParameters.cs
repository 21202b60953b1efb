using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Sitrep.Web.Api;

/// The query string of GET /api/events, bound as text so every bad value gets a message naming it.
public sealed record EventListParameters
{
    [Description("Events on or after this date (YYYY-MM-DD)")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Events on or before this date (YYYY-MM-DD)")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("Country: ISO2 code (AF) or name (Afghanistan)")]
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    [Description("First-level administrative area, as coded (e.g. Kunduz)")]
    [FromQuery(Name = "admin1")]
    public string? Admin1 { get; init; }

    [Description("ACLED event type, e.g. Battles")]
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    [Description("ACLED sub-event type, e.g. Armed clash")]
    [FromQuery(Name = "sub_type")]
    public string? SubType { get; init; }

    [Description("Part of either actor's name, e.g. Taliban")]
    [FromQuery(Name = "actor")]
    public string? Actor { get; init; }

    [Description("minLon,minLat,maxLon,maxLat, e.g. 60.5,29.4,75.2,38.5")]
    [FromQuery(Name = "bbox")]
    public string? Bbox { get; init; }

    [Description("Full-text search over the reports' sentences")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("current (the news) or historical (background events)")]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    [Description("Events per page, 1 to 10000 (default 100)")]
    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    [Description("Events to skip, 0 or more (default 0)")]
    [FromQuery(Name = "offset")]
    public string? Offset { get; init; }

    [Description("json (default), geojson or csv")]
    [FromQuery(Name = "format")]
    public string? Format { get; init; }
}
