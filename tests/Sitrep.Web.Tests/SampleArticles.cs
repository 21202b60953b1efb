using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Web.Tests;

/// Coded articles written for these tests (not taken from any corpus): each event's evidence is found in the
/// text by its phrase, so spans are real substrings. Shared with the browser test's seed tool.
public static class SampleArticles
{
    public static readonly SamplePlace Kunduz = new("Kunduz", "Kunduz", "AF", 36.72896, 68.85703);
    public static readonly SamplePlace LashkarGah = new("Lashkar Gah", "Helmand", "AF", 31.59382, 64.37161);
    public static readonly SamplePlace Kabul = new("Kabul", "Kabul", "AF", 34.52813, 69.17233);
    public static readonly SamplePlace Aleppo = new("Aleppo", "Aleppo", "SY", 36.20124, 37.16117);
    public static readonly SamplePlace Idlib = new("Idlib", "Idlib", "SY", 35.93062, 36.63393);
    public static readonly SamplePlace Maiduguri = new("Maiduguri", "Borno", "NG", 11.84692, 13.15712);
    public static readonly SamplePlace Mogadishu = new("Mogadishu", "Banaadir", "SO", 2.03711, 45.34375);
    public static readonly SamplePlace Taiz = new("Taiz", "Taiz", "YE", 13.57952, 44.02091);
    public static readonly SamplePlace Donetsk = new("Donetsk", "Donetsk", "UA", 48.023, 37.80224);
    public static readonly SamplePlace Quetta = new("Quetta", "Balochistan", "PK", 30.18414, 67.00141);

    /// The fixed set the API tests assert on: eight events in six countries, one reported twice, one historical.
    public static ImmutableArray<ArticleResult> Core() =>
    [
        Article("kunduz-1", "Taliban fighters attacked Kunduz on Monday and clashed with Afghan security forces near the city centre. "
            + "At least 12 people were killed and 30 wounded, a provincial spokesman told the Northern Wire.",
            "2016-10-03", "Northern Wire", "https://example.org/northern/kunduz-1",
            Event("kunduz-1#1", "Battles", "Armed clash", Kunduz, "2016-10-03", 1,
                Actor("Taliban", ActorKind.RebelGroup, 2, "AF"), Actor("Military Forces of Afghanistan", ActorKind.StateForces, 1, "AF"),
                deaths: 12, injured: 30,
                ("event_type", "clashed"), ("actor1", "Taliban fighters"), ("actor2", "Afghan security forces"),
                ("location", "Kunduz"), ("date", "Monday"), ("fatalities", "12 people were killed"), ("injuries", "30 wounded"),
                ("source", "provincial spokesman"))),
        Article("kunduz-2", "Fighting continued in Kunduz after the Taliban assault on Monday. Hospital staff said 15 people had died "
            + "in the clashes with government troops.",
            "2016-10-04", "Central Daily", "https://example.org/central/kunduz-2",
            Event("kunduz-2#1", "Battles", "Armed clash", Kunduz, "2016-10-03", 1,
                Actor("Taliban", ActorKind.RebelGroup, 2, "AF"), Actor("Military Forces of Afghanistan", ActorKind.StateForces, 1, "AF"),
                deaths: 15, injured: null,
                ("event_type", "clashes"), ("actor1", "Taliban"), ("actor2", "government troops"), ("location", "Kunduz"),
                ("date", "Monday"), ("fatalities", "15 people had died"), ("source", "Hospital staff"))),
        Article("aleppo-1", "Air strikes hit a market in eastern Aleppo on Tuesday, killing 30 civilians and injuring more than 50, "
            + "rescue workers said.",
            "2016-09-21", "Levant Monitor", "https://example.org/levant/aleppo-1",
            Event("aleppo-1#1", "Explosions/Remote violence", "Air/drone strike", Aleppo, "2016-09-20", 1,
                Actor("Military Forces of Syria", ActorKind.StateForces, 1, "SY"), Actor("Civilians (Syria)", ActorKind.Civilians, 7, "SY"),
                deaths: 30, injured: 50,
                ("event_type", "Air strikes"), ("actor2", "civilians"), ("location", "eastern Aleppo"), ("date", "Tuesday"),
                ("fatalities", "killing 30 civilians"), ("injuries", "injuring more than 50"), ("source", "rescue workers"))),
        Article("borno-1", "Boko Haram gunmen raided a village outside Maiduguri late on Sunday, killing nine farmers, residents said.",
            "2016-08-16", "Sahel Post", null,
            Event("borno-1#1", "Violence against civilians", "Attack", Maiduguri, "2016-08-14", 1,
                Actor("Boko Haram", ActorKind.RebelGroup, 2, "NG"), Actor("Civilians (Nigeria)", ActorKind.Civilians, 7, "NG"),
                deaths: 9, injured: null,
                ("event_type", "raided"), ("actor1", "Boko Haram gunmen"), ("actor2", "farmers"), ("location", "Maiduguri"),
                ("date", "Sunday"), ("fatalities", "killing nine farmers"), ("source", "residents"))),
        Article("mogadishu-1", "A car bomb exploded outside a hotel in Mogadishu on Saturday, killing 13 people. Al Shabaab said it carried out the attack.",
            "2016-07-31", "Horn Today", "https://example.org/horn/mogadishu-1",
            Event("mogadishu-1#1", "Explosions/Remote violence", "Suicide bomb", Mogadishu, "2016-07-30", 1,
                Actor("Al Shabaab", ActorKind.RebelGroup, 2, "SO"), null,
                deaths: 13, injured: null,
                ("event_type", "car bomb exploded"), ("actor1", "Al Shabaab"), ("location", "Mogadishu"), ("date", "Saturday"),
                ("fatalities", "killing 13 people"))),
        Article("taiz-1", "Houthi forces and pro-government fighters fought for control of hills east of Taiz last week; seven fighters died.",
            "2016-06-13", "Gulf Ledger", "https://example.org/gulf/taiz-1",
            Event("taiz-1#1", "Battles", "Armed clash", Taiz, "2016-06-06", 2,
                Actor("Houthi Movement", ActorKind.RebelGroup, 2, "YE"), Actor("Military Forces of Yemen", ActorKind.StateForces, 1, "YE"),
                deaths: 7, injured: null,
                ("event_type", "fought"), ("actor1", "Houthi forces"), ("actor2", "pro-government fighters"), ("location", "Taiz"),
                ("date", "last week"), ("fatalities", "seven fighters died"))),
        Article("quetta-1", "Hundreds of lawyers marched peacefully through Quetta on Thursday to demand better security.",
            "2016-09-02", "Frontier News", "https://example.org/frontier/quetta-1",
            Event("quetta-1#1", "Protests", "Peaceful protest", Quetta, "2016-09-01", 1,
                Actor("Protesters (Pakistan)", ActorKind.Protesters, 6, "PK"), null,
                deaths: 0, injured: null,
                ("event_type", "marched peacefully"), ("actor1", "lawyers"), ("location", "Quetta"), ("date", "Thursday"))),
        Article("kunduz-history", "The city had already fallen to the Taliban in September 2015, when insurgents held Kunduz for two weeks.",
            "2016-10-05", "Northern Wire", "https://example.org/northern/kunduz-history",
            Event("kunduz-history#1", "Strategic developments", "Non-violent transfer of territory", Kunduz, "2015-09-28", 3,
                Actor("Taliban", ActorKind.RebelGroup, 2, "AF"), null,
                deaths: null, injured: null,
                ("event_type", "fallen to"), ("actor1", "Taliban"), ("location", "Kunduz"), ("date", "September 2015")) with
            { TemporalStatus = TemporalStatus.Historical }),
    ];

    static readonly SamplePlace[] BulkPlaces = [Kunduz, LashkarGah, Kabul, Aleppo, Idlib, Maiduguri, Mogadishu, Taiz, Donetsk, Quetta];

    static readonly (string Type, string SubType, string Verb)[] BulkKinds =
    [
        ("Battles", "Armed clash", "clashed with"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelled positions held by"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "set off a roadside bomb against"),
        ("Violence against civilians", "Attack", "attacked"),
    ];

    static readonly (string Name, ActorKind Kind, int Inter)[] BulkActors =
    [
        ("Armed group", ActorKind.RebelGroup, 2),
        ("Local militia", ActorKind.IdentityMilitia, 4),
        ("Security forces", ActorKind.StateForces, 1),
    ];

    /// A denser, deterministic set for the dashboard (clusters, a timeline of several months): the Core articles
    /// plus `count` generated reports scattered around the sample places between January and October 2016.
    public static ImmutableArray<ArticleResult> Bulk(int count)
    {
        var random = new Random(20161003);
        var results = Core().ToBuilder();
        for (var i = 0; i < count; i++)
        {
            var place = BulkPlaces[random.Next(BulkPlaces.Length)];
            var (type, subType, verb) = BulkKinds[random.Next(BulkKinds.Length)];
            var a1 = BulkActors[random.Next(2)];
            var a2 = BulkActors[2];
            var date = new DateOnly(2016, 1, 4).AddDays(random.Next(270));
            var deaths = random.Next(10) < 3 ? 0 : (int)Math.Round(Math.Pow(random.NextDouble(), 3) * 40) + 1;
            var spot = place with
            {
                Name = $"{place.Name} district {i % 7 + 1}",
                Latitude = Math.Round(place.Latitude + ((random.NextDouble() - 0.5) * 1.6), 4),
                Longitude = Math.Round(place.Longitude + ((random.NextDouble() - 0.5) * 1.6), 4),
            };
            var day = date.ToString("d MMMM", CultureInfo.InvariantCulture);
            var text = $"{a1.Name} fighters {verb} {a2.Name.ToLowerInvariant()} in {spot.Name} on {day}. "
                + $"Officials said {deaths} people were killed.";
            var id = $"bulk-{i:D4}";
            results.Add(Article(id, text, date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"Wire {i % 5 + 1}", null,
                Event($"{id}#1", type, subType, spot, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 1,
                    Actor(a1.Name, a1.Kind, a1.Inter, place.Country), Actor(a2.Name, a2.Kind, a2.Inter, place.Country),
                    deaths: deaths, injured: null,
                    ("event_type", verb), ("actor1", $"{a1.Name} fighters"), ("actor2", a2.Name.ToLowerInvariant()),
                    ("location", spot.Name), ("date", day), ("fatalities", $"{deaths} people were killed"), ("source", "Officials"))));
        }
        return results.ToImmutable();
    }

    static EventActor Actor(string name, ActorKind kind, int inter, string? country) => new(name, kind, inter, country);

    /// An event whose evidence phrases are located in the text when the article is built (see Article).
    static PendingEvent Event(string id, string type, string subType, SamplePlace place, string date, int precision,
        EventActor? actor1, EventActor? actor2, int? deaths, int? injured, params (string Field, string Phrase)[] evidence) =>
        new(id, type, subType, place, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), precision,
            actor1, actor2, deaths, injured, evidence);

    static ArticleResult Article(string id, string text, string published, string source, string? url, params PendingEvent[] events)
    {
        var date = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var article = new Article(id, text, date, source, url);
        return new ArticleResult(article, date, PublishedSource.Input, [.. events.Select(e => e.Code(article))]);
    }

    sealed record PendingEvent(string Id, string Type, string SubType, SamplePlace Place, DateOnly Date, int Precision,
        EventActor? Actor1, EventActor? Actor2, int? Deaths, int? Injured, (string Field, string Phrase)[] Phrases)
    {
        public TemporalStatus TemporalStatus { get; init; } = TemporalStatus.Current;

        public ConflictEvent Code(Article article)
        {
            var evidence = Phrases.Select(p =>
            {
                var start = article.Text.IndexOf(p.Phrase, StringComparison.Ordinal);
                if (start < 0) throw new InvalidOperationException($"{Id}: \"{p.Phrase}\" is not in the text");
                var span = new TextSpan(start, start + p.Phrase.Length);
                return new Evidence(p.Field, span, span.Of(article.Text));
            }).ToImmutableArray();
            var sentence = new TextSpan(0, article.Text.Length);
            var location = new EventLocation(Place.Name, Place.Admin1, Place.Country, Place.Latitude, Place.Longitude, null, 1);
            return new ConflictEvent(Id, article.Id, RecordKind.Event, Type, SubType, Actor1, Actor2, location, Date, Precision,
                Deaths is { } d ? Casualties.Exactly(d) : null, Injured is { } n ? Casualties.Exactly(n) : null,
                TemporalStatus, article.Source, 0.8, [sentence], evidence);
        }
    }
}
