using System.Collections.Immutable;
using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Store;

/// Coded articles built by hand, as the pipeline would return them: the store is tested without the pipeline.
static class StoreSamples
{
    public static readonly EventLocation Kunduz = new("Kunduz", "Kunduz", "AF", 36.728, 68.857, 1135689, 1);
    // About 4 km from Kunduz's centre: the same town as another outlet placed it.
    public static readonly EventLocation KunduzAirport = new("Kunduz Airport", "Kunduz", "AF", 36.665, 68.911, 7730002, 1);
    public static readonly EventLocation KunduzProvince = new("Kunduz", "Kunduz", "AF", 36.8, 68.7, 1135688, 3);
    public static readonly EventLocation Kabul = new("Kabul", "Kabul", "AF", 34.5553, 69.2075, 1138958, 1);
    public static readonly EventLocation Maiduguri = new("Maiduguri", "Borno", "NG", 11.8464, 13.1571, 2331447, 1);
    public static readonly EventLocation Aleppo = new("Aleppo", "Aleppo", "SY", 36.2021, 37.1343, 170063, 1);

    public static readonly EventActor Taliban = new("Taliban", ActorKind.RebelGroup, 2, "AF");
    public static readonly EventActor Iskp = new("Islamic State (Afghanistan)", ActorKind.RebelGroup, 2, "AF");
    public static readonly EventActor AfghanArmy = new("Military Forces of Afghanistan (2014-2021)", ActorKind.StateForces, 1, "AF");
    public static readonly EventActor BokoHaram = new("Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad", ActorKind.RebelGroup, 2, "NG");
    public static readonly EventActor AfghanCivilians = new("Civilians (Afghanistan)", ActorKind.Civilians, 7, "AF");
    public static readonly EventActor Protesters = new("Protesters (Syria)", ActorKind.Protesters, 6, "SY");

    public static readonly DateOnly Day = new(2016, 10, 3);

    /// One article with one record per given draft; each record's sentence is the article's i-th line.
    public static ArticleResult Article(string id, DateOnly? published, string? source, string? url, params Draft[] drafts)
    {
        var lines = drafts.Select((d, i) => d.Sentence ?? $"Report {i + 1} of article {id}: {d.SubType} in {d.Place?.Name}.").ToList();
        var text = string.Join("\n", lines);
        var records = ImmutableArray.CreateBuilder<ConflictEvent>();
        var at = 0;
        for (var i = 0; i < drafts.Length; i++)
        {
            var d = drafts[i];
            var sentence = new TextSpan(at, at + lines[i].Length);
            at = sentence.End + 1;
            var firstWord = new TextSpan(sentence.Start, sentence.Start + lines[i].TakeWhile(c => c != ' ').Count());
            records.Add(new ConflictEvent(
                EventId: $"ev_{id}_{i}",
                ArticleId: id,
                Kind: d.Kind,
                EventType: d.Kind == RecordKind.Statistic ? null : d.Type,
                SubEventType: d.Kind == RecordKind.Statistic ? null : d.SubType,
                Actor1: d.Actor1,
                Actor2: d.Actor2,
                Location: d.Place,
                Date: d.Date,
                TimePrecision: d.TimePrecision,
                Fatalities: d.Fatalities,
                Injuries: d.Injuries,
                TemporalStatus: d.Status,
                Source: null,
                Confidence: 0.8,
                Sentences: [sentence],
                Evidence: [new Evidence("event_type", firstWord, firstWord.Of(text)), new Evidence("location", sentence, sentence.Of(text))]));
        }
        return new ArticleResult(new Article(id, text, published, source, url), published, PublishedSource.Input, records.ToImmutable());
    }

    public static ArticleResult Article(string id, string? source, params Draft[] drafts) => Article(id, Day, source, null, drafts);
}
