using System.Collections.Immutable;
using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Geo;

namespace Sitrep.Core.Store;

/// Decides whether a new report tells of an event already stored, and reconciles an event from its reports.
/// Pure: no database, no state; the stores call it with the candidates their indexed query found.
/// The rules are ACLED's practice for de-duplicating reports of one incident (one event, many sources).
public sealed class EventMatcher
{
    /// The widest radius a point-located report can merge over (geo precision 2); precision 3 compares regions.
    public const double MaxRadiusKm = 50;

    public static EventMatcher CreateDefault() => new();

    /// True when the report (an event record) can be the same real-world event as the stored one.
    public bool Matches(StoredEvent existing, ConflictEvent report) => Score(existing, report) is not null;

    /// How close a matching stored event is to the report (lower is closer); null when it cannot be the same event.
    public double? Score(StoredEvent existing, ConflictEvent report)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Kind != RecordKind.Event || report.EventType is null) return null;
        if (existing.Date is not { } storedDate || report.Date is not { } date) return null;
        if (existing.Location is not { } storedPlace || report.Location is not { } place) return null;

        if (!TypesCompatible(existing, report)) return null;
        if (!DatesCompatible(storedDate, existing.TimePrecision, date, report.TimePrecision)) return null;
        var km = GreatCircle.Kilometres(storedPlace.Latitude, storedPlace.Longitude, place.Latitude, place.Longitude);
        if (!PlacesCompatible(storedPlace, place, km)) return null;
        if (ActorsConflict(Actors(existing.Actor1, existing.Actor2), Actors(report.Actor1, report.Actor2))) return null;

        var days = Math.Abs(storedDate.DayNumber - date.DayNumber);
        var sameSubType = string.Equals(existing.SubEventType, report.SubEventType, StringComparison.OrdinalIgnoreCase);
        return days + (km / 10) + (sameSubType ? 0 : 5);
    }

    /// The dates a stored event must fall in to be a candidate for this report: wide enough for every precision
    /// (a day either side, a week either side, the same month).
    public (DateOnly From, DateOnly To) DateWindow(DateOnly date)
    {
        var monthStart = new DateOnly(date.Year, date.Month, 1);
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var from = Min(date.AddDays(-7), monthStart);
        var to = Max(date.AddDays(7), monthEnd);
        return (from, to);
    }

    /// The lat/lon box a stored point-located event must fall in to be a candidate (MaxRadiusKm around the place).
    public BoundingBox CandidateBox(double latitude, double longitude)
    {
        var dLat = MaxRadiusKm / 111.0 * 1.05;
        var cos = Math.Max(Math.Cos(latitude * Math.PI / 180), 0.01);
        var dLon = Math.Min(MaxRadiusKm / (111.0 * cos) * 1.05, 180);
        return new BoundingBox(
            Math.Max(longitude - dLon, -180), Math.Max(latitude - dLat, -90),
            Math.Min(longitude + dLon, 180), Math.Min(latitude + dLat, 90));
    }

    /// The merged event of these reports (at least one, all event records), in the order they were stored.
    public StoredEvent Reconcile(string eventId, IReadOnlyList<StoredReport> reports, MergePolicy policy)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0) throw new ArgumentException("an event needs at least one report", nameof(reports));
        var records = reports.Select(r => r.Record).ToList();
        if (records.Any(r => r.Kind != RecordKind.Event || r.EventType is null))
            throw new ArgumentException("only event records merge into events; statistics stay apart", nameof(reports));

        // The sub-type most reports agree on; a tie goes to the most confident coding.
        var subTypeReport = records
            .GroupBy(r => r.SubEventType ?? "", StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Key.Length > 0)
            .ThenByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(r => r.Confidence))
            .First()
            .OrderByDescending(r => r.Confidence)
            .First();

        var dated = records.Where(r => r.Date is not null)
            .OrderBy(r => r.TimePrecision).ThenBy(r => r.Date).FirstOrDefault();
        var location = records.Select(r => r.Location).OfType<EventLocation>()
            .GroupBy(l => (l.GeonameId, l.Name))
            .OrderBy(g => g.Min(l => l.GeoPrecision))
            .ThenByDescending(g => g.Count())
            .Select(g => g.OrderBy(l => l.GeoPrecision).First())
            .FirstOrDefault();

        // "Latest" means the latest publication; reports of one day keep the order they were stored in.
        var chronological = reports
            .Select((r, i) => (r, i))
            .OrderBy(x => x.r.Published ?? DateOnly.MinValue).ThenBy(x => x.i)
            .Select(x => x.r.Record)
            .ToList();

        var sources = reports.Select(SourceName).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        var published = reports.Select(r => r.Published).OfType<DateOnly>().ToList();

        return new StoredEvent(
            EventId: eventId,
            EventType: subTypeReport.EventType!,
            SubEventType: subTypeReport.SubEventType,
            Actor1: MostReported(records.Select(r => r.Actor1)),
            Actor2: MostReported(records.Select(r => r.Actor2)),
            Location: location,
            Date: dated?.Date,
            TimePrecision: dated?.TimePrecision ?? records.Min(r => r.TimePrecision),
            Fatalities: Reconcile(chronological.Select(r => r.Fatalities), policy),
            Injuries: Reconcile(chronological.Select(r => r.Injuries), policy),
            TemporalStatus: records.Any(r => r.TemporalStatus == TemporalStatus.Current) ? TemporalStatus.Current : TemporalStatus.Historical,
            SourceCount: sources.Length,
            Sources: sources,
            Notes: reports[0].Notes,
            FirstSeen: published.Count == 0 ? null : published.Min(),
            LastSeen: published.Count == 0 ? null : published.Max(),
            Reports: [.. reports]);
    }

    /// Low is the lowest report, high the highest; best the lowest best (conservative) or the latest report's.
    static Casualties? Reconcile(IEnumerable<Casualties?> chronological, MergePolicy policy)
    {
        var figures = chronological.OfType<Casualties>().ToList();
        if (figures.Count == 0) return null;
        var low = figures.Min(f => f.Low);
        var high = figures.Max(f => f.High);
        var best = policy == MergePolicy.Latest ? figures[^1].Best : figures.Min(f => f.Best);
        return new Casualties(low, Math.Clamp(best, low, high), high);
    }

    /// The outlet an article came from: its source, else its url's host, else the article itself.
    static string SourceName(StoredReport report)
    {
        if (!string.IsNullOrWhiteSpace(report.Source)) return report.Source.Trim();
        if (Uri.TryCreate(report.Url, UriKind.Absolute, out var uri)) return uri.Host;
        return "article " + report.Record.ArticleId;
    }

    static EventActor? MostReported(IEnumerable<EventActor?> actors) => actors.OfType<EventActor>()
        .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
        .OrderBy(g => IsUnidentified(g.First()) ? 1 : 0)
        .ThenByDescending(g => g.Count())
        .Select(g => g.First())
        .FirstOrDefault();

    enum Family { Violence, Unrest, Strategic, Other }

    static readonly string[] ViolenceTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians"];
    static readonly string[] UnrestTypes = ["Protests", "Riots"];

    /// The event types a report of this type may merge with (ACLED's spelling), so the store can filter in SQL.
    public IReadOnlyList<string> CompatibleTypes(string eventType) => FamilyOf(eventType) switch
    {
        Family.Violence => ViolenceTypes,
        Family.Unrest => UnrestTypes,
        _ => [eventType],
    };

    static Family FamilyOf(string? eventType) => eventType?.ToUpperInvariant() switch
    {
        "BATTLES" or "EXPLOSIONS/REMOTE VIOLENCE" or "VIOLENCE AGAINST CIVILIANS" => Family.Violence,
        "PROTESTS" or "RIOTS" => Family.Unrest,
        "STRATEGIC DEVELOPMENTS" => Family.Strategic,
        _ => Family.Other,
    };

    static bool TypesCompatible(StoredEvent existing, ConflictEvent report)
    {
        var sameType = string.Equals(existing.EventType, report.EventType, StringComparison.OrdinalIgnoreCase);
        var family = FamilyOf(report.EventType);
        if (family != FamilyOf(existing.EventType)) return false;
        return family switch
        {
            // A strategic development is only the same one when it is the same kind of development.
            Family.Strategic => string.Equals(existing.SubEventType, report.SubEventType, StringComparison.OrdinalIgnoreCase),
            // One attack is often coded a battle by one outlet and a bombing by another: the actors must agree.
            Family.Violence => sameType || ActorsAgree(Actors(existing.Actor1, existing.Actor2), Actors(report.Actor1, report.Actor2)),
            Family.Unrest => true,
            _ => sameType,
        };
    }

    /// Day precision: within a day; week: within 7 days; month: the same month. The coarser report decides.
    static bool DatesCompatible(DateOnly a, int precisionA, DateOnly b, int precisionB)
    {
        var precision = Math.Max(precisionA, precisionB);
        var days = Math.Abs(a.DayNumber - b.DayNumber);
        return precision switch
        {
            <= 1 => days <= 1,
            2 => days <= 7,
            _ => a.Year == b.Year && a.Month == b.Month,
        };
    }

    /// Geo precision 1: within 10 km; 2: within 50 km; 3: the same admin1 (or country when admin1 is unknown).
    static bool PlacesCompatible(EventLocation a, EventLocation b, double km)
    {
        var precision = Math.Max(a.GeoPrecision, b.GeoPrecision);
        return precision switch
        {
            <= 1 => km <= 10,
            2 => km <= MaxRadiusKm,
            _ => string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase)
                && (a.Admin1 is null || b.Admin1 is null || string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase)),
        };
    }

    static IReadOnlyList<EventActor> Actors(EventActor? a, EventActor? b) => new[] { a, b }.OfType<EventActor>().ToList();

    static bool IsUnidentified(EventActor actor) => actor.Name.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase);

    static bool IsNamedArmedGroup(EventActor actor) =>
        actor.Kind is ActorKind.RebelGroup or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia && !IsUnidentified(actor);

    static bool IsStateForce(EventActor actor) => actor.Kind is ActorKind.StateForces or ActorKind.ExternalForces;

    /// Two named armed groups with nothing in common, or the forces of different states, mean different events.
    static bool ActorsConflict(IReadOnlyList<EventActor> a, IReadOnlyList<EventActor> b)
    {
        static bool Disjoint(IEnumerable<string> x, IEnumerable<string> y)
        {
            var left = x.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var right = y.ToList();
            return left.Count > 0 && right.Count > 0 && !right.Any(left.Contains);
        }

        return Disjoint(a.Where(IsNamedArmedGroup).Select(x => x.Name), b.Where(IsNamedArmedGroup).Select(x => x.Name))
            || Disjoint(a.Where(IsStateForce).Select(x => x.Country ?? x.Name), b.Where(IsStateForce).Select(x => x.Country ?? x.Name));
    }

    /// Some actor other than the civilians on the receiving end is named in both.
    static bool ActorsAgree(IReadOnlyList<EventActor> a, IReadOnlyList<EventActor> b) =>
        a.Where(x => x.Kind != ActorKind.Civilians)
            .Any(x => b.Any(y => y.Kind != ActorKind.Civilians && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase)));

    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
