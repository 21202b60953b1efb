using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Store;

/// What a test says about one record; the rest is filled in plausibly.
public sealed record Draft
{
    public string Type { get; init; } = "Battles";
    public string SubType { get; init; } = "Armed clash";
    public RecordKind Kind { get; init; } = RecordKind.Event;
    public EventActor? Actor1 { get; init; } = StoreSamples.Taliban;
    public EventActor? Actor2 { get; init; } = StoreSamples.AfghanArmy;
    public EventLocation? Place { get; init; } = StoreSamples.Kunduz;
    public DateOnly? Date { get; init; } = StoreSamples.Day;
    public int TimePrecision { get; init; } = 1;
    public Casualties? Fatalities { get; init; }
    public Casualties? Injuries { get; init; }
    public TemporalStatus Status { get; init; } = TemporalStatus.Current;
    public string? Sentence { get; init; }

    public static Draft Clash => new();

    public static Draft Bombing => new()
    {
        Type = "Explosions/Remote violence", SubType = "Remote explosive/landmine/IED", Actor1 = StoreSamples.Iskp, Actor2 = StoreSamples.AfghanCivilians,
    };

    public static Draft Protest => new()
    {
        Type = "Protests", SubType = "Peaceful protest", Actor1 = StoreSamples.Protesters, Actor2 = null, Place = StoreSamples.Aleppo,
    };

    public static Draft Statistic => new() { Kind = RecordKind.Statistic, Actor1 = null, Actor2 = null };
}
