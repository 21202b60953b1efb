using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Core.Store;
using Sitrep.Web.Api;

namespace Sitrep.Web.Endpoints;

/// GET /api/tallies and GET /api/alerts: events, fatalities and injuries per area and period, and the periods
/// that rose above their own history.
public static class TallyEndpoints
{
    public static IEndpointRouteBuilder MapTallies(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/tallies", Tallies)
            .WithTags("Tallies")
            .WithName("GetTallies")
            .WithSummary("Events, fatalities and injuries per country or admin1, per week or month, oldest first")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/alerts", Alerts)
            .WithTags("Tallies")
            .WithName("GetAlerts")
            .WithSummary("Periods whose fatalities or events rose above every earlier period, or above mean + 3 sd of the previous 12")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    static Results<Ok<List<TallyView>>, ProblemHttpResult> Tallies(
        [AsParameters] TallyParameters parameters, IEventStore store, Views views, CountryDirectory countries) =>
        Answer(parameters, countries, query => store.Tallies(query).Select(views.Tally).ToList());

    static Results<Ok<List<AlertView>>, ProblemHttpResult> Alerts(
        [AsParameters] TallyParameters parameters, IEventStore store, Views views, CountryDirectory countries) =>
        Answer(parameters, countries, query => store.Alerts(query).Select(a => views.Alert(a, query.Period)).ToList());

    /// Both endpoints read the same parameters and answer a bad one the same way.
    static Results<Ok<List<T>>, ProblemHttpResult> Answer<T>(TallyParameters p, CountryDirectory countries, Func<TallyQuery, List<T>> compute)
    {
        TallyQuery query;
        try
        {
            query = Parse(p.area, p.period, p.from, p.to, p.country, countries);
        }
        catch (ParameterException e)
        {
            return Problems.BadParameter(e.Message);
        }
        return TypedResults.Ok(compute(query));
    }

    /// The query string of /api/tallies and /api/alerts (names as they appear in the URL).
    internal sealed record TallyParameters(
        [property: Description("country (default) or admin1")] string? area,
        [property: Description("month (default) or week")] string? period,
        [property: Description("From this date (YYYY-MM-DD)")] string? from,
        [property: Description("To this date (YYYY-MM-DD)")] string? to,
        [property: Description("Only this country: ISO2 code or name")] string? country);

    static TallyQuery Parse(string? area, string? period, string? from, string? to, string? country, CountryDirectory countries)
    {
        var byArea = area?.Trim().ToLowerInvariant() switch
        {
            null or "" or "country" => TallyArea.Country,
            "admin1" => TallyArea.Admin1,
            _ => throw new ParameterException($"area is \"{area}\"; expected country or admin1"),
        };
        var byPeriod = period?.Trim().ToLowerInvariant() switch
        {
            null or "" or "month" => TallyPeriod.Month,
            "week" => TallyPeriod.Week,
            _ => throw new ParameterException($"period is \"{period}\"; expected week or month"),
        };
        var start = EventListRequest.Date("from", from);
        var end = EventListRequest.Date("to", to);
        if (start > end) throw new ParameterException($"from ({from}) is after to ({to})");
        string? code = null;
        if (!string.IsNullOrWhiteSpace(country))
        {
            code = countries.CodeOf(country) ?? throw new ParameterException(
                $"country is \"{country}\"; expected an ISO2 code like AF or a country name like Afghanistan");
        }
        return new TallyQuery(byArea, byPeriod, start, end, code);
    }
}
