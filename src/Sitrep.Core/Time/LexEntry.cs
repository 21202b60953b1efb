namespace Sitrep.Core.Time;

/// Everything the time lexicons say about one word, so the grammar looks each token up once.
/// Filled while the lexicon loads, read-only afterwards.
internal sealed class LexEntry
{
    public int Month { get; set; }
    public bool MonthAbbreviation { get; set; }
    public bool MonthAmbiguous { get; set; }
    public int Weekday { get; set; }
    public bool WeekdayPlural { get; set; }
    public int? Cardinal { get; set; }
    public int? Ordinal { get; set; }
    public bool Vague { get; set; }
    public TimeUnit? Unit { get; set; }
    public int? Shift { get; set; }
    public bool ShiftFromNarrative { get; set; }
    public int? DayOffset { get; set; }
    public string? DayOffsetPartOfDay { get; set; }
    public string? PartOfDay { get; set; }
    public string? Season { get; set; }
    public string? Modifier { get; set; }
    public string? SetValue { get; set; }
    public Tense Tense { get; set; }
    /// "planned to", "vowed to": the word looks forward only when "to" follows it ("a rally planned for Saturday
    /// was cancelled" says nothing about the date's side of publication).
    public bool FutureBeforeTo { get; set; }
    /// "be", "been", "being": a past participle after it takes its tense from the auxiliary before ("will be held").
    public bool PassiveAuxiliary { get; set; }
    /// "had": a future cue after it ("had been due to expire Friday") looks forward from a past moment, not from publication.
    public bool PerfectAuxiliary { get; set; }
    /// "is", "are": a present-tense verb nearer the date than any cue puts the date's clause in the present.
    public bool Present { get; set; }
    public bool YearPreposition { get; set; }
    /// "since 2001": the year bounds a period rather than setting the narrative's year.
    public bool YearBoundary { get; set; }
    public bool AmbiguousMonthContext { get; set; }
    /// "of 1989": a year after it only when nothing capitalised follows ("of 2000 MQM workers" is a count).
    public bool YearWeak { get; set; }
    public bool YearDeterminer { get; set; }
    public bool CountNoun { get; set; }
    /// "and", "or": may stand between two dates of one list.
    public bool ListJoiner { get; set; }
    /// "over the summer": makes the season after "the" a time.
    public bool SeasonCue { get; set; }
    public int? DecadeDigit { get; set; }
    /// "GMT", "EST" after a clock time.
    public bool TimeZone { get; set; }
    /// "Good" in "Good Friday": the weekday after it is a name.
    public bool WeekdayNameWord { get; set; }
    /// The first word of a multi-word reference or part of day ("at the moment", "small hours").
    public bool PhraseStart { get; set; }

    /// True when the word plays any temporal role (so "Sunday Times" can be told from "Sunday morning").
    public bool IsTemporal => Month != 0 || Weekday != 0 || Unit is not null || DayOffset is not null
        || PartOfDay is not null || Season is not null || Shift is not null;
}
