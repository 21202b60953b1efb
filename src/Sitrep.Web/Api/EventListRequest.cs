using System.Globalization;
using Sitrep.Core.Events;
using Sitrep.Core.Store;

namespace Sitrep.Web.Api;

/// A checked GET /api/events request: the store query and the format, or the message for a 400.
public sealed record EventListRequest(EventQuery Query, EventFormat Format)
{
    /// The message names the parameter and its value and says what would be right.
    public static EventListRequest Parse(EventListParameters p, CountryDirectory countries)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(countries);
        var from = Date("from", p.From);
        var to = Date("to", p.To);
        if (from > to) throw new ParameterException($"from ({p.From}) is after to ({p.To})");

        string? country = null;
        if (Given(p.Country) is { } c)
        {
            country = countries.CodeOf(c) ?? throw new ParameterException(
                $"country is \"{c}\"; expected an ISO2 code like AF or a country name like Afghanistan");
        }

        BoundingBox? bbox = null;
        if (Given(p.Bbox) is { } b)
        {
            try { bbox = BoundingBox.Parse(b); }
            catch (FormatException e) { throw new ParameterException(e.Message); }
        }

        TemporalStatus? status = Given(p.Status)?.ToLowerInvariant() switch
        {
            null => null,
            "current" => TemporalStatus.Current,
            "historical" => TemporalStatus.Historical,
            _ => throw new ParameterException($"status is \"{p.Status}\"; expected current or historical"),
        };

        var format = Given(p.Format)?.ToLowerInvariant() switch
        {
            null or "json" => EventFormat.Json,
            "geojson" => EventFormat.GeoJson,
            "csv" => EventFormat.Csv,
            _ => throw new ParameterException($"format is \"{p.Format}\"; expected json, geojson or csv"),
        };

        var limit = Integer("limit", p.Limit, 100, 1, EventQuery.MaxLimit);
        var offset = Integer("offset", p.Offset, 0, 0, int.MaxValue);
        var query = new EventQuery
        {
            From = from,
            To = to,
            Country = country,
            Admin1 = Given(p.Admin1),
            Type = Given(p.Type),
            SubType = Given(p.SubType),
            Actor = Given(p.Actor),
            Bbox = bbox,
            Text = Given(p.Q),
            Status = status,
            Limit = limit,
            Offset = offset,
        };
        return new EventListRequest(query, format);
    }

    static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static DateOnly? Date(string name, string? value)
    {
        if (Given(value) is not { } v) return null;
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ParameterException($"{name} is \"{v}\"; expected a date like 2016-10-03");
    }

    static int Integer(string name, string? value, int fallback, int min, int max)
    {
        if (Given(value) is not { } v) return fallback;
        return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ParameterException($"{name} is \"{v}\"; expected a whole number from {min} to {max}");
    }
}
