using Sitrep.Core.Entities;
using Sitrep.Core.Geo;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// An event being assembled from the clauses of one article that report it. Mutable on purpose and
/// private to the coder: what leaves the stage is the immutable ConflictEvent.
internal sealed class EventDraft
{
    public required SubEventType SubType { get; set; }
    public required int Strength { get; set; }
    public required TextSpan TriggerSpan { get; set; }
    public bool IsStatistic { get; init; }
    public bool OnlyCasualties { get; set; }
    /// Told as a death from earlier injuries ("succumbed to his injuries"): the act told next may be its cause.
    public bool DiedOfInjuries { get; init; }
    public TemporalStatus Status { get; set; }
    public TimeMention? Time { get; set; }
    public PlaceMention? Place { get; set; }
    public bool Near { get; set; }
    public ActorMention? Actor1 { get; set; }
    public ActorMention? Actor2 { get; set; }
    public Casualties? Fatalities { get; set; }
    public TextSpan? FatalitiesSpan { get; set; }
    public Casualties? Injuries { get; set; }
    public TextSpan? InjuriesSpan { get; set; }
    public bool Intervention { get; set; }
    public bool Crowd { get; set; }
    public bool HarmsPeople { get; set; }
    public bool Firearms { get; set; }
    public bool ArmedTarget { get; set; }
    public bool LethalForce { get; set; }
    public bool ProtestTold { get; set; }
    public bool Demonstration { get; set; }
    public bool Combatants { get; set; }
    public bool WeaponsFound { get; set; }
    public bool Blast { get; set; }
    public bool CrowdWeapon { get; set; }
    public bool TwoSided { get; set; }
    public bool Unopposed { get; set; }
    public bool PoliceHurt { get; set; }
    public bool Shooting { get; set; }
    public bool Blade { get; set; }
    public bool SmallArms { get; set; }
    public bool ExcessiveForce { get; set; }
    public int LastSentence { get; set; }
    public List<Sentence> Sentences { get; } = [];
    public List<TextSpan> Triggers { get; } = [];
    public List<SourceCitation> Citations { get; } = [];

    /// Anyone counted killed or hurt: a toll that cannot be shared out among places or days, and that names victims.
    public bool HasToll => Fatalities?.Best > 0 || Injuries?.Best > 0;

    /// 0 for the draft as read; n for its copy at the n-th other place of a list ("in X, Y and Z").
    public int ListIndex { get; private set; }

    /// The same event at another place of the list the text names it at: one event a place, as ACLED codes them.
    public EventDraft AtListedPlace(PlaceMention place, int index)
    {
        var copy = (EventDraft)MemberwiseClone();
        copy.Place = place;
        copy.Near = false;
        copy.ListIndex = index;
        return copy;
    }

    /// The days of a list the event's date belongs to ("on 25 and 26 January"), in date order; empty for a lone date.
    public IReadOnlyList<TimeMention> ListedDays { get; set; } = [];

    /// 0 for the draft as read, or for its copy on the first day of a range or list; n for its copy on the n-th
    /// further day ("from 14 to 16 July", "on 25 and 26 January").
    public int DayIndex { get; private set; }

    /// The same event on one day of the range it was told over: ACLED codes an event a day.
    public EventDraft OnDay(TimeMention day, int index)
    {
        var copy = (EventDraft)MemberwiseClone();
        copy.Time = day;
        copy.DayIndex = index;
        return copy;
    }

    /// Several reports of one figure are one figure: keep the largest, never add them up -- unless the new figure is
    /// told as more victims besides ("six militants were also killed"), which adds.
    public void AddFigure(CasualtyFigure figure)
    {
        if (figure.Kind == CasualtyKind.Death)
        {
            if (Fatalities is not null && figure.Adds) (Fatalities, FatalitiesSpan) = (Fatalities.Plus(figure.Count), FatalitiesSpan!.Value.Cover(figure.Span));
            else if (Fatalities is null || figure.Count.Best > Fatalities.Best) (Fatalities, FatalitiesSpan) = (figure.Count, figure.Span);
        }
        else if (Injuries is not null && figure.Adds)
        {
            (Injuries, InjuriesSpan) = (Injuries.Plus(figure.Count), InjuriesSpan!.Value.Cover(figure.Span));
        }
        else if (Injuries is null || figure.Count.Best > Injuries.Best)
        {
            (Injuries, InjuriesSpan) = (figure.Count, figure.Span);
        }
    }
}
