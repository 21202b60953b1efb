using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Sitrep.Web.Api;

/// The query string of GET /api/events, bound as text so every bad value gets a message naming it.
public sealed record EventListParameters
{
    [Description("Events on or after this date (YYYY-MM-DD)")]
    public string? From { get; init; }

    [Description("Events on or before this date (YYYY-MM-DD)")]
    public string? To { get; init; }

    [Description("Country: ISO2 code (AF) or name (Afghanistan)")]
    public string? Country { get; init; }

    [Description("First-level administrative area, as coded (e.g. Kunduz)")]
    public string? Admin1 { get; init; }

    [Description("ACLED event type, e.g. Battles")]
    public string? Type { get; init; }

    [Description("ACLED sub-event type, e.g. Armed clash")]
    [FromQuery(Name = "sub_type")]
    public string? SubType { get; init; }

    [Description("Part of either actor's name, e.g. Taliban")]
    public string? Actor { get; init; }

    [Description("minLon,minLat,maxLon,maxLat, e.g. 60.5,29.4,75.2,38.5")]
    public string? Bbox { get; init; }

    [Description("Full-text search over the reports' sentences")]
    public string? Q { get; init; }

    [Description("current (the news) or historical (background events)")]
    public string? Status { get; init; }

    [Description("Events per page, 1 to 10000 (default 100)")]
    public string? Limit { get; init; }

    [Description("Events to skip, 0 or more (default 0)")]
    public string? Offset { get; init; }

    [Description("json (default), geojson or csv")]
    public string? Format { get; init; }
}
