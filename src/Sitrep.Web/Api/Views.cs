using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Events;
using Sitrep.Core.Store;

namespace Sitrep.Web.Api;

/// Turns stored records into the API's shapes. Country names are filled in here, so the store keeps ISO2 codes only.
public sealed class Views(CountryDirectory countries)
{
    public EventSummary Summary(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var l = e.Location;
        return new EventSummary(
            e.EventId, e.Date, e.TimePrecision, e.EventType, e.SubEventType,
            e.Actor1?.Name, e.Actor1?.Inter, e.Actor2?.Name, e.Actor2?.Inter,
            l is null ? null : countries.NameOf(l.Country), l?.Country, l?.Admin1, null, l?.Name,
            l is null ? null : Math.Round(l.Latitude, 5), l is null ? null : Math.Round(l.Longitude, 5), l?.GeoPrecision,
            e.Sources.IsDefaultOrEmpty ? null : string.Join("; ", e.Sources),
            e.Notes,
            e.Fatalities?.Best, e.Fatalities?.Low, e.Fatalities?.High,
            e.Injuries?.Best, e.Injuries?.Low, e.Injuries?.High,
            e.SourceCount, Name(e.TemporalStatus), e.FirstSeen, e.LastSeen);
    }

    public EventFeature Feature(StoredEvent e)
    {
        var summary = Summary(e);
        var geometry = e.Location is { } l ? PointGeometry.At(l.Latitude, l.Longitude) : null;
        return new EventFeature(e.EventId, geometry, summary);
    }

    public EventDetail Detail(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventDetail(
            e.EventId, e.EventType, e.SubEventType, Actor(e.Actor1), Actor(e.Actor2), Location(e.Location),
            e.Date, e.TimePrecision, Figures(e.Fatalities), Figures(e.Injuries), Name(e.TemporalStatus),
            e.SourceCount, e.Sources.IsDefault ? [] : e.Sources, e.Notes, e.FirstSeen, e.LastSeen,
            [.. e.Reports.IsDefault ? [] : e.Reports.Select(Report)]);
    }

    public ReportView Report(StoredReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report.Record;
        return new ReportView(
            report.ReportId, r.ArticleId, report.EventId, Name(r.Kind), report.Published, report.Source, report.Url,
            r.EventType, r.SubEventType, Actor(r.Actor1), Actor(r.Actor2), Location(r.Location),
            r.Date, r.TimePrecision, Figures(r.Fatalities), Figures(r.Injuries), Name(r.TemporalStatus), r.Confidence,
            r.FieldConfidence, report.Notes,
            [.. r.Sentences.IsDefault ? [] : r.Sentences.Select(s => new SpanView(s.Start, s.End))],
            [.. r.Evidence.IsDefault ? [] : r.Evidence.Select(v => new EvidenceView(v.Field, v.Span.Start, v.Span.End, v.Text))]);
    }

    public ArticleView Article(StoredArticle a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new ArticleView(a.Id, a.Text, a.Published, Name(a.PublishedSource), a.Source, a.Url,
            [.. a.Reports.IsDefault ? [] : a.Reports.Select(Report)]);
    }

    public TallyView Tally(Tally t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TallyView(t.Country, countries.NameOf(t.Country), t.Admin1, t.PeriodStart, t.Events, t.Fatalities, t.Injuries);
    }

    public AlertView Alert(Alert a, TallyPeriod period)
    {
        ArgumentNullException.ThrowIfNull(a);
        var area = a.Admin1 is null ? countries.NameOf(a.Country) : $"{a.Admin1}, {countries.NameOf(a.Country)}";
        var when = period == TallyPeriod.Month ? a.PeriodStart.ToString("yyyy-MM", Iso) : $"week of {a.PeriodStart.ToString("yyyy-MM-dd", Iso)}";
        var what = a.Metric == AlertMetric.Fatalities ? "fatalities" : "events";
        var unit = period == TallyPeriod.Month ? "month" : "week";
        var why = a.Reason == AlertReason.AboveAllEarlier
            ? $"above every earlier {unit} (highest before: {a.Threshold.ToString("0", Iso)}, {a.EarlierPeriods} {unit}s compared)"
            : $"above the mean + 3 sd of the previous {a.EarlierPeriods} {unit}s ({a.Threshold.ToString("0.#", Iso)})";
        return new AlertView(a.Country, countries.NameOf(a.Country), a.Admin1, a.PeriodStart, Name(a.Metric), a.Value,
            Name(a.Reason), a.Threshold, a.EarlierPeriods, $"{area}, {when}: {a.Value} {what}, {why}");
    }

    ActorView? Actor(EventActor? a) => a is null ? null : new ActorView(a.Name, Name(a.Kind), a.Inter, a.Country);

    LocationView? Location(EventLocation? l) => l is null ? null : new LocationView(
        l.Name, l.Admin1, null, l.Country, countries.NameOf(l.Country),
        Math.Round(l.Latitude, 5), Math.Round(l.Longitude, 5), l.GeonameId, l.GeoPrecision);

    static CasualtiesView? Figures(Casualties? c) => c is null ? null : new CasualtiesView(c.Low, c.Best, c.High);

    static readonly IFormatProvider Iso = System.Globalization.CultureInfo.InvariantCulture;

    /// Enum values as the JSON writes them everywhere: snake_case.
    static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
