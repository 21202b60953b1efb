using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Core.Time;

/// The time stage's word lists (data/time/*), merged into one entry per word plus the multi-word phrases.
internal sealed class TimeLexicon
{
    readonly FrozenDictionary<string, LexEntry> _words;
    readonly FrozenDictionary<string, Phrase[]> _references;
    readonly FrozenDictionary<string, Phrase[]> _partsOfDay;
    readonly FrozenDictionary<string, Phrase[]> _holidays;

    TimeLexicon(Dictionary<string, LexEntry> words, List<Phrase> references, List<Phrase> partsOfDay, List<Phrase> approximators, List<Phrase> holidays)
    {
        _holidays = Index(holidays);
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _references = Index(references);
        _partsOfDay = Index(partsOfDay);
        Approximators = [.. approximators.OrderByDescending(p => p.Words.Length)];
    }

    /// "nearly", "at least": kept inside a duration's span. Longest first.
    public Phrase[] Approximators { get; }

    public LexEntry? Find(string word) => _words.GetValueOrDefault(word);

    /// Phrases starting with this word, longest first.
    public ReadOnlySpan<Phrase> ReferencesStartingWith(string word) => _references.TryGetValue(word, out var p) ? p : [];

    public ReadOnlySpan<Phrase> PartsOfDayStartingWith(string word) => _partsOfDay.TryGetValue(word, out var p) ? p : [];

    /// Named days starting with this word, longest first; Value is the date rule.
    public ReadOnlySpan<Phrase> HolidaysStartingWith(string word) => _holidays.TryGetValue(word, out var p) ? p : [];

    public static TimeLexicon Load()
    {
        var words = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        LexEntry Entry(string word)
        {
            if (!words.TryGetValue(word, out var entry)) words[word] = entry = new LexEntry();
            return entry;
        }

        foreach (var f in Rows("months.tsv", 2))
        {
            var e = Entry(f[0]);
            e.Month = Int(f[1]);
            var flags = f.Length > 2 ? f[2] : "";
            e.MonthAbbreviation = flags.Contains("abbr", StringComparison.Ordinal);
            e.MonthAmbiguous = flags.Contains("ambiguous", StringComparison.Ordinal);
        }
        foreach (var f in Rows("weekdays.tsv", 2))
        {
            var e = Entry(f[0]);
            e.Weekday = Int(f[1]);
            e.WeekdayPlural = f.Length > 2 && f[2] == "plural";
        }
        foreach (var f in Rows("numbers.tsv", 2)) Entry(f[0]).Cardinal = Int(f[1]);
        foreach (var f in Rows("ordinals.tsv", 2)) Entry(f[0]).Ordinal = Int(f[1]);
        foreach (var w in DataDirectory.ReadLexicon("time", "vague-quantities.txt")) Entry(w).Vague = true;
        foreach (var f in Rows("units.tsv", 2)) Entry(f[0]).Unit = Enum.Parse<TimeUnit>(f[1], ignoreCase: true);
        foreach (var f in Rows("relative-words.tsv", 3))
        {
            var e = Entry(f[0]);
            e.Shift = Int(f[1]);
            e.ShiftFromNarrative = f[2] == "narrative";
        }
        foreach (var f in Rows("day-offsets.tsv", 2))
        {
            var e = Entry(f[0]);
            e.DayOffset = Int(f[1]);
            e.DayOffsetPartOfDay = f.Length > 2 ? f[2] : null;
        }
        var partsOfDay = new List<Phrase>();
        foreach (var f in Rows("parts-of-day.tsv", 2))
        {
            var phraseWords = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (phraseWords.Length == 1) Entry(f[0]).PartOfDay = f[1];
            else partsOfDay.Add(new Phrase(phraseWords, f[1]));
        }
        foreach (var f in Rows("seasons.tsv", 2)) Entry(f[0]).Season = f[1];
        foreach (var f in Rows("modifiers.tsv", 2)) Entry(f[0]).Modifier = f[1];
        foreach (var f in Rows("sets.tsv", 2)) Entry(f[0]).SetValue = f[1];
        foreach (var f in Rows("tense-cues.tsv", 2))
        {
            var e = Entry(f[0]);
            switch (f[1])
            {
                case "future": e.Tense = Tense.Future; break;
                case "past": e.Tense = Tense.Past; break;
                case "future-before-to": e.FutureBeforeTo = true; break;
                case "passive-auxiliary": e.PassiveAuxiliary = true; break;
                case "perfect-auxiliary": e.PerfectAuxiliary = true; break;
                case "present": e.Present = true; break;
                default: throw new InvalidDataException($"tense-cues.tsv: \"{f[1]}\" is not future, past, future-before-to, present, passive-auxiliary or perfect-auxiliary");
            }
        }
        foreach (var f in Rows("year-prepositions.tsv", 2))
        {
            var e = Entry(f[0]);
            e.YearPreposition = true;
            e.YearBoundary = f[1] == "boundary";
            e.YearWeak = f[1] == "weak";
        }
        foreach (var w in DataDirectory.ReadLexicon("time", "year-determiners.txt")) Entry(w).YearDeterminer = true;
        foreach (var w in DataDirectory.ReadLexicon("time", "ambiguous-month-context.txt")) Entry(w).AmbiguousMonthContext = true;
        foreach (var w in DataDirectory.ReadLexicon("time", "count-nouns.txt")) Entry(w).CountNoun = true;
        foreach (var w in DataDirectory.ReadLexicon("time", "list-joiners.txt")) Entry(w).ListJoiner = true;
        foreach (var w in DataDirectory.ReadLexicon("time", "season-cues.txt")) Entry(w).SeasonCue = true;
        foreach (var f in Rows("decades.tsv", 2)) Entry(f[0]).DecadeDigit = Int(f[1]);
        foreach (var w in DataDirectory.ReadLexicon("time", "timezones.txt")) Entry(w).TimeZone = true;
        foreach (var w in DataDirectory.ReadLexicon("time", "weekday-name-words.txt")) Entry(w).WeekdayNameWord = true;
        var approximators = DataDirectory.ReadLexicon("time", "approximators.txt")
            .Select(line => new Phrase(line.Split(' ', StringSplitOptions.RemoveEmptyEntries), "APPROX"))
            .ToList();

        var references = Rows("references.tsv", 2)
            .Select(f => new Phrase(f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), f[1]))
            .ToList();
        var holidays = Rows("holidays.tsv", 2)
            .Select(f => new Phrase(f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), f[1]))
            .ToList();
        // Every phrase's first word gets an entry, so the grammar can skip words without one.
        foreach (var phrase in references.Concat(partsOfDay).Concat(holidays)) Entry(phrase.Words[0]).PhraseStart = true;
        return new TimeLexicon(words, references, partsOfDay, approximators, holidays);
    }

    static FrozenDictionary<string, Phrase[]> Index(List<Phrase> phrases) =>
        phrases.GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    static IEnumerable<string[]> Rows(string file, int minColumns)
    {
        foreach (var line in DataDirectory.ReadLexicon("time", file))
        {
            var fields = line.Split('\t', StringSplitOptions.TrimEntries);
            if (fields.Length < minColumns)
                throw new InvalidDataException($"data/time/{file}: \"{line}\" has {fields.Length} column(s); expected {minColumns}");
            yield return fields;
        }
    }

    static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
