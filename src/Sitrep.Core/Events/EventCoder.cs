using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Entities;
using Sitrep.Core.Geo;
using Sitrep.Core.Numbers;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// Codes the events of one article from what the earlier stages found, clause by clause:
/// a trigger names the sub-type, the clause's own date (or the narrative's) says whether it is news or
/// background, the nearest place and actors fill the roles, and clauses that report the same incident
/// (same status, compatible date and place, same event type, or a bare casualty report following an act)
/// merge into one event. Tallies over a period come out as statistics, not events.
public sealed partial class EventCoder
{
    /// A past event is background when it ended this long before the publication date.
    const int HistoricalAfterDays = 14;

    /// A bare casualty report ("290 people were killed") joins an act told this many sentences before it.
    const int CasualtyReach = 3;

    /// Days between an undated incident and the report of it, by the convention of daily news.
    const int ReportLagDays = 1;

    readonly EventLexicon _lexicon;
    readonly CasualtyReader _casualties;
    readonly ActorRecognizer _actors;
    readonly Gazetteer _gazetteer;

    /// The actor recognizer names actors whose country only the event's place tells ("Police Forces of X"); the
    /// gazetteer gives the district seats and capitals ACLED codes area-level events at.
    public EventCoder(EventLexicon lexicon, CasualtyReader casualties, ActorRecognizer actors, Gazetteer gazetteer)
    {
        _lexicon = lexicon;
        _casualties = casualties;
        _actors = actors;
        _gazetteer = gazetteer;
    }

    public static EventCoder CreateDefault() =>
        new(EventLexicon.CreateDefault(), CasualtyReader.CreateDefault(), ActorRecognizer.CreateDefault(), Gazetteer.LoadDefault());

    public ImmutableArray<ConflictEvent> Code(AnnotatedArticle article)
    {
        var drafts = new List<EventDraft>();
        var where = new ArticlePlaces(ArticleCountry(article), ArticleFocus(article));
        TimeMention? narrative = null;
        // Sentences that told a disaster or an accident, so that its toll told next is not taken for an attack.
        var disasters = new HashSet<int>();
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var sentence = article.Sentences[s];
            foreach (var clause in Clauses(article.SentenceTokens[s]))
            {
                var span = clause[0].Span.Cover(clause[^1].Span);
                // A date after publication is a plan or a deadline ("polls scheduled on 31 January", "the budget for
                // next year"), never the day a reported incident happened, nor the narrative's time.
                // A clock time with no day ("at 9:30 pm") says when in a day, not which: the incident stays undated.
                // A dateline's date is the day the report was filed, not the day of what it tells.
                var ownTime = article.Times.Where(t => span.Contains(t.Span) && IsDate(t) && !t.ClockOnly && !t.IsDateline && !(t.Start > article.Published)).ToList();
                var aboutOther = new List<TimeMention>();
                CodeClause(article, where, sentence, clause, span, ownTime, narrative, drafts, disasters, aboutOther);
                // A date the clause gave to what an event is about (a grievance, an older event, the onset of a
                // strike) is not the narrative's time: "protested against the attack in January. Over 300 observed
                // a sit-in" does not date the sit-in to January.
                var narrated = ownTime.Where(t => !aboutOther.Contains(t)).ToList();
                if (narrated.Count > 0) narrative = narrated[^1];
            }
        }
        return [.. drafts.SelectMany(d => OnePerListedPlace(article, d)).SelectMany(OnePerDay).Select(d => Finish(article, where, d))];
    }

    void CodeClause(AnnotatedArticle article, ArticlePlaces where, Sentence sentence, IReadOnlyList<Token> clause, TextSpan span,
        List<TimeMention> ownTime, TimeMention? narrative, List<EventDraft> drafts, HashSet<int> disasters, List<TimeMention> aboutOther)
    {
        var given = ownTime;
        AttributeClaim(article, clause, span, sentence, drafts);
        // A trigger word inside a date or a place name ("March 5", a town called Strike) is not a trigger.
        var triggers = !clause.Any(t => _lexicon.TriggerFirstWords.Contains(t.Key)) ? [] : _lexicon.Triggers.Match(clause).Concat(SplitTriggers(clause)).Concat(Captures(clause)).Concat(WeaponsFound(clause))
            .Where(t => !IsDeferredOrDenied(clause, t) && !IsBackgroundReference(clause, t) && !IsDisputedGround(clause, t) && !IsModifier(clause, t)
                && !article.Times.Any(m => m.Span.Overlaps(t.Span)) && !article.Places.Any(p => p.Span.Overlaps(t.Span))
                // ("a missile test", "its nuclear programme": weapons tested or developed hit nobody.)
                && !CueIn(clause, "weapons_test").Any(c => c.Span.Overlaps(t.Span)))
            .ToList();
        if (triggers.Count == 0)
        {
            // "...; police brought the situation under control": the authorities' answer to the protest just told.
            if (drafts.LastOrDefault() is { } last && IsProtestFamily(last.SubType) && !last.IsStatistic
                && sentence.Index - last.LastSentence <= 1 && HasInterventionCue(clause)) last.Intervention = true;
            // "A gas tank exploded at a chemical plant": an accident told without a trigger word still explains the toll that follows.
            if (HasCue(clause, "non_political")) disasters.Add(sentence.Index);
            return;
        }

        // "Gunmen abducted two engineers, demanding a ransom": a demand told beside an act is what the act wants. Alone,
        // it is a protest only when a crowd makes it ("workers demanded higher wages", not "the minister demanded a report").
        if (triggers.Any(t => t.Value.Role != TriggerRole.Demand)) triggers = [.. triggers.Where(t => t.Value.Role != TriggerRole.Demand)];
        else if (!HasCue(clause, "crowd")) return;

        // "Three militants were killed in a gunfight and two rifles were seized": weapons taken in a fight are part
        // of the battle, not a disrupted weapons use of their own.
        if (triggers.Any(t => t.Value.SubType.Name == "Armed clash" && t.Value.Role == TriggerRole.Act)
            && triggers.Any(t => t.Value.SubType.Name != "Disrupted weapons use"))
            triggers = [.. triggers.Where(t => t.Value.SubType.Name != "Disrupted weapons use")];

        var quantities = article.Quantities.Where(q => span.Contains(q.Span)).ToList();
        var figures = _casualties.Read(clause, quantities);
        if (figures.Count == 0 && HasCue(clause, "none_hurt"))
        {
            figures = [new CasualtyFigure(CasualtyKind.Death, Casualties.Exactly(0), span)];
        }

        // "Residents protested after a girl was raped": when a clause opens with a protest, the violence it names
        // is what the protest is about, so the sub-type comes from the protest and riot words alone.
        var allTriggers = triggers;
        var placeScope = span;
        if (triggers.Where(t => t.Value.Role == TriggerRole.Act).MinBy(t => t.FirstToken)?.Value.SubType.EventType == "Protests")
        {
            // (A clash stays: protesters clashing with police is how a protest turns into a riot.)
            triggers = [.. triggers.Where(t => t.Value.SubType.EventType is "Protests" or "Riots" || t.Value.SubType.Name == "Armed clash")];
            // ...and a date told after that violence is the violence's date, not the protest's.
            var protested = allTriggers.FirstOrDefault(t => !triggers.Contains(t));
            if (protested is not null)
            {
                // ("A human chain was formed on 25 May": a group's change is no violence a protest is about.)
                ownTime = [.. ownTime.Where(t => t.Span.End <= protested.Span.Start || protested.Value.SubType.Name == "Change to group/activity")];
                placeScope = new TextSpan(span.Start, protested.Span.Start);
            }
        }
        // "Demanding the arrest of the killers, residents staged a sit-in": violence named after a grievance word in a
        // clause that reports a protest is what the protest is about, wherever the protest word stands.
        if (triggers.Where(t => t.Value.SubType.EventType == "Protests" && t.Value.Role == TriggerRole.Act).MinBy(t => t.FirstToken) is { } protest)
        {
            var about = CueIn(clause, "grievance");
            // "After a girl was raped on a bus, residents staged a protest": violence told before the protest, after
            // a word of cause, is what the protest is about too.
            var causes = CueIn(clause, "cause");
            bool CauseOfProtest(PhraseMatch<EventTrigger> t) => t.Span.End <= protest.Span.Start && causes.Any(c => c.EndToken <= t.FirstToken);
            var kept = triggers.Where(t => (t.Value.SubType.EventType is "Protests" or "Riots" || t.Value.SubType.Name == "Armed clash")
                    && !IsNamedGrievance(clause, about, t)
                || !about.Any(g => g.EndToken <= t.FirstToken) && !CauseOfProtest(t)).ToList();
            // ...and a date told with that violence, before the protest word, is the violence's ("Outraged by the
            // killings on Tuesday, lawyers protested for the second day").
            if (kept.Count < triggers.Count)
                ownTime = [.. ownTime.Where(time => !(time.Span.End <= protest.Span.Start && about.Concat(causes).Any(g => g.Span.End <= time.Span.Start)))];
            triggers = kept;
        }
        // "Rebels burned a police post in retaliation for the killing of three fighters": what an act avenges is an
        // older event with its own toll, not part of this one.
        var avenging = CueIn(clause, "avenging");
        if (avenging.Count > 0)
        {
            var acts = triggers.Where(t => t.Value.Role == TriggerRole.Act).ToList();
            triggers = [.. triggers.Where(t => !avenging.Any(a => a.EndToken <= t.FirstToken && acts.Any(o => o.Span.End <= a.Span.Start)))];
        }
        // "On strike since Tuesday": the date that starts an ongoing state is not the day being reported.
        // The dead and hurt of the violence a protest is about (or an act avenges) are that violence's toll, not the event's.
        // ("protested against the killing of two lawyers"; but "one protester died as the crowd blocked the line" is theirs.)
        var grievance = allTriggers.Where(t => !triggers.Contains(t)).ToList();
        var grievanceWords = CueIn(clause, "grievance").Concat(avenging).ToList();
        if (grievance.Count > 0)
        {
            figures = [.. figures.Where(f => !grievance.Any(g => g.Span.Overlaps(f.Span) && grievanceWords.Any(a => a.Span.End <= f.Span.Start)))];
        }
        var onsets = CueIn(clause, "onset");
        ownTime = [.. ownTime.Where(t => !onsets.Any(o => o.Span.End <= t.Span.Start && t.Span.Start - o.Span.End <= 1))];
        // "Fifty farmers were arrested for blocking the highway": an arrest told with the protest it ended is the
        // protest, with the authorities' intervention.
        var arrestedProtest = triggers.Any(t => IsProtestFamily(t.Value.SubType)) && triggers.Any(t => t.Value.SubType.Name == "Arrests" && IsArrestMade(clause, t));
        if (arrestedProtest) triggers = [.. triggers.Where(t => t.Value.SubType.Name != "Arrests")];
        var main = triggers.OrderByDescending(t => t.Value.Strength).ThenBy(t => t.FirstToken).First();
        var firstTrigger = triggers.MinBy(t => t.FirstToken)!;
        ownTime = [.. ownTime.Where(t => !IsAboutAnOlderEvent(article, clause, firstTrigger, t))];
        aboutOther.AddRange(given.Where(t => !ownTime.Contains(t)));
        var onlyCasualties = triggers.All(t => t.Value.Role == TriggerRole.Casualty);
        var isStatistic = HasCue(clause, "statistic") && figures.Any(f => f.Count.Best > 0);
        // An incident is dated by the expression nearest its trigger; a tally by the period it covers.
        var time = ownTime.Count == 0 ? null
            : isStatistic ? ownTime.MaxBy(t => t.End!.Value.DayNumber - t.Start!.Value.DayNumber)
            : ownTime.MinBy(t => Math.Abs(t.Span.Start - main.Span.Start) - (IsExplicit(t) ? ExplicitDateBonus : 0)
                + (t.Granularity > TimeGranularity.Month ? CoarseDatePenalty : 0)
                + (ownTime.Count > 1 && InRelativeClauseBefore(clause, t, main) ? RelativeClausePenalty : 0));
        // "Workers protested against the cuts in the 2015 budget": a year that holds the publication day says only
        // that the incident is recent -- the report's usual day (the default below) is nearer than the year's first.
        if (!isStatistic && time is { Granularity: > TimeGranularity.Month } && article.Published is { } today
            && time.Start <= today && today <= time.End) time = null;
        // The clause's other dates tell something beside its event ("a procession at 7 am today, part of the blockade
        // announced on Monday"): the narrative goes on from the event's own date, not from the last date told.
        if (time is not null) aboutOther.AddRange(ownTime.Where(t => !ReferenceEquals(t, time)));

        // Without a date of its own, a clause belongs to the narrative's time unless it speaks in the present.
        var narrated = time ?? (HasCue(clause, "present") ? null : narrative);
        var status = StatusOf(narrated, article.Published);
        // The clause's place, else the sentence's -- unless the clause was cut short before the protested violence.
        var (place, near) = ChoosePlace(article, where.Country, placeScope, placeScope == span ? sentence.Span : placeScope, main.Span);
        // "...protested against the attack on the shrine in Shikarpur in January, in Multan": with no place before the
        // protested violence, the place told after that phrase (after its comma) is the protest's.
        if (place is null && placeScope != span && article.Article.Text.IndexOf(',', placeScope.End, span.End - placeScope.End) is var comma and >= 0)
            (place, near) = ChoosePlace(article, where.Country, new TextSpan(comma, span.End), new TextSpan(comma, span.End), main.Span);
        // Roles follow the first act the clause reports ("militants attacked ..., and troops fought back").
        var first = triggers.FirstOrDefault(t => t.Value.Role == TriggerRole.Act) ?? main;
        var (actor1, actor2) = ChooseActors(article, clause, span, first, figures);

        // A flood, a factory fire or a road crash kills too: with no armed or political actor in the clause it is
        // not political violence, however many died. (People protesting about an accident still protest.)
        // A named weapon ("a bomb exploded", "rockets") is political violence even beside a derailment or a fire.
        // A "battle" with no actor at all in its clause ("firefighters' battle against the wildfires") is a figure of speech.
        var armedHere = article.Actors.Any(a => span.Contains(a.Span) && IsArmed(a.Kind) && a.Kind != ActorKind.StateForces);
        var nobodyHere = main.Value.SubType.Name == "Armed clash" && !article.Actors.Any(a => span.Contains(a.Span) && a.Kind != ActorKind.Civilians);
        var weak = onlyCasualties || main.Value.Strength <= 5 || IsGenericBlast(clause, main) || nobodyHere
            || (main.Value.SubType.Name == "Chemical weapon" && HasCue(clause, "leak"));
        if (weak && main.Value.SubType.EventType is not ("Protests" or "Riots") && !armedHere)
        {
            if (TellsDisaster(clause, main))
            {
                disasters.Add(sentence.Index);
                return;
            }
            // "The blasts killed at least 50": a toll or a bare blast told right after a disaster belongs to it.
            if ((onlyCasualties || IsGenericBlast(clause, main) || IsAnaphoric(clause, main)) && disasters.Any(d => sentence.Index - d <= CasualtyReach)
                && !drafts.Any(d => sentence.Index - d.LastSentence <= CasualtyReach)) return;
        }

        // Protesters and rioters are crowds; an armed group or army that "blocks a road" is not protesting.
        // (Tribesmen or clansmen who march are protesters: only an identity militia told as armed is not.)
        // A protest word proper ("staged a rally", "protested") stands whoever is named beside it: a rebel-aligned
        // student union or a "coalition of unions" still protests; only the weak words (blocked, gathered) yield.
        if (main.Value.SubType.EventType is "Protests" && main.Value.Strength < ProtestWordStrength && (actor1?.Kind is ActorKind.RebelGroup or ActorKind.ExternalForces
            || (actor1?.Kind == ActorKind.IdentityMilitia && ArmedWords.Any(w => actor1.Text.Contains(w, StringComparison.OrdinalIgnoreCase))))) return;

        // "Border guards detained 34 migrants", "police arrested ten with counterfeit notes": arrests for ordinary
        // crime, with no political side, are not political violence or a strategic development.
        if (main.Value.SubType.Name == "Arrests" && triggers.All(t => t.Value.SubType.Name == "Arrests") && HasCue(clause, "ordinary_crime")
            && !article.Actors.Any(a => span.Contains(a.Span) && a.Kind is ActorKind.RebelGroup or ActorKind.PoliticalMilitia or ActorKind.Protesters && !a.IsUnidentified)) return;

        // "Police detained several of them": an arrest told after a protest or an attack is how the authorities
        // answered it -- an intervention in the protest, a follow-up of the attack -- not an event of its own.
        if (main.Value.SubType.Name == "Arrests" && !isStatistic && AnswersEvent(drafts, sentence, status, narrated, place) is { } answered)
        {
            if (IsProtestFamily(answered.SubType) && IsArrestMade(clause, main))
            {
                answered.Intervention = true;
                MergeActors(answered, actor1, actor2);
            }
            MarkCues(answered, clause);
            // "One insurgent was killed and two others were arrested": the toll told beside the arrest is the event's.
            if (figures.Any(f => f.Count.Best > 0)) Absorb(answered, sentence, main.Span, figures, null, null, place, near, null, article.Citations);
            return;
        }
        var grievances = CueIn(clause, "grievance");
        var arrestedHere = allTriggers.Any(t => t.Value.SubType.Name == "Arrests" && !t.Equals(main) && !IsGrievance(grievances, t.FirstToken) && IsArrestMade(clause, t)
            && (IsPassive(clause, t) || article.Actors.Any(a => span.Contains(a.Span) && a.Kind == ActorKind.StateForces)));

        // "The attack came weeks after...": a definite noun with nothing new refers back to the event just told.
        // ("Four policemen were killed in the attack": the figures belong to the attack already told.)
        var refersBack = !isStatistic && time is null && IsAnaphoric(clause, main)
            && (figures.Count == 0 || drafts.LastOrDefault() is { IsStatistic: false } told && !IsProtestFamily(told.SubType));
        if ((onlyCasualties || refersBack) && !isStatistic)
        {
            var previous = drafts.LastOrDefault(d => !d.IsStatistic && sentence.Index - d.LastSentence <= CasualtyReach);
            // "He died in hospital on Wednesday": a victim of the incident just told who died of it later is counted in
            // that incident, whatever the day of the death.
            var laterDeath = onlyCasualties && figures.Count > 0 && figures.All(f => f.Kind == CasualtyKind.Death)
                && (Succumbed(clause) || clause.Any(t => t.Key == "died"));
            // (The hospital where the victim died is not where the incident happened: its place neither parts nor moves them.)
            var placesAgree = PlacesAgree(previous?.Place, place);
            if (previous is not null && (time is null || laterDeath) && (placesAgree || laterDeath))
            {
                MarkCues(previous, clause);
                // ("Police later detained all the protesters": the arrest is the told protest's intervention.)
                previous.Intervention |= (arrestedHere || arrestedProtest) && IsProtestFamily(previous.SubType);
                Absorb(previous, sentence, main.Span, figures, actor1, actor2, placesAgree ? place : null, near, null, article.Citations);
                return;
            }
            // A harm word with no figure and no act is commentary ("a rise in casualties"), not a report -- unless
            // it names who did the killing ("villagers were killed by the Naxals"): that is an incident, toll untold.
            var perpetratorNamed = figures.Count == 0 && actor1 is { } killer && IsArmed(killer.Kind);
            if (onlyCasualties && (figures.Count == 0 || figures.All(f => f.Count.Best == 0)) && !perpetratorNamed) return;
        }

        var crowdAct = IsCrowdAct(article, clause, span);
        // "A trader succumbed to his injuries today. He was injured when assailants threw a petrol bomb ... on 2 February":
        // the act told right after a later death is the incident the victim died of, and its day is the event's.
        var causedDeath = !onlyCasualties && !isStatistic && figures.Any(f => f.Kind == CasualtyKind.Injury)
            && drafts.LastOrDefault() is { DiedOfInjuries: true } dying && sentence.Index - dying.LastSentence <= 1 ? dying : null;
        var draft = isStatistic ? null : causedDeath ?? drafts.LastOrDefault(d => CanMerge(d, main.Value, onlyCasualties, status, narrated, place)
            || (CrowdTurnsViolent(d, main.Value, crowdAct) && d.Status == status && DatesAgree(d.Time, narrated) && PlacesAgree(d.Place, place)
                && sentence.Index - d.LastSentence <= CasualtyReach));
        // (Its place too: where the victim died, a hospital, is not where the incident happened.)
        if (causedDeath is not null) (causedDeath.Time, causedDeath.Status, causedDeath.Place) = (null, status, place ?? causedDeath.Place);
        if (draft is null)
        {
            draft = new EventDraft
            {
                SubType = main.Value.SubType,
                Strength = main.Value.Strength,
                TriggerSpan = main.Span,
                IsStatistic = isStatistic,
                OnlyCasualties = onlyCasualties,
                Status = status,
                DiedOfInjuries = Succumbed(clause) || (clause.Any(t => t.Key == "died") && clause.Any(t => t.Key is "injuries" or "wounds" or "burns")),
            };
            drafts.Add(draft);
        }
        else if (draft.SubType.EventType == "Protests" && !onlyCasualties && main.Value.SubType.Name is "Armed clash" or "Attack")
        {
            // Protesters who then fight the police or attack passers-by: the protest became a violent demonstration.
            (draft.SubType, draft.Strength) = (_lexicon["Violent demonstration"], Math.Max(draft.Strength, main.Value.Strength));
        }
        else if (main.Value.Strength > draft.Strength || (draft.OnlyCasualties && !onlyCasualties))
        {
            (draft.SubType, draft.Strength, draft.TriggerSpan) = (main.Value.SubType, main.Value.Strength, main.Span);
            draft.OnlyCasualties = onlyCasualties;
        }
        MarkCues(draft, clause);
        draft.ArmedTarget |= main.Value.SubType.Name is "Attack" or "Armed clash" && AimsAtArmedPost(clause, main);
        draft.Intervention |= arrestedHere || arrestedProtest;
        draft.ProtestTold |= allTriggers.Any(t => IsProtestFamily(t.Value.SubType));
        draft.HarmsPeople |= figures.Any(f => f.Count.Best > 0);
        // "Two people were killed when security forces used tear gas to break up the march": deaths told in the
        // clause where the authorities broke up a protest came of that force -- excessive force, not mere intervention
        // (a clash or a riot the crowd began is coded by the riot rules instead).
        draft.LethalForce |= IsProtestFamily(draft.SubType) && draft.SubType.Name != "Violent demonstration" && HasInterventionCue(clause)
            && figures.Any(f => f.Kind == CasualtyKind.Death && f.Count.Best > 0);
        Absorb(draft, sentence, main.Span, figures, actor1, actor2, place, near, narrated, article.Citations);
        // "Trade unions struck on Tuesday and Wednesday": the event is told on each day of the list.
        if (time is not null && ReferenceEquals(draft.Time, time)) draft.ListedDays = DaysListedWith(article.Article.Text, time, ownTime);
    }

    /// "succumbed to his injuries": a victim of an earlier incident died of it.
    static bool Succumbed(IReadOnlyList<Token> clause) => clause.Any(t => t.Key is "succumbed" or "succumbing" or "succumbs");

    /// The days of a list the date belongs to ("on 25 and 26 January", "on Friday, Saturday and Sunday"), in date
    /// order; empty when the date stands alone.
    static IReadOnlyList<TimeMention> DaysListedWith(string text, TimeMention time, List<TimeMention> clauseTimes)
    {
        if (time.Granularity != TimeGranularity.Day) return [];
        var days = clauseTimes.Where(t => t.Granularity == TimeGranularity.Day && t.Start == t.End).OrderBy(t => t.Span.Start).ToList();
        var at = days.IndexOf(time);
        if (at < 0) return [];
        var (first, last) = (at, at);
        while (first > 0 && IsListJoint(text, days[first - 1].Span.End, days[first].Span.Start)) first--;
        while (last + 1 < days.Count && IsListJoint(text, days[last].Span.End, days[last + 1].Span.Start)) last++;
        if (first == last) return [];
        var listed = days.GetRange(first, last - first + 1).DistinctBy(t => t.Start).OrderBy(t => t.Start).ToList();
        return listed.Count is >= 2 and <= MaxDaysOneEventEach + 1 ? listed : [];
    }

    /// Whether only a list's joint stands between two dates or places: "and", a comma, ", and", "&".
    static bool IsListJoint(string text, int from, int to) =>
        text.AsSpan(from, to - from).Trim() is var joint && (joint is "," or "&" || joint.Equals("and", StringComparison.OrdinalIgnoreCase)
            || joint.Equals(", and", StringComparison.OrdinalIgnoreCase));

    /// Cues that reclassify an event at the end, from whichever clause of it they come.
    void MarkCues(EventDraft draft, IReadOnlyList<Token> clause)
    {
        draft.Crowd |= HasCue(clause, "crowd");
        draft.Intervention |= HasInterventionCue(clause);
        draft.ExcessiveForce |= HasCue(clause, "excessive_force");
        var grievances = CueIn(clause, "grievance");
        draft.LethalForce |= CueIn(clause, "lethal_force").Any(c => !IsGrievance(grievances, c.FirstToken));
        draft.HarmsPeople |= HasCue(clause, "bodily_harm");
        draft.Firearms |= HasCue(clause, "gunfight");
        draft.CrowdWeapon |= HasCue(clause, "crowd_weapon");
        // "in retaliation for an attack" names why the event happened; it was not answered fire.
        var avenging = CueIn(clause, "avenging");
        draft.TwoSided |= CueIn(clause, "two_sided").Any(c => !avenging.Any(a => a.Span.Overlaps(c.Span)));
        draft.Unopposed |= HasCue(clause, "unopposed");
        draft.Demonstration |= HasCue(clause, "demonstration");
        draft.Combatants |= HasCue(clause, "combatants");
        draft.WeaponsFound |= HasCue(clause, "weapons_found");
        draft.Blast |= HasCue(clause, "generic_blast");
        draft.PoliceHurt |= HasCue(clause, "police_hurt");
        draft.Shooting |= HasCue(clause, "shooting");
        draft.Blade |= HasCue(clause, "blade");
        draft.SmallArms |= HasCue(clause, "small_arms");
    }

    /// "attacked a checkpoint", "raided an army base": the target named within a few words after the trigger is a post
    /// that armed men hold.
    bool AimsAtArmedPost(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger) =>
        CueIn(clause, "armed_target").Any(c => c.FirstToken >= trigger.EndToken && c.FirstToken - trigger.EndToken <= ArmedTargetReach);

    const int ArmedTargetReach = 5;

    /// An arrest made at the protest, not its cause ("after the arrest of", "sparked by the arrest", "protest the
    /// detention") or its demand ("demanded the government arrest the culprits"): a verb, not in a cause or demand.
    bool IsArrestMade(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> arrest)
    {
        if (clause[arrest.FirstToken].Key is "arrest" or "arrests" or "detention" or "detain") return false;
        if (arrest.FirstToken > 0 && clause[arrest.FirstToken - 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
        return !CueIn(clause, "cause").Any(c => c.EndToken <= arrest.FirstToken && arrest.FirstToken - c.EndToken <= CauseReach)
            && !IsGrievance(CueIn(clause, "grievance"), arrest.FirstToken);
    }

    const int CauseReach = 6;

    /// Words for the authorities stopping a protest, unless they name what the protest is against.
    bool HasInterventionCue(IReadOnlyList<Token> clause)
    {
        var grievances = CueIn(clause, "grievance");
        return CueIn(clause, "intervention").Any(c => !IsGrievance(grievances, c.FirstToken));
    }

    /// "riot police", "attack helicopters": a one-word trigger before a noun it describes names no event.
    /// (A verb in the past before its object -- "vandalized vehicles", "attacked police" -- modifies nothing.)
    /// So is a word after a noun that is its subject ("Gunmen attack police"): a modifier opens its noun phrase.
    bool IsModifier(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger) =>
        trigger.EndToken - trigger.FirstToken == 1 && trigger.EndToken < clause.Count
        && !IsPastVerb(clause[trigger.FirstToken])
        && (trigger.FirstToken == 0 || CueIn(clause, "noun_phrase_opener").Any(c => c.EndToken == trigger.FirstToken))
        && CueIn(clause, "trigger_modifies").Any(c => c.FirstToken == trigger.EndToken);

    /// "to protest against vandalism", "condemning the riots": riot words right after a grievance word (a determiner
    /// or an adjective of the grievance between at most) name what the protest is against, not what the crowd did.
    bool IsNamedGrievance(IReadOnlyList<Token> clause, IReadOnlyList<PhraseMatch<string>> grievances, PhraseMatch<EventTrigger> trigger) =>
        trigger.Value.SubType.EventType == "Riots"
        && grievances.Any(g => g.EndToken <= trigger.FirstToken && trigger.FirstToken - g.EndToken <= 2
            && Enumerable.Range(g.EndToken, trigger.FirstToken - g.EndToken).All(k => CueIn(clause, "grievance_modifier").Any(m => m.FirstToken == k)));

    /// A word within a few tokens after "against", "demanding the release of" and the like is the protest's grievance.
    static bool IsGrievance<T>(IReadOnlyList<PhraseMatch<T>> grievances, int token) =>
        grievances.Any(g => g.EndToken <= token && token - g.EndToken <= GrievanceReach);

    const int GrievanceReach = 4;

    /// The protest or violent event a follow-up arrest answers: the last one told within a few sentences, at a
    /// compatible date and place.
    static EventDraft? AnswersEvent(List<EventDraft> drafts, Sentence sentence, TemporalStatus status, TimeMention? time, PlaceMention? place) =>
        drafts.LastOrDefault(d => !d.IsStatistic && d.Status == status && sentence.Index - d.LastSentence <= CasualtyReach
            && (IsProtestFamily(d.SubType) || IsViolent(d.SubType) || d.SubType.EventType == "Explosions/Remote violence")
            && DatesAgree(d.Time, time) && PlacesAgree(d.Place, place));

    /// "were arrested", "was detained", "were ambushed": a trigger in the passive, its subject the one acted on.
    /// (The auxiliary may open the trigger phrase itself: "were pushed back from".)
    static bool IsPassive(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger) =>
        Enumerable.Range(Math.Max(0, trigger.FirstToken - 2), Math.Min(2, trigger.FirstToken) + 1)
            .Any(i => clause[i].Key is "was" or "were" or "been" or "being" or "got");

    /// A clause about a crowd, not an armed organisation: no rebel, militia or foreign force in it, and a crowd
    /// word, a pronoun for the crowd already told, or the police it faced.
    bool IsCrowdAct(AnnotatedArticle article, IReadOnlyList<Token> clause, TextSpan span)
    {
        var actors = article.Actors.Where(a => span.Contains(a.Span)).ToList();
        if (actors.Any(a => a.Kind is ActorKind.RebelGroup or ActorKind.IdentityMilitia or ActorKind.ExternalForces
            || (a.Kind == ActorKind.PoliticalMilitia && a.Associated is null))) return false;
        return HasCue(clause, "crowd") || HasCue(clause, "crowd_reference")
            || actors.Any(a => a.Kind is ActorKind.StateForces or ActorKind.Protesters or ActorKind.Rioters);
    }

    /// A protest followed by a clash or an assault by the same crowd ("They clashed with the police").
    static bool CrowdTurnsViolent(EventDraft draft, EventTrigger trigger, bool crowdAct) =>
        crowdAct && !draft.IsStatistic && IsProtestFamily(draft.SubType) && trigger.Role == TriggerRole.Act
            && trigger.SubType.Name is "Armed clash" or "Attack";

    static void Absorb(EventDraft draft, Sentence sentence, TextSpan trigger, IReadOnlyList<CasualtyFigure> figures,
        ActorMention? actor1, ActorMention? actor2, PlaceMention? place, bool near, TimeMention? time,
        ImmutableArray<SourceCitation> citations)
    {
        if (draft.Sentences.LastOrDefault() != sentence) draft.Sentences.Add(sentence);
        draft.Triggers.Add(trigger);
        draft.LastSentence = sentence.Index;
        foreach (var figure in figures) draft.AddFigure(figure);
        if (time is not null && (draft.Time is null || Finer(time, draft.Time))) draft.Time = time;
        // A later clause may make the place more precise, but only inside the area already coded: the first place
        // a report gives its incident is where it happened ("... in Gwadar. The incident happened ... Khuzdar").
        if (place is not null && (draft.Place?.Place is null || (Specificity(place) > Specificity(draft.Place) && Inside(place.Place, draft.Place.Place))))
        {
            (draft.Place, draft.Near) = (place, near);
        }
        MergeActors(draft, actor1, actor2);
        draft.Citations.AddRange(citations.Where(c => sentence.Span.Contains(c.Span) && !draft.Citations.Contains(c)));
    }

    /// Roles from several clauses: a new actor fills the empty role; an actor already coded stays where it is.
    static void MergeActors(EventDraft draft, ActorMention? actor1, ActorMention? actor2)
    {
        foreach (var actor in new[] { actor1, actor2 })
        {
            if (actor is null || SameActor(draft.Actor1, actor) || SameActor(draft.Actor2, actor)) continue;
            if (draft.Actor1 is null && actor == actor1) draft.Actor1 = actor;
            else if (draft.Actor2 is null) draft.Actor2 = actor;
            else if (draft.Actor1 is null) draft.Actor1 = actor;
        }
    }

    static bool SameActor(ActorMention? a, ActorMention b) => a is not null && a.Name == b.Name;

    bool CanMerge(EventDraft draft, EventTrigger trigger, bool onlyCasualties, TemporalStatus status, TimeMention? time, PlaceMention? place)
    {
        if (draft.IsStatistic || draft.Status != status) return false;
        // A protest and a riot in one report are one event: the crowd that marched is the crowd that threw stones.
        var sameFamily = draft.SubType.EventType == trigger.SubType.EventType || onlyCasualties || draft.OnlyCasualties
            || (IsProtestFamily(draft.SubType) && IsProtestFamily(trigger.SubType))
            // ...and stones thrown or vehicles torched after a fight between groups are that fight's riot.
            || (trigger.SubType.EventType == "Riots" && draft.Crowd && IsViolent(draft.SubType) && status == TemporalStatus.Current)
            || (IsViolent(draft.SubType) && IsViolent(trigger.SubType) && status == TemporalStatus.Current);
        return sameFamily && DatesAgree(draft.Time, time) && PlacesAgree(draft.Place, place);
    }

    static bool IsViolent(SubEventType s) => s.EventType is "Battles" or "Violence against civilians";

    static bool IsProtestFamily(SubEventType s) => s.EventType is "Protests" or "Riots";

    static bool DatesAgree(TimeMention? a, TimeMention? b) =>
        a?.Start is null || b?.Start is null || (a.Start <= b.End && b.Start <= a.End);

    static bool PlacesAgree(PlaceMention? a, PlaceMention? b)
    {
        if (a?.Place is null || b?.Place is null) return true;
        // A demonym ("Thai soldiers") says whose, not where: it does not set two reports apart.
        if (a.IsAdjectival || b.IsAdjectival) return true;
        var (x, y) = (a.Place, b.Place);
        if (x.GeonameId == y.GeonameId) return true;
        if (x.CountryCode != y.CountryCode) return false;
        // An area and a place inside it are the same event's place told at two precisions.
        return x.Level <= PlaceLevel.Country || y.Level <= PlaceLevel.Country
            || ((x.Level == PlaceLevel.Admin1 || y.Level == PlaceLevel.Admin1) && x.Admin1Code == y.Admin1Code)
            || string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase)
            // Neighbouring towns of one province ("shelling in Samba and Kathua sectors") are one report's places.
            || x.Admin1Code is not null && x.Admin1Code == y.Admin1Code
                && GreatCircle.Kilometres(x.Latitude, x.Longitude, y.Latitude, y.Longitude) <= NeighbourKm;
    }

    /// Whether a place lies in an area: same country, and the area is the country or the place's province.
    static bool Inside(GeoPlace? place, GeoPlace? area) => place is not null && area is not null && place.CountryCode == area.CountryCode
        && (area.Level <= PlaceLevel.Country || (area.Level == PlaceLevel.Admin1 && place.Admin1Code == area.Admin1Code)
            || (area.Level is PlaceLevel.Admin2 && place.Admin2Name == area.Name));

    static bool Finer(TimeMention a, TimeMention b) => a.Granularity < b.Granularity;

    /// "protested against the 2014 coup", "killed a commander who led an attack in 2013", "victims of last year's
    /// riot": an old date said after a word that turns to what the event is about (or inside
    /// a noun: "the 1984 riots", "last year's massacre") dates that grievance or background, not the event.
    bool IsAboutAnOlderEvent(AnnotatedArticle article, IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger, TimeMention time)
    {
        if (article.Published is not { } published) return false;
        var end = time.End!.Value;
        // A date two weeks old is background wherever it stands. A more recent one said after what the event is about
        // ("protesting Sunday's attack" in Thursday's paper, "against the killing ... last month") is that grievance's
        // once it lies before the days a daily report covers, or in a month already over; inside them it may be the
        // event's own day ("protested against the demolition on Tuesday").
        var historical = end < published.AddDays(-HistoricalAfterDays);
        // (A week or a month already over -- "a week ago", "last month" -- lies before them however recent its last day.)
        var beforeTheNews = end < published.AddDays(-NewsWindowDays) || (time.Granularity >= TimeGranularity.Week && end < published);
        if (!beforeTheNews) return false;
        var text = article.Article.Text;
        var before = text[..time.Span.Start].TrimEnd();
        var modifiesNoun = before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" a", StringComparison.OrdinalIgnoreCase)
            || time.Text.EndsWith("'s", StringComparison.Ordinal) || time.Text.EndsWith("’s", StringComparison.Ordinal)
            || text.AsSpan(time.Span.End).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(time.Span.End).StartsWith("’s", StringComparison.Ordinal);
        // "Sunday's attack killed five" dates the attack itself; "protested Sunday's attack", after the event's
        // first trigger, names what the protest is about.
        if (modifiesNoun) return historical || time.Span.Start >= trigger.Span.End;
        // After the trigger ("protested against the 2014 coup"), or in a clause opened before it ("families whose
        // relatives drowned last year protested").
        return CueIn(clause, "about").Any(c => c.Span.End <= time.Span.Start
            && (c.Span.Start >= trigger.Span.End || (trigger.Span.Start >= time.Span.End && !c.Span.Of(text).Equals("that", StringComparison.OrdinalIgnoreCase))));
    }

    /// The days before publication a daily report covers: its own events are told as happening in them.
    const int NewsWindowDays = 2;

    /// "Residents of a slum, which was demolished on Saturday, protested on Sunday": a date inside a relative clause
    /// told between the subject and the trigger dates what the clause says of the subject.
    bool InRelativeClauseBefore(IReadOnlyList<Token> clause, TimeMention time, PhraseMatch<EventTrigger> trigger) =>
        time.Span.End <= trigger.Span.Start
        && CueIn(clause, "relative").Any(r => r.Span.End <= time.Span.Start && !clause.Any(t => t.Span.Start >= r.Span.End && t.Span.End <= time.Span.Start && t.Text == ","));

    /// Characters a date in a relative clause before the trigger counts as farther from it than it stands.
    const int RelativeClausePenalty = 80;

    /// "today (9/1)": a date written out beats a deictic word for the same clause.
    const int ExplicitDateBonus = 40;

    /// "arrested over the 2010 unrest ... protested today (27/03)": a bare year in a clause that also names a day or
    /// a month is what the event is about, not when it happened.
    const int CoarseDatePenalty = 60;

    static bool IsExplicit(TimeMention t) => t.Text.Any(char.IsDigit);

    static bool IsDate(TimeMention t) => t.Type is TimexType.Date or TimexType.Time && t.Start is not null;

    TemporalStatus StatusOf(TimeMention? time, DateOnly? published)
    {
        if (time?.End is null || published is null) return TemporalStatus.Current;
        return time.End.Value < published.Value.AddDays(-HistoricalAfterDays) ? TemporalStatus.Historical : TemporalStatus.Current;
    }

    bool HasCue(IReadOnlyList<Token> clause, string cue) => CueIn(clause, cue).Count > 0;

    /// Whether the clause tells a disaster or an accident -- not as the cause of a fight it reports: "a clash between
    /// two groups following a minor accident" is a clash ("two died after a landslide" is still a disaster).
    bool TellsDisaster(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> main)
    {
        // Only people fighting or rioting have an accident as their cause; a blast "after a gas cylinder exploded" is the accident.
        var fight = main.Value.Role == TriggerRole.Act && (main.Value.SubType.Name == "Armed clash" || main.Value.SubType.EventType == "Riots");
        var causes = fight ? CueIn(clause, "cause").Where(c => c.FirstToken >= main.EndToken).ToList() : [];
        return CueIn(clause, "non_political").Any(d => !causes.Any(c => c.EndToken <= d.FirstToken && d.FirstToken - c.EndToken <= AccidentCauseReach));
    }

    /// Words between a cause word and the accident it names ("after a minor road accident").
    const int AccidentCauseReach = 3;

    // The cue matches of the clause being coded, per thread: a clause is asked for the same cue lists many times.
    // The clause's lists are found in one pass over its words; a list with none of its first words is not matched.
    [ThreadStatic] static IReadOnlyList<Token>? t_cueClause;
    [ThreadStatic] static Dictionary<string, IReadOnlyList<PhraseMatch<string>>>? t_cueMatches;
    [ThreadStatic] static UInt128 t_clauseLists;

    IReadOnlyList<PhraseMatch<string>> CueIn(IReadOnlyList<Token> clause, string cue)
    {
        var cache = t_cueMatches ??= new Dictionary<string, IReadOnlyList<PhraseMatch<string>>>(StringComparer.Ordinal);
        var lists = ListsIn(clause);
        if (!cache.TryGetValue(cue, out var matches))
            cache[cue] = matches = _lexicon.MayHold(lists, cue) ? _lexicon.Cue(cue).Match(clause) : [];
        return matches;
    }

    /// The cue lists and split-trigger parts the clause may hold (EventLexicon.ListsIn), once a clause.
    UInt128 ListsIn(IReadOnlyList<Token> clause)
    {
        if (!ReferenceEquals(t_cueClause, clause))
        {
            t_cueClause = clause;
            (t_cueMatches ??= new Dictionary<string, IReadOnlyList<PhraseMatch<string>>>(StringComparer.Ordinal)).Clear();
            t_clauseLists = _lexicon.ListsIn(clause);
        }
        return t_clauseLists;
    }

    /// "captured four strategic hilltops", "took back control of the area": a capture verb with ground or a post as its
    /// object a few words on is a change of territory (the coder turns it to "Government regains" when the state took it).
    IEnumerable<PhraseMatch<EventTrigger>> Captures(IReadOnlyList<Token> clause)
    {
        var ground = CueIn(clause, "territory");
        if (ground.Count == 0) yield break;
        // Taking back is what ACLED calls the government regaining ground; taking, a non-state actor overtaking it.
        // Occupying ground without a fight is a non-violent transfer; weaker than a clash, so a fight told beside it wins.
        foreach (var (cue, subType, strength) in new[]
        {
            ("capture", "Non-state actor overtakes territory", CaptureStrength),
            ("recapture", "Government regains territory", CaptureStrength),
            ("occupy", "Non-violent transfer of territory", OccupyStrength),
        })
        {
            foreach (var verb in CueIn(clause, cue))
            {
                // The ground must be the verb's object: "seized bombs from a village" took no village -- but troops
                // that "drove the militants from a village" took it back.
                var expels = CueIn(clause, "expel").Any(e => e.Span.Overlaps(verb.Span));
                var what = ground.FirstOrDefault(g => g.FirstToken >= verb.EndToken && g.FirstToken - verb.EndToken <= CaptureReach
                    && !clause.Skip(verb.EndToken).Take(g.FirstToken - verb.EndToken).Any(t => NotObject.Contains(t.Text) && !(expels && t.Key == "from")));
                if (what is null) continue;
                yield return new PhraseMatch<EventTrigger>(verb.FirstToken, verb.EndToken, verb.Span,
                    new EventTrigger(_lexicon[subType], strength, TriggerRole.Act));
            }
        }
    }

    static readonly FrozenSet<string> NotObject = new[] { "from", "in", "at", "near", "by", "with", "after", "during", "for", "to", "and", "," }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    const int CaptureReach = 8;

    /// "set two buses ablaze": the first part is the trigger's span, as a one-piece trigger's verb would be.
    IEnumerable<PhraseMatch<EventTrigger>> SplitTriggers(IReadOnlyList<Token> clause)
    {
        var lists = ListsIn(clause);
        for (var i = 0; i < _lexicon.SplitTriggers.Count; i++)
        {
            var split = _lexicon.SplitTriggers[i];
            // Most clauses hold no word that could complete the trigger: the clause's index spares two phrase scans.
            if (!_lexicon.MayHoldSecondPart(lists, i)) continue;
            var seconds = split.Second.Match(clause);
            if (seconds.Count == 0) continue;
            foreach (var first in split.First.Match(clause))
            {
                if (!seconds.Any(s => s.FirstToken >= first.EndToken && s.FirstToken - first.EndToken <= split.Reach
                    && !clause.Skip(first.EndToken).Take(s.FirstToken - first.EndToken).Any(t => t.Text is "," or "and" or ";"))) continue;
                yield return new PhraseMatch<EventTrigger>(first.FirstToken, first.EndToken, first.Span, split.Trigger);
            }
        }
    }

    /// "a clash over taking control of a market", "a fight for control": ground fought over, not taken.
    static bool IsDisputedGround(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger) =>
        trigger.Value.SubType.Name is "Non-state actor overtakes territory" or "Government regains territory" or "Non-violent transfer of territory"
        && trigger.FirstToken > 0 && clause[trigger.FirstToken - 1].Key is "over" or "for" or "to";

    /// "grenades and ammunition were found", "police seized 50 rifles": weapons found or taken before use are
    /// disrupted weapons use, above the weapon's own sub-type (a grenade found is not a grenade attack).
    IEnumerable<PhraseMatch<EventTrigger>> WeaponsFound(IReadOnlyList<Token> clause)
    {
        var weapons = CueIn(clause, "weapon");
        // "Troops thwarted a suicide attack", "air defences intercepted two drones": an attack or a weapon stopped
        // before it struck, named as the object a few words on.
        var planned = CueIn(clause, "attack_plan");
        foreach (var verb in CueIn(clause, "foil"))
        {
            if (!weapons.Concat(planned).Any(w => w.FirstToken >= verb.EndToken && w.FirstToken - verb.EndToken <= WeaponReach)) continue;
            yield return new PhraseMatch<EventTrigger>(verb.FirstToken, verb.EndToken, verb.Span,
                new EventTrigger(_lexicon["Disrupted weapons use"], WeaponsFoundStrength, TriggerRole.Act));
        }
        if (weapons.Count == 0) yield break;
        foreach (var verb in CueIn(clause, "find"))
        {
            if (!weapons.Any(w => Math.Abs(w.FirstToken - verb.FirstToken) <= WeaponReach)) continue;
            yield return new PhraseMatch<EventTrigger>(verb.FirstToken, verb.EndToken, verb.Span,
                new EventTrigger(_lexicon["Disrupted weapons use"], WeaponsFoundStrength, TriggerRole.Act));
        }
    }

    const int WeaponReach = 7;

    /// Above every weapon (a suicide vest found is 9 too, and comes first only if told first).
    const int WeaponsFoundStrength = 9;

    /// Above a clash (6): the fight that took ground is coded as the taking.
    const int CaptureStrength = 7;

    const int OccupyStrength = 5;

    /// "threatened to attack", "will protest": a cue within a few words before the trigger defers it;
    /// "denied shelling" anywhere before it in the clause denies it.
    bool IsDeferredOrDenied(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger)
    {
        if (CueIn(clause, "hypothetical").Any(c => c.EndToken <= trigger.FirstToken && trigger.FirstToken - c.EndToken <= 3)) return true;
        // Police who "foiled" or "prevented" a protest intervened in it: ACLED codes the protest, not a non-event.
        if (trigger.Value.SubType.EventType is "Protests" or "Riots") return false;
        return CueIn(clause, "negated").Any(c => c.EndToken <= trigger.FirstToken);
    }

    /// "an explosion", "a blast": the word names no weapon, so a gas cylinder or a boiler may be what went off.
    bool IsGenericBlast(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger) =>
        CueIn(clause, "generic_blast").Any(c => c.FirstToken == trigger.FirstToken && c.EndToken == trigger.EndToken);

    bool IsAnaphoric(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger) =>
        CueIn(clause, "anaphor").Any(c => c.EndToken == trigger.FirstToken);

    /// "Al-Shabaab claimed responsibility for the blast": the claimant is the perpetrator of the event just told.
    void AttributeClaim(AnnotatedArticle article, IReadOnlyList<Token> clause, TextSpan span, Sentence sentence, List<EventDraft> drafts)
    {
        var claim = CueIn(clause, "claim").FirstOrDefault();
        if (claim is null) return;
        var claimant = article.Actors.LastOrDefault(a => span.Contains(a.Span) && a.Span.End <= claim.Span.Start && IsArmed(a.Kind));
        var claimed = drafts.LastOrDefault(d => !d.IsStatistic && sentence.Index - d.LastSentence <= CasualtyReach);
        if (claimant is null || claimed is null) return;
        if (claimed.Actor1 is null || claimed.Actor1.IsUnidentified) claimed.Actor1 = claimant;
        else if (claimed.Actor2 is null && claimed.Actor1.Name != claimant.Name) claimed.Actor2 = claimant;
    }

    /// "since the 2001 invasion", "during the battle": an event named inside such a phrase is referred to, not reported.
    /// ("The group claimed to have recaptured the base" reports the capture: the cue opens a complement, not a reference.)
    /// "clashed", "vandalized": a trigger word in the past tense is a verb, not a noun that could modify or be referred to.
    static bool IsPastVerb(Token word) => word.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    bool IsBackgroundReference(IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger)
    {
        // "Violence continued after party supporters clashed": a verb with its own subject after "after" reports what
        // happened; only a noun after it ("after the clashes") refers back to an event told before.
        // ("after seizing the town": a gerund right after it reports the act too.)
        var verbWithSubject = IsPastVerb(clause[trigger.FirstToken]);
        var gerund = clause[trigger.FirstToken].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        // ("A girl was killed after Indian fire across the border": "after" right behind a harm word gives its cause.)
        var cues = CueIn(clause, "background").Where(c => c.EndToken <= trigger.FirstToken && trigger.FirstToken - c.EndToken <= 3
            && !CueIn(clause, "harm_cause").Any(h => h.EndToken == c.EndToken)
            && !(CueIn(clause, "sequence").Any(q => q.FirstToken == c.FirstToken)
                && ((verbWithSubject && trigger.FirstToken > c.EndToken) || (gerund && trigger.FirstToken == c.EndToken)))).ToList();
        if (cues.Count == 0) return false;
        var complements = CueIn(clause, "report_complement");
        return cues.Any(c => !complements.Any(k => k.FirstToken == c.EndToken && k.EndToken <= trigger.FirstToken));
    }

    IEnumerable<IReadOnlyList<Token>> Clauses(IReadOnlyList<Token> tokens)
    {
        var start = 0;
        foreach (var brk in _lexicon.Cue("clause_break").Match(tokens))
        {
            if (brk.FirstToken > start) yield return Slice(tokens, start, brk.FirstToken);
            start = brk.FirstToken == 0 || tokens[brk.FirstToken].Text == ";" ? brk.EndToken : brk.FirstToken;
        }
        if (start < tokens.Count) yield return Slice(tokens, start, tokens.Count);
    }

    static IReadOnlyList<Token> Slice(IReadOnlyList<Token> tokens, int start, int end) =>
        tokens is List<Token> list ? list.GetRange(start, end - start) : tokens.Skip(start).Take(end - start).ToList();

    /// The clause's most specific place, preferring one introduced by a locative word; else the sentence's.
    (PlaceMention? Place, bool Near) ChoosePlace(AnnotatedArticle article, string? country, TextSpan clause, TextSpan sentence, TextSpan trigger)
    {
        var scopes = new[] { clause, sentence };
        for (var i = 0; i < scopes.Length; i++)
        {
            var best = BestPlaceIn(article, country, scopes[i], trigger);
            // A province or a country in the clause ("activists of the Kano Youth Front held a protest") gives way to a
            // town the rest of the sentence puts the event in ("... outside the Kaduna Press Club").
            if (best is { Score: var score } && i == 0 && score <= Specificity(PlaceLevel.Admin1) + 1
                && BestPlaceIn(article, country, sentence, trigger) is { Score: var wider } better && wider > score)
                best = better;
            if (best is not null) return (best.Value.Place, IsNear(article.Article.Text, best.Value.Place.Span));
            if (TheCapital(article, country, scopes[i]) is { } capital) return (capital, false);
        }
        return (null, false);
    }

    /// The scope's best place for the event and how well it fits: specific, introduced by a locative word, at home,
    /// near the rest of the report, not the topic of a protest.
    static (PlaceMention Place, double Score)? BestPlaceIn(AnnotatedArticle article, string? country, TextSpan scope, TextSpan trigger)
    {
        var text = article.Article.Text;
        var best = article.Places
            // A country a protest is against ("slogans against Denmark") says nothing of where it was.
            .Where(p => scope.Contains(p.Span) && p.Place is not null && !(p.Place.Level == PlaceLevel.Country && IsTopic(text, trigger, p.Span)))
            .Select(p => AtHome(article, p))
            // A village abroad in a report about one country is a misreading (a word, a person, a namesake).
            .Where(p => country is null || p.Place!.CountryCode == country || !IsSmall(p.Place) || p.Place.Level != PlaceLevel.Locality)
            // "inside Laos": a word that doubles as a demonym, after a locative word, is the country.
            .Select(p => (Place: p, Score: (p.IsAdjectival && IsLocative(text, p.Span) ? Specificity(PlaceLevel.Country) : Specificity(p))
                + (IsLocative(text, p.Span) ? 1 : 0)
                // A sense abroad is likely a misreading when the report otherwise stays in one country.
                - (country is not null && p.Place!.CountryCode != country ? 2 : 0)
                - (IsStray(article, p) ? StrayPenalty : 0)
                - (IsTopic(text, trigger, p.Span) ? TopicPenalty : 0)
                - (IsCompoundPart(text, p.Span) ? CompoundPenalty : 0)
                // "in Bhag, some 200 km east of Quetta": the place a distance is measured from is a landmark, not the venue.
                - (IsDistanceReference(text, p.Span) ? DistanceReferencePenalty : 0)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => Math.Abs(c.Place.Span.Start - trigger.Start))
            .ToList();
        return best.Count == 0 ? null : best[0];
    }

    /// ACLED codes the most specific place the report names: a town before its district, a district before its
    /// province. The gaps are wider than the bonus for a locative word, so "in Chhattisgarh's Narayanpur
    /// district" gives the district.
    /// A place inside an organisation's name ("outside the Karachi Press Club") counts a little less than one the
    /// text names as a place, but more than the province around it.
    static double Specificity(PlaceMention p) => p.IsAdjectival ? 0 : (p.InName ? -0.5 : 0) + Specificity(p.Place?.Level);

    static double Specificity(PlaceLevel? level) => level switch
    {
        PlaceLevel.Locality => 4,
        PlaceLevel.Admin3 => 3.5,
        PlaceLevel.Admin2 => 3,
        PlaceLevel.Admin1 => 1.5,
        PlaceLevel.Country => 0.5,
        _ => 0.25,
    };

    // Not "from": it names where people came from, not where the event was ("IDPs from North Waziristan").
    static readonly string[] Locatives = [" in ", " at ", " near ", " of ", " outside ", " on ", " into ", " around ", " across ", " inside ", " within "];
    static readonly string[] NearWords = ["near ", "outside ", "outskirts of ", "km from ", "kilometres from ", "kilometers from ", "miles from ", "close to "];

    static bool IsLocative(string text, TextSpan place)
    {
        // Wide enough for the longest locative with its spaces and an article ("outside the ").
        var from = Math.Max(0, place.Start - 16);
        // "In Kano, ..." at the very start counts too.
        var before = (from == 0 ? " " : "") + text.AsSpan(from, place.Start - from).ToString();
        before = before.Replace(" the ", " ", StringComparison.Ordinal);
        return Locatives.Any(l => before.EndsWith(l, StringComparison.OrdinalIgnoreCase));
    }

    static bool IsNear(string text, TextSpan place)
    {
        var from = Math.Max(0, place.Start - 20);
        var before = text[from..place.Start];
        return NearWords.Any(w => before.EndsWith(w, StringComparison.OrdinalIgnoreCase) || before.EndsWith(w + "the ", StringComparison.OrdinalIgnoreCase));
    }

    /// Actor 1 is the agent: "by X" after the trigger, else the nearest actor before it; actor 2 the first other
    /// actor after it -- the victims when the clause counts casualties among civilians.
    (ActorMention? Actor1, ActorMention? Actor2) ChooseActors(AnnotatedArticle article, IReadOnlyList<Token> clause,
        TextSpan span, PhraseMatch<EventTrigger> trigger, IReadOnlyList<CasualtyFigure> figures)
    {
        var text = article.Article.Text;
        // "..., police said": a source named after the trigger reports the event; it took no part in it (a source
        // before it -- "the army said it killed ten" -- may well have).
        var actors = article.Actors.Where(a => span.Contains(a.Span)
                && !article.Citations.Any(c => c.Span.Overlaps(a.Span) && c.Span.Start >= trigger.Span.End))
            // ("confirmed dead by the police": the police confirmed the deaths, they did not cause them.)
            .Where(a => !CueIn(clause, "declared").Any(c => c.Span.End <= a.Span.Start && a.Span.Start - c.Span.End <= DeclaredByReach
                && text.AsSpan(c.Span.End, a.Span.Start - c.Span.End).Contains(" by ", StringComparison.OrdinalIgnoreCase)))
            .Select(a => Resolve(article, a)).ToList();
        actors.AddRange(AdjectivalForces(article, clause, trigger));
        actors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        // An actor inside the trigger phrase ("clashed with police", "gunmen killed") takes the side its position gives.
        var before = actors.Where(a => a.Span.Start <= trigger.Span.Start).ToList();
        var after = actors.Where(a => a.Span.Start > trigger.Span.Start).ToList();
        // "captured by rebels" names the agent, but only right after the trigger: a later "by" belongs to another verb.
        var agent = after.FirstOrDefault(a => (PrecededBy(text, a.Span, "by ") || PrecededBy(text, a.Span, "by the ")) && a.Span.Start - trigger.Span.End <= AgentReach);
        // Civilians are victims, not perpetrators, unless the event turns out to be a protest or riot (coded later);
        // an actor after a preposition ("a crackdown on the rebels", "clashes with the army") is not the subject.
        // "Three soldiers were ambushed", "the rebels were pushed back": without a "by", whoever stands before a
        // passive verb suffered the act.
        if (agent is null && trigger.Value.Role == TriggerRole.Act && IsPassive(clause, trigger))
        {
            var patient = before.LastOrDefault();
            if (patient is not null) return (null, patient);
        }
        // "Soldiers recovered two bodies from a village": who found the dead did not kill them.
        var found = trigger.Value.Role == TriggerRole.Casualty
            ? CueIn(clause, "find").FirstOrDefault(f => f.EndToken <= trigger.FirstToken && trigger.FirstToken - f.EndToken <= FinderReach) : null;
        if (found is not null) before = [.. before.Where(a => a.Span.Start > found.Span.End)];
        var actor1 = agent ?? before.LastOrDefault(a => a.Kind != ActorKind.Civilians && !ObjectPrepositions.Any(p => PrecededBy(text, a.Span, p)))
            ?? before.LastOrDefault(a => a.Kind != ActorKind.Civilians);
        // "Two policemen were killed when a bomb went off": whom the clause counts among the dead and hurt was hit, and
        // did not do the hitting -- except in a clash, where both sides count their dead.
        if (actor1 is not null && agent is null && trigger.Value.SubType.Name != "Armed clash" && IsCounted(actor1))
        {
            var victim = actor1;
            var doer = actors.FirstOrDefault(a => a.Name != victim.Name && a.Kind != ActorKind.Civilians && !IsCounted(a));
            return (doer, victim);
        }
        var others = after.Where(a => a != agent && (actor1 is null || a.Name != actor1.Name)).ToList();
        var victims = figures.Count > 0 ? others.FirstOrDefault(a => a.Kind == ActorKind.Civilians) : null;
        // "Clashes between protesters and the police": with nobody before the trigger, the two after it are the sides.
        if (actor1 is null && victims is null && others.Count >= 2 && others[0].Name != others[1].Name) return (others[0], others[1]);
        var actor2 = victims ?? others.FirstOrDefault()
            ?? before.LastOrDefault(a => a != actor1 && (actor1 is null || a.Name != actor1.Name));
        // "A policeman was killed and a civilian injured when militants fired": the state's men among the counted
        // victims were the target; the civilians were caught with them.
        if (actor2 is { Kind: ActorKind.Civilians } && actor1?.Kind != ActorKind.StateForces
            && actors.FirstOrDefault(a => a.Kind == ActorKind.StateForces && IsCounted(a)) is { } forces) actor2 = forces;
        return (actor1, actor2);

        bool IsCounted(ActorMention a) => figures.Any(f => f.Span.Contains(a.Span));
    }

    /// The strength of the protest words proper in triggers.tsv; weaker ones (blocked, gathered) are street acts anyone may do.
    const int ProtestWordStrength = 5;

    static readonly string[] RebelWords = ["rebel", "insurgent", "separatist", "fighters"];

    static readonly string[] ArmedWords = ["milit", "fighter", "armed", "gunmen"];

    /// Characters between "confirmed" and the "by X" that names who confirmed ("confirmed dead by the police").
    const int DeclaredByReach = 14;

    /// Words between a verb of finding and the dead it found ("recovered the bullet-riddled bodies").
    const int FinderReach = 3;

    /// Characters after the trigger within which "by X" is its agent ("were attacked by gunmen").
    const int AgentReach = 40;

    static readonly string[] ObjectPrepositions = ["on ", "against ", "with ", "from ", "at ", "on the ", "against the ", "with the ", "from the "];

    static bool PrecededBy(string text, TextSpan span, string word) =>
        span.Start >= word.Length && text.AsSpan(span.Start - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// An unnamed armed group ("the militants") is the named group the article has already introduced.
    static ActorMention Resolve(AnnotatedArticle article, ActorMention actor)
    {
        if (!actor.IsUnidentified || actor.Kind is ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters) return actor;
        var named = article.Actors.FirstOrDefault(a => !a.IsUnidentified && a.Span.Start < actor.Span.Start
            && a.Kind is ActorKind.RebelGroup or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia);
        return named is null ? actor : actor with { Name = named.Name, Kind = named.Kind, Country = named.Country, IsUnidentified = false };
    }

    /// "a US airstrike", "Russian shelling": a country adjective right before the trigger is that country's forces.
    IEnumerable<ActorMention> AdjectivalForces(AnnotatedArticle article, IReadOnlyList<Token> clause, PhraseMatch<EventTrigger> trigger)
    {
        if (trigger.FirstToken == 0) yield break;
        var previous = clause[trigger.FirstToken - 1].Span;
        // A country's adjective only: "European" or "African" names no state's forces.
        var place = article.Places.FirstOrDefault(p => p.IsAdjectival && p.Span.Overlaps(previous) && p.Place is { Level: PlaceLevel.Country });
        if (place?.Place is null || article.Actors.Any(a => a.Span.Overlaps(previous))) yield break;
        var forces = new ActorMention(place.Span, place.Text, "Military Forces", ActorKind.StateForces, null, false, CountryFromContext: true);
        yield return _actors.WithCountry(forces, place.Place.CountryCode);
    }

    ConflictEvent Finish(AnnotatedArticle article, ArticlePlaces where, EventDraft draft)
    {
        var text = article.Article.Text;
        // A country or a demonym is the last resort: the article's own focus place in that country is better.
        var focus = where.Focus;
        // A demonym ("a Korean firm", "Thai troops") names whose, not where: any real place of the report beats it.
        var place = draft.Place is { } own && !(Specificity(own) <= Specificity(PlaceLevel.Country) && focus?.Place?.CountryCode == own.Place?.CountryCode)
            && !(own.IsAdjectival && focus is { IsAdjectival: false, Place: not null })
            // "protests across the province" (or district) in a report about one of its towns: the town.
            && !(own.Place?.Level is PlaceLevel.Admin1 or PlaceLevel.Admin2 && focus?.Place is { Level: PlaceLevel.Locality or PlaceLevel.Admin2 or PlaceLevel.Admin3 } f
                && f.Level != own.Place.Level
                && !focus.IsAdjectival && Inside(f, own.Place))
            ? own : focus ?? draft.Place;
        // A region across borders ("the Sahel", "Middle East") belongs to no country: the article's stands in.
        var country = place?.Place?.CountryCode is { Length: > 0 } placeCountry ? placeCountry : where.Country;
        var location = place?.Place is null ? Nationwide(where.Country) : Locate(place, draft.Near && place.Place.Level == PlaceLevel.Locality);
        var (subType, actor1, actor2) = draft.IsStatistic ? (null, null, null) : Refine(draft, country);

        // An incident the text does not date is taken as the day before publication, the usual lag of daily
        // news, and coded as known to within a week (precision 2), not to the day.
        var date = draft.Time?.Start ?? (draft.Status == TemporalStatus.Current ? article.Published?.AddDays(-ReportLagDays) : null);
        var precision = draft.Time is null ? (date is null ? 3 : 2) : PrecisionOf(draft.Time);
        // A source cited beside the event; for the news of the day, else the article's first cited source
        // (background told in the reporter's own voice cites nobody).
        var source = draft.Citations.Count > 0 ? string.Join("; ", draft.Citations.Select(c => c.Name).Distinct())
            : draft.Status == TemporalStatus.Current && !draft.IsStatistic ? article.Citations.FirstOrDefault()?.Name : null;

        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        void Add(string field, TextSpan? span)
        {
            if (span is { } s) evidence.Add(new Evidence(field, s, s.Of(text)));
        }
        foreach (var t in draft.Triggers.Distinct()) Add("event_type", t);
        Add("actor1", actor1?.Span);
        Add("actor2", actor2?.Span);
        Add("location", place?.Span);
        Add("date", draft.Time?.Span);
        // Deaths told with a peaceful protest are what it is about or happened elsewhere: had the protest's policing
        // or a fight killed anyone, the sub-type would be excessive force or a riot.
        var fatalities = subType?.Name is "Peaceful protest" or "Protest with intervention" ? null : draft.Fatalities;
        Add("fatalities", fatalities is null ? null : draft.FatalitiesSpan);
        Add("injuries", draft.InjuriesSpan);
        foreach (var c in draft.Citations) Add("source", c.Span);

        var confidence = 0.35 + (location is not null ? 0.2 : 0) + (draft.Time is not null ? 0.15 : 0)
            + (actor1 is not null ? 0.1 : 0) + (draft.OnlyCasualties ? 0 : 0.1) + (draft.Sentences.Count > 1 ? 0.05 : 0);

        return new ConflictEvent(
            EventId: StableId(article.Article.Id, draft),
            ArticleId: article.Article.Id,
            Kind: draft.IsStatistic ? RecordKind.Statistic : RecordKind.Event,
            EventType: subType?.EventType,
            SubEventType: subType?.Name,
            Actor1: actor1 is null ? null : ToEventActor(actor1, country),
            Actor2: actor2 is null ? null : ToEventActor(actor2, country),
            Location: location,
            Date: date,
            TimePrecision: precision,
            Fatalities: fatalities,
            Injuries: draft.Injuries,
            TemporalStatus: draft.Status,
            Source: source,
            Confidence: Math.Round(Math.Min(confidence, 0.95), 2),
            Sentences: [.. draft.Sentences.Select(s => s.Span)],
            Evidence: evidence.ToImmutable(),
            FieldConfidence: new FieldConfidence(
                EventType: subType is null ? null : FieldConfidenceRules.EventType(draft.Strength, draft.OnlyCasualties),
                Actor1: FieldConfidenceRules.Actor(actor1),
                Actor2: FieldConfidenceRules.Actor(actor2),
                Location: FieldConfidenceRules.Location(place, ReferenceEquals(place, draft.Place), draft.Near),
                Date: FieldConfidenceRules.Date(draft.Time, draft.Time is { } dated && draft.Sentences.Any(s => s.Span.Contains(dated.Span)), date is not null),
                Fatalities: FieldConfidenceRules.Figures(draft.Fatalities),
                Injuries: FieldConfidenceRules.Figures(draft.Injuries)));
    }

    /// The codebook's rules that depend on who did what to whom, applied once every clause is in.
    (SubEventType SubType, ActorMention? Actor1, ActorMention? Actor2) Refine(EventDraft draft, string? country)
    {
        var sub = draft.SubType;
        var (a1, a2) = (draft.Actor1, draft.Actor2);
        // Actors the codebook implies rather than the text names: the crowd of a protest, the police that
        // intervened, the unknown perpetrators of a bombing. Named for the event's country, like any other.
        ActorMention Synthetic(string name, ActorKind kind, bool unidentified = false) =>
            new(draft.TriggerSpan, "", name, kind, null, unidentified, CountryFromContext: true);

        // Lethal or violent force used on a protest is its own sub-type, whatever word reported the shooting.
        // Live fire or a crackdown told of a protest, or protesters killed where the security forces faced them.
        // A crowd that rioted and was met with force stays a riot: the sub-type is for force against peaceful protest.
        var crushed = sub.EventType == "Protests" && draft.LethalForce;
        if ((draft.ExcessiveForce && sub.EventType is "Protests" or "Battles" or "Violence against civilians") || crushed)
        {
            sub = _lexicon["Excessive force against protesters"];
            var force = a1?.Kind == ActorKind.StateForces ? a1 : a2?.Kind == ActorKind.StateForces ? a2 : null;
            return (sub, Synthetic("Protesters", ActorKind.Protesters), force ?? Synthetic("Police Forces", ActorKind.StateForces));
        }
        // Ground that changed hands after the holders withdrew, with nobody killed, was transferred, not taken in a fight.
        if (sub.Name is "Non-state actor overtakes territory" or "Government regains territory" && draft.Unopposed && !(draft.Fatalities?.Best > 0))
        {
            sub = _lexicon["Non-violent transfer of territory"];
        }
        // Shelling or a mine that the other side answered with fire is part of a battle: ACLED keeps remote violence
        // for one-sided strikes (a suicide attack stays one).
        // (Missiles, shells and planted bombs are no crowd's weapons -- unlike bombs hurled by hand: such a battle
        // is never a street fight, below.)
        var remote = sub.EventType == "Explosions/Remote violence";
        var heavyWeapons = remote && !draft.CrowdWeapon;
        if (remote && sub.Name != "Suicide bomb" && draft.TwoSided) sub = _lexicon["Armed clash"];
        // "Rebels attacked an army base with artillery, gunfire and grenade launchers": guns and explosives turned on
        // an armed post or on armed men are a battle, not one-sided remote violence.
        if (sub.Name is "Shelling/artillery/missile attack" or "Grenade" or "Remote explosive/landmine/IED" && draft.SmallArms
            && (draft.ArmedTarget || a2 is { Kind: ActorKind.StateForces or ActorKind.RebelGroup or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia })
            && a1 is not null && IsArmed(a1.Kind)) sub = _lexicon["Armed clash"];
        // Mines and bombs found, cleared or destroyed, with no blast and nobody hurt, were disrupted before use.
        if (sub.Name == "Remote explosive/landmine/IED" && draft.WeaponsFound && !draft.Blast && !draft.HarmsPeople
            && draft.Fatalities is null && draft.Injuries is null) sub = _lexicon["Disrupted weapons use"];
        switch (sub.EventType)
        {
            case "Protests" or "Riots":
                // A protest at which policemen were hurt was not peaceful: the crowd fought, a violent demonstration.
                if (sub.EventType == "Protests" && draft.PoliceHurt) sub = _lexicon["Violent demonstration"];
                // A crowd's violence "during a demonstration" is the demonstration turning violent, not a mob's.
                if (sub.Name == "Mob violence" && draft.Demonstration) sub = _lexicon["Violent demonstration"];
                if (sub.Name == "Peaceful protest" && draft.ExcessiveForce) sub = _lexicon["Excessive force against protesters"];
                else if (sub.Name == "Peaceful protest" && draft.Intervention) sub = _lexicon["Protest with intervention"];
                // "Assailants hurled a petrol bomb at a bus, injuring four": unknown attackers who harm people with a
                // crowd's weapons attack civilians; only a crowd (a mob, pickets, supporters) riots.
                var harmed = draft.HarmsPeople || draft.Injuries?.Best > 0 || draft.Fatalities?.Best > 0;
                // (Policemen hurt that way were attacked as the state's armed men: a battle, as ACLED codes attacks on them.)
                if (sub.EventType == "Riots" && a1 is { IsUnidentified: true, Kind: ActorKind.PoliticalMilitia } && !draft.Crowd && harmed)
                {
                    return a2?.Kind == ActorKind.StateForces ? (_lexicon["Armed clash"], a1, a2)
                        : (_lexicon["Attack"], a1, a2?.Kind == ActorKind.Civilians ? a2 : Synthetic("Civilians", ActorKind.Civilians));
                }
                // "Militants set a school on fire", "rebels torched houses": an armed group (not a party's activists)
                // that burns or wrecks property hurting nobody destroyed property; it does not riot. Unknown
                // "assailants" who torch a bus during a strike are the strike's rioters, as ACLED codes them.
                if (sub.Name == "Violent demonstration" && a1 is { Kind: ActorKind.RebelGroup or ActorKind.IdentityMilitia or ActorKind.ExternalForces or ActorKind.PoliticalMilitia, Associated: null }
                    && (!a1.IsUnidentified || ArmedWords.Concat(RebelWords).Any(w => a1.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
                    && !draft.Crowd && !draft.Demonstration && !harmed)
                {
                    return (_lexicon["Looting/property destruction"], a1, null);
                }
                // A petrol bomb or crude bomb thrown into a bus or at people is an attack on civilians by whoever threw it
                // (a party's activists: its militia), not a riot; thrown at empty vehicles and buildings it is a riot.
                if (sub.EventType == "Riots" && draft.CrowdWeapon && harmed && a1?.Kind is not ActorKind.StateForces && a2?.Kind is not ActorKind.StateForces
                    && a1?.Kind is not ActorKind.Rioters)
                {
                    var thrower = a1 is { Kind: ActorKind.PoliticalMilitia } ? a1 : Synthetic("Unidentified Armed Group", ActorKind.PoliticalMilitia, unidentified: true);
                    return (_lexicon["Attack"], thrower, a2?.Kind == ActorKind.Civilians ? a2 : Synthetic("Civilians", ActorKind.Civilians));
                }
                var crowd = sub.EventType == "Riots" ? ActorKind.Rioters : ActorKind.Protesters;
                // "Police arrested protesters": the police are the second actor of a protest they intervened in.
                // Police merely named ("marched to the police station", "urged the police to act") did not intervene.
                if (a1?.Kind == ActorKind.StateForces) (a1, a2) = (null, a1);
                // Whoever is in the street -- party activists, tribesmen, a rebel-aligned union -- is coded as the crowd.
                if (a1 is null || a1.Kind is not ActorKind.StateForces)
                {
                    a1 = Synthetic(crowd == ActorKind.Rioters ? "Rioters" : "Protesters", crowd);
                }
                if (sub.Name is "Protest with intervention" or "Excessive force against protesters" && (a2 is null || a2.Kind != ActorKind.StateForces))
                {
                    a2 = Synthetic("Police Forces", ActorKind.StateForces);
                }
                // A peaceful protest has one side; a riot's second side is whoever the crowd fought or harmed.
                if (sub.Name == "Peaceful protest") a2 = null;
                else if (sub.EventType == "Riots" && a2 is not null && a2.Kind is not (ActorKind.StateForces or ActorKind.Civilians or ActorKind.Rioters)) a2 = null;
                // A riot the police broke up or made arrests in has the police as its second side ("15").
                if (sub.EventType == "Riots" && draft.Intervention && a2?.Kind is null or ActorKind.Rioters) a2 = Synthetic("Police Forces", ActorKind.StateForces);
                // Rioters who burn a bus or smash shops harm property, not people: no civilian victims unless someone was hurt.
                if (sub.EventType == "Riots" && a2?.Kind == ActorKind.Civilians && !draft.HarmsPeople) a2 = null;
                // A mob that beat or killed people has them as its victims even where the text names them only as suspects.
                // Rioters who hurt people the text does not call police (passers-by, a bus driver, journalists) harmed
                // civilians, their second side; the police answer when they were the ones hurt.
                if (sub.Name == "Mob violence" && a2 is null && harmed) a2 = Synthetic("Civilians", ActorKind.Civilians);
                else if (sub.EventType == "Riots" && a2 is null && draft.HarmsPeople && !draft.PoliceHurt) a2 = Synthetic("Civilians", ActorKind.Civilians);
                break;
            case "Battles" or "Violence against civilians":
                // Security forces firing on protesters: excessive force against the protest; on rioters: a riot.
                // (A crowd that shoots back is fighting: see the gunfight rule below.)
                // (A clash is two-sided: the crowd fought back, which the crowd-clash rule below makes a riot.)
                if (sub.Name == "Attack" && !draft.Firearms && draft.ProtestTold && (a1?.Kind, a2?.Kind) is (ActorKind.StateForces, ActorKind.Protesters or ActorKind.Rioters) or (ActorKind.Protesters or ActorKind.Rioters, ActorKind.StateForces))
                {
                    var (forces, crowdActor) = a1!.Kind == ActorKind.StateForces ? (a1, a2!) : (a2!, a1);
                    return crowdActor.Kind == ActorKind.Protesters
                        ? (_lexicon["Excessive force against protesters"], crowdActor, forces)
                        : (_lexicon["Violent demonstration"], crowdActor, forces);
                }
                if (sub.Name == "Armed clash" && !heavyWeapons && IsCrowdClash(draft, a1, a2))
                {
                    // Supporters, villagers or protesters fighting each other or the police: a riot, not a battle.
                    var withPolice = a1?.Kind == ActorKind.StateForces || a2?.Kind == ActorKind.StateForces;
                    var state = a1?.Kind == ActorKind.StateForces ? a1 : a2?.Kind == ActorKind.StateForces ? a2 : null;
                    // ...unless the crowd fought like a militia: a gunfight with the police, or a fight between groups
                    // that killed someone or in which both sides fired guns ("opened fire at each other"). ACLED codes
                    // such groups as militias in a battle: a party's armed activists as its political militia (3),
                    // village and clan groups as communal (identity) militias (4).
                    if (withPolice ? draft.Firearms : draft.Fatalities?.Best > 0 || ((draft.Firearms || draft.Shooting) && draft.TwoSided))
                    {
                        var party = new[] { a1, a2 }.FirstOrDefault(a => a is { Kind: ActorKind.PoliticalMilitia, Associated: not null });
                        ActorMention Militia(ActorMention? a) => a is { Kind: ActorKind.PoliticalMilitia } ? a
                            : party is not null ? party
                            : withPolice ? Synthetic("Unidentified Armed Group", ActorKind.PoliticalMilitia, unidentified: true)
                            : Synthetic("Unidentified Communal Militia", ActorKind.IdentityMilitia, unidentified: true);
                        sub = _lexicon["Armed clash"];
                        (a1, a2) = state is not null ? (state, Militia(a1 == state ? a2 : a1)) : (Militia(a1), Militia(a2));
                        break;
                    }
                    // A crowd at a demonstration that fought rivals still demonstrated violently; a mob is a crowd with no demonstration.
                    sub = _lexicon[withPolice || draft.Demonstration ? "Violent demonstration" : "Mob violence"];
                    var other = a1 is not null && a1 != state && !IsCrowd(a1) ? a1 : a2 is not null && a2 != state && !IsCrowd(a2) ? a2 : null;
                    a1 = Synthetic("Rioters", ActorKind.Rioters);
                    a2 = state ?? other ?? (withPolice ? null : Synthetic("Rioters", ActorKind.Rioters));
                    break;
                }
                // A party's activists or a crowd that beat up policemen or rivals without guns, killing no one, riot:
                // ACLED keeps the militia codes for armed, organised violence -- shooting, hacking or stabbing people.
                // (With no actor named, a crowd word -- "a group of farmers", "villagers" -- says who attacked.)
                // ("A police team was attacked by the residents": villagers or locals named as the attackers are such a crowd.)
                if (sub.Name == "Attack" && ((a1 is not null && IsCrowd(a1) && (a1.Kind != ActorKind.Civilians || draft.Crowd)) || (a1 is null && draft.Crowd)) && !draft.Firearms
                    && !draft.Shooting && !draft.Blade
                    && !(draft.Fatalities?.Best > 0) && a2?.Kind is null or ActorKind.StateForces or ActorKind.Civilians or ActorKind.PoliticalMilitia)
                {
                    sub = _lexicon[a2?.Kind == ActorKind.StateForces ? "Violent demonstration" : "Mob violence"];
                    a1 = Synthetic("Rioters", ActorKind.Rioters);
                    a2 = a2 is { Kind: ActorKind.StateForces } ? a2 : Synthetic("Civilians", ActorKind.Civilians);
                    break;
                }
                // "Three buses were set on fire", "activists stormed the office": an attack that hurt nobody, by no armed
                // group the text names, is violence against property -- a riot in ACLED's coding, rioters alone.
                if (sub.Name == "Attack" && !draft.HarmsPeople && draft.Injuries is null && draft.Fatalities is null && !draft.Shooting && !draft.Blade
                    && (a1 is null || IsCrowd(a1)) && a2?.Kind is null or ActorKind.Civilians)
                {
                    return (_lexicon["Violent demonstration"], Synthetic("Rioters", ActorKind.Rioters), null);
                }
                // A party's candidate, leader or worker shot or beaten is a civilian (ACLED associates the party), and a
                // second mention of the same unknown attackers ("assailants ... the gunmen") is no second side.
                if (sub.Name == "Attack" && a2 is { Kind: ActorKind.PoliticalMilitia } victim
                    && (victim.Associated is not null || (victim.IsUnidentified && a1 is { IsUnidentified: true, Kind: ActorKind.PoliticalMilitia })))
                {
                    a2 = victim.Associated is not null
                        ? Synthetic("Civilians", ActorKind.Civilians) with { Associated = victim.Associated }
                        : Synthetic("Civilians", ActorKind.Civilians);
                }
                // "24 were killed after gunmen attacked a mosque": unknown armed men, the only side named, did the attacking;
                // armed victims of an attack are named for who they are (soldiers, police, a group).
                if (sub.Name == "Attack" && a1 is null && a2 is { IsUnidentified: true, Kind: ActorKind.PoliticalMilitia }) (a1, a2) = (a2, null);
                if (sub.Name is "Attack" or "Armed clash")
                {
                    // (Villagers who beat bandits to death did not fight a battle: whoever civilians kill, they attacked.)
                    var armedTarget = !(a1?.Kind == ActorKind.Civilians && draft.Crowd)
                        && ((a2 is not null && IsArmed(a2.Kind)) || (draft.ArmedTarget && (a2 is null || a2.Kind != ActorKind.Civilians)));
                    // "Clashed", "gunfight", "exchange of fire" say both sides fought: a battle even when the text does
                    // not name the other side, whose civilians caught in it are its victims, not a side.
                    if (sub.Name == "Armed clash" && !armedTarget)
                    {
                        a1 ??= Synthetic("Unidentified Armed Group", ActorKind.PoliticalMilitia, unidentified: true);
                        a2 = a1.Kind == ActorKind.StateForces || a1.IsUnidentified is false
                            ? Synthetic("Unidentified Armed Group", ActorKind.PoliticalMilitia, unidentified: true)
                            : Synthetic("Military Forces", ActorKind.StateForces);
                        break;
                    }
                    sub = _lexicon[armedTarget ? "Armed clash" : "Attack"];
                    if (!armedTarget && a2 is null) a2 = Synthetic("Civilians", ActorKind.Civilians);
                }
                if (sub.Name == "Non-state actor overtakes territory" && a1?.Kind == ActorKind.StateForces) sub = _lexicon["Government regains territory"];
                // Rebels taking back a base they had lost still overtake it: "regains" is the government's sub-type.
                // (A group the text names or calls rebels; "ten militants were killed ... forces took back control" is the state's.)
                else if (sub.Name == "Government regains territory" && (a1?.Kind == ActorKind.RebelGroup
                    || (a1 is { Kind: ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia }
                        && (!a1.IsUnidentified || RebelWords.Any(w => a1.Text.Contains(w, StringComparison.OrdinalIgnoreCase))))))
                {
                    sub = _lexicon["Non-state actor overtakes territory"];
                }
                // Ground regained by nobody named ("the rebels were pushed back") was regained by the state's forces.
                if (sub.Name == "Government regains territory") a1 ??= Synthetic("Military Forces", ActorKind.StateForces);
                a1 ??= Synthetic("Unidentified Armed Group", ActorKind.PoliticalMilitia, unidentified: true);
                break;
            case "Explosions/Remote violence":
                // "Party activists hurled bombs at a rival's house": home-made bombs thrown by a crowd or a party's men
                // are a riot, as ACLED codes them (mob violence, with civilians as the second side when anyone was
                // hurt); the same bombs thrown by unknown attackers stay remote violence.
                if (draft.CrowdWeapon && a1 is { } bomber && bomber.Kind != ActorKind.Civilians
                    && (IsCrowd(bomber) || bomber is { Kind: ActorKind.PoliticalMilitia, Associated: not null }))
                {
                    return (_lexicon["Mob violence"], Synthetic("Rioters", ActorKind.Rioters), draft.HasToll ? Synthetic("Civilians", ActorKind.Civilians) : null);
                }
                // Aircraft and drones are a state's arms: an air strike by nobody named is the state's military
                // (the Events stage makes it external when the place is abroad).
                if (sub.Name == "Air/drone strike") a1 ??= Synthetic("Military Forces", ActorKind.StateForces);
                a1 ??= Synthetic("Unidentified Armed Group", ActorKind.PoliticalMilitia, unidentified: true);
                // A blast or a shell that killed or hurt people the text does not name as armed hit civilians: the
                // codebook's second actor is the target when one was hit.
                if (a2 is null && draft.HasToll) a2 = Synthetic("Civilians", ActorKind.Civilians);
                break;
            default:
                if (sub.Name == "Arrests" && a1 is null)
                {
                    a1 = Synthetic("Police Forces", ActorKind.StateForces);
                }
                break;
        }
        return (sub, a1, a2);
    }

    /// A crowd is who the codebook calls rioters: protesters, civilians, or a party's activists.
    static bool IsCrowd(ActorMention a) => a.Kind is ActorKind.Protesters or ActorKind.Rioters or ActorKind.Civilians
        || (a.Kind == ActorKind.PoliticalMilitia && a.Associated is not null);

    /// No organised armed actor on either side, and the clause speaks of groups, supporters or villagers.
    static bool IsCrowdClash(EventDraft draft, ActorMention? a1, ActorMention? a2)
    {
        static bool Organised(ActorMention? a) => a is not null && !IsCrowd(a) && a.Kind != ActorKind.StateForces;
        if (Organised(a1) || Organised(a2) || draft.Combatants) return false;
        // Civilians are the crowd only where the text speaks of a crowd; otherwise they are the people a battle harmed.
        bool Crowd(ActorMention? a) => a is not null && IsCrowd(a) && (a.Kind != ActorKind.Civilians || draft.Crowd);
        // A clash in which no armed group is named at all ("a clash left five injured", "clashed with police") is
        // a fight between crowds, or a crowd and the police, until the text names an armed side.
        // ("Passengers clashed with the police": the police are the only side named, the other a crowd; crowds fight
        // the police, not the army.)
        static bool Police(ActorMention a) => a.Kind == ActorKind.StateForces && a.Name.StartsWith("Police", StringComparison.Ordinal);
        var unnamed = (a1 is null || Police(a1) || (a1.Kind == ActorKind.Civilians && !draft.Crowd))
            && (a2 is null || a2.Kind == ActorKind.Civilians || (a1 is null && Police(a2)))
            && (a1 is not null || a2 is null || !draft.Firearms);
        return Crowd(a1) || Crowd(a2) || draft.Crowd || unnamed;
    }

    static bool IsArmed(ActorKind kind) => kind is ActorKind.StateForces or ActorKind.RebelGroup or ActorKind.PoliticalMilitia
        or ActorKind.IdentityMilitia or ActorKind.ExternalForces;

    EventActor ToEventActor(ActorMention actor, string? eventCountry)
    {
        if (eventCountry is not null) actor = _actors.WithCountry(actor, eventCountry);
        // State forces abroad are external forces in ACLED's interaction codes.
        var inter = actor.Kind == ActorKind.StateForces && actor.Country is not null && eventCountry is not null && actor.Country != eventCountry
            ? (int)ActorKind.ExternalForces : (int)actor.Kind;
        return new EventActor(actor.Name, actor.Kind, inter, actor.Country);
    }

    EventLocation Locate(PlaceMention mention, bool near)
    {
        var p = mention.Place!;
        if (p.Level == PlaceLevel.Country && Nationwide(p.CountryCode) is { } capital) return capital;
        // A district is coded at its headquarters town (precision 2), a province at its capital (precision 3), as
        // ACLED does, not at the area's label point.
        if (p.Level is PlaceLevel.Admin1 or PlaceLevel.Admin2 or PlaceLevel.Admin3 && SeatOf(p) is { } seat)
            return new EventLocation(seat.Name, seat.Admin1Name, seat.CountryCode, seat.Latitude, seat.Longitude, seat.GeoNamesId, p.Level == PlaceLevel.Admin1 ? 3 : 2);
        var precision = p.Level switch
        {
            PlaceLevel.Locality => near ? 2 : 1,
            PlaceLevel.Admin2 or PlaceLevel.Admin3 => 2,
            _ => 3,
        };
        return new EventLocation(p.Name, p.Admin1Name, p.CountryCode, p.Latitude, p.Longitude, p.GeoNamesId, precision);
    }

    /// The place an article is about when a clause names none: its most specific, most repeated place.
    /// What the whole article says about where it is, worked out once per article: its main country and focus place.
    sealed record ArticlePlaces(string? Country, PlaceMention? Focus);

    static PlaceMention? ArticleFocus(AnnotatedArticle article)
    {
        var country = ArticleCountry(article);
        return article.Places.Where(p => p.Place is not null)
            .Select(p => AtHome(article, p))
            .Where(p => country is null || p.Place!.CountryCode == country || !IsSmall(p.Place) || p.Place.Level != PlaceLevel.Locality)
            .GroupBy(p => p.Place!.GeonameId)
            .OrderByDescending(g => Specificity(g.First()) + g.Count() * 0.5)
            .Select(g => g.First())
            .FirstOrDefault();
    }

    /// The country most places of the article belong to; with no place, the country of most named actors
    /// ("police of Ghana charged protesters in the capital").
    /// Each place counts once however often named, with the resolver's confidence in it, and more when the text puts
    /// something in it ("in X"), so that a doubtful namesake abroad does not tie with a town at home. A demonym
    /// ("Thai troops") says whose, not where, and counts little.
    static string? ArticleCountry(AnnotatedArticle article) =>
        article.Places.Where(p => p.Place is { CountryCode.Length: > 0 }).GroupBy(p => p.Place!.CountryCode, StringComparer.Ordinal)
            .OrderByDescending(g => g.GroupBy(p => p.Place!.GeonameId)
                .Sum(same => same.Max(p => CountryVote(article.Article.Text, p))))
            .Select(g => g.Key).FirstOrDefault()
        ?? article.Actors.Where(a => a.Country is not null && !a.CountryFromContext).GroupBy(a => a.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    static int PrecisionOf(TimeMention time) => time.Granularity switch
    {
        TimeGranularity.Day => 1,
        TimeGranularity.DayRange or TimeGranularity.Week => 2,
        _ => 3,
    };

    /// "Protests were held in Comilla, Naogaon and Faridpur": ACLED codes an event a place, so a current event
    /// without casualties whose place heads a list of places of one rank (separated by commas and "and", not
    /// "between X and Y", none inside another) is one event at each. A toll cannot be shared out among the places,
    /// so an event with casualties stays one.
    static IEnumerable<EventDraft> OnePerListedPlace(AnnotatedArticle article, EventDraft draft)
    {
        yield return draft;
        if (draft.IsStatistic || draft.Status != TemporalStatus.Current || draft.Place is not { Place: { } first } at
            || at.IsAdjectival || at.InName || first.Level == PlaceLevel.Country
            || draft.HasToll) yield break;
        var text = article.Article.Text;
        var places = article.Places;
        var k = places.IndexOf(at);
        if (k < 0) yield break;
        // The whole list the event's place belongs to, before it and after it ("in Birbhum, Bankura and Burdwan").
        var (from, to) = (k, k);
        while (from > 0 && IsListGap(text, places[from - 1].Span, places[from].Span)) from--;
        while (to + 1 < places.Length && IsListGap(text, places[to].Span, places[to + 1].Span)) to++;
        var list = places.Skip(from).Take(to - from + 1).ToList();
        // "between X and Y" names a stretch of road or front, "from X and Y" where people came from: not two venues.
        if (IsBetween(text, list[0].Span)) yield break;
        // Provinces go with provinces; towns, districts and sub-districts with each other (a list mixes them freely).
        // Two names joined by a comma, one inside the other, are a place and its district ("Mirpur, Dhaka"), not a list.
        if (list.Count < 2 || list.Any(p => p.Place is null || p.IsAdjectival || p.InName || p.Place.Level == PlaceLevel.Country
                || (p.Place.Level == PlaceLevel.Admin1) != (first.Level == PlaceLevel.Admin1) || p.Place.CountryCode != first.CountryCode)
            || (list.Count == 2 && text[list[0].Span.End..list[1].Span.Start].Trim() == "," && (Inside(list[0].Place, list[1].Place) || Inside(list[1].Place, list[0].Place)))) yield break;
        // A district listed with towns inside it ("in Birbhum, Bolpur and Suri") is told through its towns.
        var containers = list.Where(p => list.Any(q => q != p && Inside(q.Place, p.Place))).ToList();
        if (containers.Contains(at)) yield break;
        var index = 0;
        foreach (var other in list.Where(p => p != at && !containers.Contains(p))) yield return draft.AtListedPlace(other, ++index);
    }

    /// What may stand between two places of a list: "," "and" ", and" "&" -- and, between commas, one name the
    /// gazetteer does not know ("Sylhet, Bogra, Munhsiganj, Magura").
    static bool IsListGap(string text, TextSpan before, TextSpan after)
    {
        // (Mentions inside one another -- a town in a longer name -- are no list.)
        if (before.End > after.Start) return false;
        return IsListJoint(text, before.End, after.Start) || ListUnknownName().IsMatch(text.AsSpan(before.End, after.Start - before.End).Trim());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s*\p{Lu}[\p{L}\p{M}-]+\s*(,|, and|and)$", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex ListUnknownName();

    /// What a place a distance is measured from loses against the other places of its scope: when the text names
    /// no other, the landmark still stands (ACLED codes it, with geo-precision 2).
    const double DistanceReferencePenalty = 2;

    static bool IsDistanceReference(string text, TextSpan place)
    {
        var from = Math.Max(0, place.Start - 40);
        return DistanceBefore().IsMatch(text.AsSpan(from, place.Start - from));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s*(km|kms|kilometres|kilometers|miles)\s+((north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+)?(of|from)\s+(the\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex DistanceBefore();

    /// "Protests went on from 14 to 16 July": ACLED codes an event a day, so a current event without casualties told
    /// over a range of a few days is one event on each day (a toll cannot be shared out among them: it stays one).
    static IEnumerable<EventDraft> OnePerDay(EventDraft draft)
    {
        if (!draft.IsStatistic && draft.Status == TemporalStatus.Current && !draft.HasToll && draft.ListedDays.Count >= 2)
        {
            for (var i = 0; i < draft.ListedDays.Count; i++) yield return draft.OnDay(draft.ListedDays[i], i);
            yield break;
        }
        // An event told over a list of days that stays one (a toll cannot be shared out) began on the first of them.
        if (draft.ListedDays.Count >= 2)
        {
            yield return draft.OnDay(draft.ListedDays[0], 0);
            yield break;
        }
        if (draft.IsStatistic || draft.Status != TemporalStatus.Current || draft.HasToll
            || draft.Time is not { Granularity: TimeGranularity.DayRange, Start: { } first, End: { } last } range
            || last.DayNumber - first.DayNumber is < 1 or > MaxDaysOneEventEach)
        {
            yield return draft;
            yield break;
        }
        for (var (day, i) = (first, 0); day <= last; day = day.AddDays(1), i++)
        {
            var oneDay = range with { Start = day, End = day, Granularity = TimeGranularity.Day, Value = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            yield return draft.OnDay(oneDay, i);
        }
    }

    /// The longest range split into daily events; a longer one ("through March") is a campaign, kept as one.
    const int MaxDaysOneEventEach = 6;

    static bool IsBetween(string text, TextSpan first)
    {
        var before = text.AsSpan(0, first.Start).TrimEnd();
        return before.EndsWith("between", StringComparison.OrdinalIgnoreCase) || before.EndsWith("from", StringComparison.OrdinalIgnoreCase);
    }

    static string StableId(string articleId, EventDraft draft)
    {
        var key = $"{articleId}\u0001{draft.TriggerSpan.Start}\u0001{draft.Sentences[0].Span.Start}\u0001{draft.IsStatistic}"
            + (draft.ListIndex > 0 ? $"\u0001{draft.Place?.Span.Start}" : "")
            + (draft.DayIndex > 0 ? $"\u0001day{draft.DayIndex}" : "");
        return "ev_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    /// A town abroad in a report whose other places and named actors all belong to one other country is likelier the
    /// namesake at home, when the geoparser found one ("Salem" of Tamil Nadu, not of Oregon, when the rest of the
    /// report names an Indian party and towns of India).
    static PlaceMention AtHome(AnnotatedArticle article, PlaceMention mention)
    {
        if (mention.Place is not { } place || mention.IsAdjectival || mention.Alternatives.IsDefaultOrEmpty
            || place.Level is PlaceLevel.Country or PlaceLevel.Continent) return mention;
        var votes = article.Places
            .Where(p => p.Place is not null && !p.IsAdjectival && !string.Equals(p.Text, mention.Text, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Place!.CountryCode)
            .Concat(article.Actors.Where(a => a.Country is not null && !a.CountryFromContext).Select(a => a.Country!))
            .ToList();
        var home = votes.Distinct(StringComparer.Ordinal).ToList();
        if (home.Count == 1 && home[0] == place.CountryCode) return InProvince(article, mention);
        if (home.Count != 1 || votes.Count < HomeVotes) return mention;
        // Only a namesake of some size: a hamlet at home is no likelier than the town abroad.
        // A city of millions abroad gives way only to a city at home.
        var namesake = mention.Alternatives.FirstOrDefault(a => a.CountryCode == home[0] && !IsSmall(a)
            && (place.Population < BigCityPopulation || a.Population >= BigCityPopulation / 10));
        return namesake is null ? mention : mention with { Place = namesake };
    }

    /// Places and actors of one country that make a report's home clear.
    const int HomeVotes = 1;

    /// A city this big abroad gives way only to a namesake a tenth its size at home.
    const long BigCityPopulation = 1_000_000;

    /// A village far from every other place of the report is likelier a namesake of one the gazetteer lacks.
    const double StrayPenalty = 2;

    /// Farther than this from all the other places a report names, a small place is a stray namesake.
    const double StrayKm = 40;

    /// Towns this big, and admin seats, are meant as themselves.
    const long SmallPlacePopulation = 20_000;

    /// "near Tawila bridge in Sholgara district": a small village whose sense lies far from every other place the
    /// report names, when one of those is a district, a seat or a town of some size -- the anchor the report
    /// gives -- is likely a namesake of a village the gazetteer lacks, not the place of the event.
    static bool IsStray(AnnotatedArticle article, PlaceMention mention)
    {
        if (mention.Place is not { Level: PlaceLevel.Locality } place || !IsSmall(place)) return false;
        var anchored = false;
        foreach (var other in article.Places)
        {
            if (other.Place is not { } o || other.IsAdjectival || o.Level is not (PlaceLevel.Locality or PlaceLevel.Admin2 or PlaceLevel.Admin3)
                || o.GeonameId == place.GeonameId) continue;
            if (GreatCircle.Kilometres(o.Latitude, o.Longitude, place.Latitude, place.Longitude) <= StrayKm) return false;
            // A village of the district the report names is no stray, however far from the district's point.
            if (place.Admin2Name is { } district && place.CountryCode == o.CountryCode
                && (district == o.Admin2Name || o.Level == PlaceLevel.Admin2 && district == o.Name)) return false;
            anchored |= !IsSmall(o) || o.Level != PlaceLevel.Locality || other.Score >= SureScore && NamesAnArea(other);
        }
        return anchored;
    }

    static bool IsSmall(GeoPlace place) => place.Population < SmallPlacePopulation && !place.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal)
        && place.FeatureCode != "PPLC";

    /// What a protest is against or about is seldom its venue: it counts less than a place the text puts the event in.
    const double TopicPenalty = 1.5;

    static readonly string[] TopicWords = [" against ", " over ", " about ", " condemning ", " condemned ", " condemn ", " denouncing ",
        " protesting ", " demanding ", " in solidarity with ", " in support of ", " regarding "];

    /// "In Kano, traders protested against the closure of the Benin border": a place after the trigger and after a word
    /// that opens the protest's object, with no "in"/"at" between that word and it, is the topic.
    static bool IsTopic(string text, TextSpan trigger, TextSpan place)
    {
        if (place.Start < trigger.End) return false;
        var between = text.AsSpan(trigger.End, place.Start - trigger.End);
        var opens = -1;
        foreach (var word in TopicWords)
        {
            var at = between.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            opens = Math.Max(opens, at);
        }
        if (opens < 0) return false;
        var after = between[opens..];
        return after.IndexOf(" in ", StringComparison.OrdinalIgnoreCase) < 0 && after.IndexOf(" at ", StringComparison.OrdinalIgnoreCase) < 0
            && after.IndexOf(" outside ", StringComparison.OrdinalIgnoreCase) < 0 && after.IndexOf(" near ", StringComparison.OrdinalIgnoreCase) < 0;
    }

    /// "Protesters blocked roads in the capital": with no place named, the capital of the report's country.
    /// Not "the capital of X" or "the capital's X area", which name their place.
    PlaceMention? TheCapital(AnnotatedArticle article, string? country, TextSpan scope)
    {
        if (country is null) return null;
        var text = article.Article.Text;
        var at = text.IndexOf("the capital", scope.Start, scope.End - scope.Start, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var end = at + "the capital".Length;
        var next = text.AsSpan(end, Math.Min(5, text.Length - end));
        if (next.Length > 0 && char.IsLetter(next[0]) || next.StartsWith(" of ", StringComparison.Ordinal) || next.StartsWith("'s", StringComparison.Ordinal)
            || next.StartsWith("’s", StringComparison.Ordinal)) return null;
        var capital = _gazetteer.Capital(country);
        return capital is null ? null : new PlaceMention(new TextSpan(at, end), text[at..end], capital, 0.5, [], false);
    }

    GeoPlace? SeatOf(GeoPlace district) => _gazetteer.Seat(district);

    /// An event the report places only in a country ("nationwide", "across Nepal", or no place at all beside a
    /// country's police or parties) is coded at the capital with precision 3, as ACLED codes national-level events.
    EventLocation? Nationwide(string? country)
    {
        if (country is null || _gazetteer.Capital(country) is not { } capital) return null;
        return new EventLocation(capital.Name, capital.Admin1Name, capital.CountryCode, capital.Latitude, capital.Longitude, capital.GeoNamesId, 3);
    }

    /// "the Kabul-Jalalabad highway", "the Nigeria-Niger border", "a Kano-bound bus": a part of a hyphenated compound
    /// names a route or a direction, almost never where the event happened.
    const double CompoundPenalty = 3;

    static bool IsCompoundPart(string text, TextSpan place) =>
        place.End + 1 < text.Length && text[place.End] is '-' or '–' && char.IsLetter(text[place.End + 1])
        || place.Start >= 2 && text[place.Start - 1] is '-' or '–' && char.IsLetter(text[place.Start - 2]);

    /// A resolution this sure (the share of the winning sense) is taken as the place the text means.
    const double SureScore = 0.8;

    static readonly Lazy<GeoLexicon> GeoWords = new(GeoLexicon.LoadDefault);

    /// "Sholgara district", "Kasese subcounty": a mention that ends with a generic word of an admin level names an area
    /// the report anchors itself in, whatever the gazetteer resolved it to.
    static bool NamesAnArea(PlaceMention mention)
    {
        var space = mention.Text.LastIndexOf(' ');
        return space > 0 && GeoWords.Value.Generics.TryGetValue(PlaceNames.Fold(mention.Text.AsSpan(space + 1)), out var level)
            && level is PlaceLevel.Admin1 or PlaceLevel.Admin2 or PlaceLevel.Admin3;
    }

    static double CountryVote(string text, PlaceMention p)
    {
        var locative = IsLocative(text, p.Span);
        return p.IsAdjectival && !locative ? DemonymVote : 1 + p.Score + (locative ? 1 : 0);
    }

    const double DemonymVote = 0.5;

    /// The same within a country: a village outside the one province all the report's other places lie in gives way
    /// to its namesake in that province, when the geoparser found one.
    static PlaceMention InProvince(AnnotatedArticle article, PlaceMention mention)
    {
        var place = mention.Place!;
        if (place.Level != PlaceLevel.Locality || place.Admin1Code is null || !IsSmall(place)) return mention;
        var provinces = article.Places
            .Where(p => p.Place is { Admin1Code: not null } && !p.IsAdjectival && p.Place.CountryCode == place.CountryCode
                && !string.Equals(p.Text, mention.Text, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Place!.Admin1Code!)
            .Distinct(StringComparer.Ordinal).ToList();
        if (provinces.Count != 1 || provinces[0] == place.Admin1Code) return mention;
        var namesake = mention.Alternatives.FirstOrDefault(a => a.CountryCode == place.CountryCode && a.Admin1Code == provinces[0]
            && a.Level == PlaceLevel.Locality);
        return namesake is null ? mention : mention with { Place = namesake };
    }

    /// Towns of one province this close are neighbours: one report may name either for the same incident.
    const double NeighbourKm = 80;
}
