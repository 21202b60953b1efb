using Sitrep.Core.Entities;
using Sitrep.Core.Geo;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// What each coded field rests on, scored. The bands are deliberately few and far apart: a score says which kind of
/// evidence stood behind the field, and the evaluation measures how often each kind is right.
static class FieldConfidenceRules
{
    /// A trigger's strength runs from 2 (a word that only suggests violence) to 9 (a weapon or act named outright);
    /// a record built from casualty words alone ("two were killed") has the weakest sub-type.
    public static double EventType(int strength, bool onlyCasualties) =>
        onlyCasualties ? 0.4 : Round(Math.Clamp(0.45 + (0.05 * strength), 0.5, 0.9));

    /// A group named from the actor dictionary, a description ("gunmen", "protesters"), or an actor the codebook
    /// implies without the text naming it (the crowd of a protest, the police that intervened).
    public static double? Actor(ActorMention? actor)
    {
        if (actor is null) return null;
        if (actor.Text.Length == 0) return 0.5;
        return actor.IsUnidentified ? 0.6 : actor.CountryFromContext ? 0.75 : 0.85;
    }

    /// A place named in the incident's own sentences scores by how sure the resolver was of its sense; the article's
    /// focus place standing in for an unnamed one, a country, or a place only near the event score low.
    public static double? Location(PlaceMention? place, bool ownPlace, bool near)
    {
        if (place?.Place is null) return null;
        if (!ownPlace) return 0.35;
        if (place.IsAdjectival || place.Place.Level <= PlaceLevel.Country) return 0.3;
        var score = 0.45 + (0.45 * Math.Clamp(place.Score, 0, 1));
        return Round(near ? score - 0.1 : score);
    }

    /// A date written out with digits, a relative one resolved against publication ("on Monday", "yesterday"), one
    /// carried over from the narrative of earlier clauses, or none at all (the day before publication, a guess).
    public static double Date(TimeMention? time, bool ownClause, bool hasDate)
    {
        if (!hasDate) return 0;
        if (time is null) return 0.3;
        if (!ownClause) return 0.55;
        return time.Text.Any(char.IsDigit) ? 0.9 : time.Granularity == TimeGranularity.Day ? 0.8 : 0.6;
    }

    /// An exact figure ("42 people") against a vague one ("dozens", "hundreds": a range the coder has to pick from).
    public static double? Figures(Casualties? count)
    {
        if (count is null) return null;
        if (count.Low == count.High) return 0.85;
        return count.High <= 2 * Math.Max(count.Low, 1) ? 0.7 : 0.5;
    }

    static double Round(double value) => Math.Round(value, 2);
}
