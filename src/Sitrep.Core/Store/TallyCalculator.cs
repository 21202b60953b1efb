namespace Sitrep.Core.Store;

/// Tallies per area and period, and the alerts they raise. Grouping is done here rather than in SQL so that
/// weeks and months mean the same in both databases.
static class TallyCalculator
{
    const int MinHistory = 3;
    const int Window = 12;

    public static DateOnly PeriodStart(DateOnly date, TallyPeriod period) => period == TallyPeriod.Week
        ? date.AddDays(-(((int)date.DayOfWeek + 6) % 7))
        : new DateOnly(date.Year, date.Month, 1);

    static DateOnly Next(DateOnly start, TallyPeriod period) => period == TallyPeriod.Week ? start.AddDays(7) : start.AddMonths(1);

    public static IReadOnlyList<Tally> Tally(IEnumerable<TallyRow> rows, TallyQuery query) => [.. rows
        .Select(r => (Row: r, Date: EventRow.ParseDate(r.event_date)!.Value))
        .Where(x => query.From is null || x.Date >= query.From)
        .GroupBy(x => (
            Country: x.Row.country.ToUpperInvariant(),
            Admin1: query.Area == TallyArea.Admin1 ? x.Row.admin1 : null,
            Start: PeriodStart(x.Date, query.Period)))
        .Select(g => new Tally(g.Key.Country, g.Key.Admin1, g.Key.Start, g.Count(),
            checked((int)g.Sum(x => x.Row.fatalities_best ?? 0)), checked((int)g.Sum(x => x.Row.injuries_best ?? 0))))
        .OrderBy(t => t.Country, StringComparer.Ordinal)
        .ThenBy(t => t.Admin1 ?? "", StringComparer.Ordinal)
        .ThenBy(t => t.PeriodStart)];

    /// For each area, its periods from the first with an event on (empty ones count as zero); a period alerts
    /// when it has at least 3 earlier ones and rises above all of them, or above mean + 3 sd of the last 12.
    public static IReadOnlyList<Alert> Alerts(IReadOnlyList<Tally> tallies, TallyQuery query)
    {
        var alerts = new List<Alert>();
        foreach (var area in tallies.GroupBy(t => (t.Country, t.Admin1)))
        {
            var byStart = area.ToDictionary(t => t.PeriodStart);
            var series = new List<(DateOnly Start, int Fatalities, int Events)>();
            var last = area.Max(t => t.PeriodStart);
            for (var start = area.Min(t => t.PeriodStart); start <= last; start = Next(start, query.Period))
                series.Add(byStart.TryGetValue(start, out var t) ? (start, t.Fatalities, t.Events) : (start, 0, 0));

            for (var i = MinHistory; i < series.Count; i++)
            {
                var (start, fatalities, events) = series[i];
                if ((query.From is { } from && start < PeriodStart(from, query.Period)) || (query.To is { } to && start > to)) continue;
                foreach (var (metric, pick) in new (AlertMetric, Func<(DateOnly, int Fatalities, int Events), int>)[]
                         { (AlertMetric.Fatalities, s => s.Fatalities), (AlertMetric.Events, s => s.Events) })
                {
                    var value = pick(series[i]);
                    if (value <= 0) continue;
                    var earlier = series.Take(i).Select(s => pick(s)).ToList();
                    var max = earlier.Max();
                    if (value > max)
                    {
                        alerts.Add(new Alert(area.Key.Country, area.Key.Admin1, start, metric, value, AlertReason.AboveAllEarlier, max, earlier.Count));
                        continue;
                    }
                    var recent = earlier.Skip(Math.Max(0, earlier.Count - Window)).ToList();
                    var mean = recent.Average();
                    var sd = Math.Sqrt(recent.Sum(v => (v - mean) * (v - mean)) / recent.Count);
                    var threshold = mean + (3 * sd);
                    if (value > threshold)
                        alerts.Add(new Alert(area.Key.Country, area.Key.Admin1, start, metric, value, AlertReason.AboveMeanPlus3Sd, threshold, recent.Count));
                }
            }
        }
        return [.. alerts.OrderBy(a => a.PeriodStart).ThenBy(a => a.Country, StringComparer.Ordinal).ThenBy(a => a.Admin1 ?? "", StringComparer.Ordinal).ThenBy(a => a.Metric)];
    }
}
