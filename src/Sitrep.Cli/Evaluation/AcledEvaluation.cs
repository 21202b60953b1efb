using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Core;
using Sitrep.Core.Geo;
using Sitrep.Core.Events;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Cli.Evaluation;

/// Scores Sitrep on ACLED's hand-coded data: each row's NOTES is the input, published the day after
/// EVENT_DATE (as a report would be), and the coded columns are the gold answer.
public static partial class AcledEvaluation
{
    sealed record GoldRow(int Line, string Notes, DateOnly Date, string EventType, double Latitude, double Longitude, int Fatalities, int Inter1, int Inter2, string Place, string Country);

    sealed record Score(bool HasEvent, bool Type, bool Within25Km, bool Date, bool DateInText, bool Fatalities, bool ActorKinds, double ExtraEvents, ConflictEvent? Predicted);

    public static int Run(FileInfo file, int? limit, FileInfo? missesFile)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"sitrep: {file.FullName}: no such file");
            return 2;
        }
        var rows = ReadGold(file).Take(limit ?? int.MaxValue).ToArray();
        var pipeline = Pipeline.CreateDefault();
        var lexicon = EventLexicon.CreateDefault();
        var scores = new Score[rows.Length];
        var results = new ArticleResult[rows.Length];
        // Rows that share a note share its article id, so that one event has one stable id across their runs.
        var firstLineOfNote = rows.GroupBy(r => r.Notes.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Line, StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        Parallel.For(0, rows.Length, i =>
        {
            var row = rows[i];
            var article = new Article($"row{firstLineOfNote[row.Notes.Trim()]}", row.Notes, row.Date.AddDays(1));
            results[i] = pipeline.Run(article);
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var chosen = ChooseEvents(rows, results, lexicon);
        var gold = rows.GroupBy(r => r.Notes.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < rows.Length; i++) scores[i] = ScoreRow(rows[i], results[i], chosen[i], gold[rows[i].Notes.Trim()], lexicon);
        var split = rows.Count(r => gold[r.Notes.Trim()] > 1);

        double Share(Func<Score, bool> ok) => rows.Length == 0 ? 0 : scores.Count(ok) / (double)rows.Length;
        Console.WriteLine($"ACLED notes scored:        {rows.Length:N0}  ({file.Name}, {rows.Length / seconds:N0} notes/s; {split:N0} rows share their note with other rows and are paired with its events one to one)");
        Console.WriteLine($"notes with an event:       {Share(s => s.HasEvent):F3}");
        var types = new ClassificationScores();
        for (var i = 0; i < rows.Length; i++)
        {
            types.Add(rows[i].EventType.ToLowerInvariant(), (scores[i].Predicted?.SubEventType is { } p ? lexicon[p].Acled2015Label : "(none)").ToLowerInvariant());
        }
        Console.WriteLine($"event type accuracy:       {Share(s => s.Type):F3}  (macro F1 {types.MacroF1:F3} over {types.F1ByClass().Count} gold types)");
        Console.WriteLine($"actor kinds (inter1/inter2, order-free): {Share(s => s.ActorKinds):F3}");
        var (namedNear, atCapital) = LocationReach(rows);
        var dateReach = DateReach(rows);
        var named = rows.Length == 0 ? 0 : namedNear.Count(n => n is not null) / (double)rows.Length;
        var orCapital = rows.Length == 0 ? 0 : Enumerable.Range(0, rows.Length).Count(i => namedNear[i] is not null || atCapital[i]) / (double)rows.Length;
        Console.WriteLine($"location within 25 km:     {Share(s => s.Within25Km):F3}  (ceiling {named:F3}: notes naming, by any gazetteer name, a place within 25 km of the gold point; {orCapital:F3} counting also gold points at the country's capital)");
        // "today", "this morning": the publication day, which this protocol sets a day after the event.
        var deictic = Enumerable.Range(0, rows.Length).Count(i => scores[i].Predicted is { } p && p.Date == rows[i].Date.AddDays(1)
            && p.Evidence.Any(e => e.Field == "date" && !e.Text.Any(char.IsDigit)));
        Console.WriteLine($"date exact:                {Share(s => s.Date):F3}  ({deictic / (double)Math.Max(1, rows.Length):F3} of notes are dated by a word for the publication day, \"today\", one day after EVENT_DATE here; ceiling {(rows.Length == 0 ? 0 : dateReach.Count(r => r) / (double)rows.Length):F3}: notes that name no day, or name EVENT_DATE among their days)");
        var dated = scores.Where(s => s.DateInText).ToArray();
        Console.WriteLine($"date exact (date in text): {(dated.Length == 0 ? 0 : dated.Count(s => s.Date) / (double)dated.Length):F3}  ({dated.Length:N0} notes)");
        Console.WriteLine($"fatalities exact:          {Share(s => s.Fatalities):F3}");
        var withDeaths = Enumerable.Range(0, rows.Length).Where(i => rows[i].Fatalities > 0).ToArray();
        if (withDeaths.Length > 0)
        {
            Console.WriteLine($"fatalities exact (gold>0): {withDeaths.Count(i => scores[i].Fatalities) / (double)withDeaths.Length:F3}  ({withDeaths.Length:N0} notes)");
        }
        Console.WriteLine($"extra current events/note: {(rows.Length == 0 ? 0 : scores.Sum(s => s.ExtraEvents) / (double)rows.Length):F3}");
        PrintCalibration(scores);
        PrintConfusion(rows, scores, lexicon);
        if (missesFile is not null) WriteMisses(missesFile, rows, scores, results, namedNear, dateReach);
        return 0;
    }

    static List<ConflictEvent> CurrentEvents(ArticleResult result) =>
        [.. result.Events.Where(e => e.Kind == RecordKind.Event && e.TemporalStatus == TemporalStatus.Current)];

    /// The event each row is scored against: the most confident current event of its note -- except where ACLED split
    /// one note into several rows (one per place or day), whose rows are paired one to one with the note's events,
    /// best matches first (same day, within 25 km, same type), as event extraction is scored against several gold
    /// events of one text. Rows left over (more rows than events) take the most confident event.
    static ConflictEvent?[] ChooseEvents(GoldRow[] rows, ArticleResult[] results, EventLexicon lexicon)
    {
        var chosen = new ConflictEvent?[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            chosen[i] = CurrentEvents(results[i]).OrderByDescending(e => e.Confidence).FirstOrDefault()
                ?? results[i].Events.FirstOrDefault(e => e.Kind == RecordKind.Event);
        }
        foreach (var group in Enumerable.Range(0, rows.Length).GroupBy(i => rows[i].Notes.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            // The same note is run once per row (its publication date differs); an event is the same event across runs
            // when it has the same stable id (same trigger words, and the same place or day of a list or range).
            var pairs = group.SelectMany(i => CurrentEvents(results[i]).Select(e => (Row: i, Event: e, Match: MatchOf(rows[i], e, lexicon))))
                .OrderByDescending(p => p.Match).ThenByDescending(p => p.Event.Confidence).ToList();
            var usedRows = new HashSet<int>();
            var usedEvents = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (row, e, _) in pairs)
            {
                var identity = e.EventId;
                if (usedRows.Contains(row) || usedEvents.Contains(identity)) continue;
                chosen[row] = e;
                usedRows.Add(row);
                usedEvents.Add(identity);
            }
        }
        return chosen;
    }

    static int MatchOf(GoldRow row, ConflictEvent e, EventLexicon lexicon) =>
        (e.Date == row.Date ? 1 : 0)
        + (e.Location is { } l && GreatCircle.Kilometres(l.Latitude, l.Longitude, row.Latitude, row.Longitude) <= 25 ? 1 : 0)
        + (e.SubEventType is { } sub && string.Equals(lexicon[sub].Acled2015Label, row.EventType, StringComparison.OrdinalIgnoreCase) ? 1 : 0);

    static Score ScoreRow(GoldRow row, ArticleResult result, ConflictEvent? predicted, int goldRowsOfNote, EventLexicon lexicon)
    {
        var current = CurrentEvents(result);
        var label = predicted?.SubEventType is { } sub ? lexicon[sub].Acled2015Label : null;
        var km = predicted?.Location is { } l ? GreatCircle.Kilometres(l.Latitude, l.Longitude, row.Latitude, row.Longitude) : double.PositiveInfinity;
        var fatalities = predicted?.Fatalities?.Best ?? 0;
        return new Score(
            HasEvent: predicted is not null,
            Type: label is not null && string.Equals(label, row.EventType, StringComparison.OrdinalIgnoreCase),
            Within25Km: km <= 25,
            Date: predicted?.Date == row.Date,
            DateInText: predicted?.Evidence.Any(e => e.Field == "date") == true,
            // ACLED's interaction codes of both actors, in either order (0 where there is no second actor).
            ActorKinds: predicted is not null && new[] { predicted.Actor1?.Inter ?? 0, predicted.Actor2?.Inter ?? 0 }.Order()
                .SequenceEqual(new[] { row.Inter1, row.Inter2 }.Order()),
            Fatalities: fatalities == row.Fatalities,
            // A note ACLED split into k rows may rightly yield k events: extras are those beyond k, shared among its rows.
            ExtraEvents: Math.Max(0, current.Count - goldRowsOfNote) / (double)goldRowsOfNote,
            Predicted: predicted);
    }

    /// For each note, whether a reader that takes the day a note names could date it right: it names no day (and is
    /// dated by the protocol's default, the day before publication), or EVENT_DATE is among its days or day ranges of
    /// up to a week. A note that names only other days -- "today" here, a weekday ACLED's coder read otherwise, a
    /// mistyped month -- is out of reach.
    static bool[] DateReach(GoldRow[] rows)
    {
        var tagger = TemporalTagger.CreateDefault();
        var reachable = new bool[rows.Length];
        Parallel.For(0, rows.Length, r =>
        {
            var row = rows[r];
            var published = row.Date.AddDays(1);
            var days = tagger.Tag(row.Notes, published)
                .Where(t => t.Type is TimexType.Date or TimexType.Time && !t.ClockOnly && !t.IsDateline && t.Start is { } start && t.End is { } end
                    && end <= published && t.Granularity is TimeGranularity.Day or TimeGranularity.DayRange && end.DayNumber - start.DayNumber < 7)
                .ToList();
            reachable[r] = days.Count == 0 || days.Any(t => t.Start <= row.Date && row.Date <= t.End);
        });
        return reachable;
    }

    /// What a geocoder that reads names could reach at best with this gazetteer. For each note, a run of one to three
    /// of its words that is a gazetteer name (any alternate name, folded) with a sense within 25 km of the gold point,
    /// if there is one; notes without name no place near it (the coder knew the place from the source, or the gazetteer
    /// lacks it). And whether the gold point is within 25 km of the country's capital, where a coder may put an event
    /// the note does not place.
    static (string?[] NamedNear, bool[] AtCapital) LocationReach(GoldRow[] rows)
    {
        var gazetteer = Gazetteer.LoadDefault();
        var named = new string?[rows.Length];
        var atCapital = new bool[rows.Length];
        Parallel.For(0, rows.Length, r =>
        {
            var row = rows[r];
            // Possessives fold away ("Dhaka's" -> "Dhaka").
            var words = WordRun().Matches(row.Notes).Select(m => m.Value.EndsWith("'s", StringComparison.Ordinal) || m.Value.EndsWith("’s", StringComparison.Ordinal) ? m.Value[..^2] : m.Value).ToArray();
            for (var n = 1; n <= 3 && named[r] is null; n++)
            {
                for (var i = 0; i + n <= words.Length && named[r] is null; i++)
                {
                    var name = string.Join(' ', words, i, n);
                    if (gazetteer.Lookup(name).Any(p => GreatCircle.Kilometres(p.Latitude, p.Longitude, row.Latitude, row.Longitude) <= 25)) named[r] = name;
                }
            }
            var capital = gazetteer.Lookup(row.Country).FirstOrDefault(p => p.Level == PlaceLevel.Country) is { } country ? gazetteer.Capital(country.CountryCode) : null;
            atCapital[r] = capital is not null && GreatCircle.Kilometres(capital.Latitude, capital.Longitude, row.Latitude, row.Longitude) <= 25;
        });
        return (named, atCapital);
    }

    [GeneratedRegex(@"[\p{L}\p{M}'’]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordRun();

    /// Whether field confidence ranks what it should: how often the place and the date are right in each band.
    static void PrintCalibration(Score[] scores)
    {
        var bands = new (string Name, double From, double To)[] { ("< 0.5", 0, 0.5), ("0.5-0.75", 0.5, 0.75), (">= 0.75", 0.75, 1.01) };
        void Line(string field, Func<FieldConfidence, double?> confidence, Func<Score, bool> right)
        {
            var parts = bands.Select(b =>
            {
                var inBand = scores.Where(s => s.Predicted?.FieldConfidence is { } c && confidence(c) is { } v && v >= b.From && v < b.To).ToArray();
                return inBand.Length == 0 ? $"{b.Name}: -" : $"{b.Name}: {inBand.Count(right) / (double)inBand.Length:F3} (n={inBand.Length:N0})";
            });
            Console.WriteLine($"{field,-27}{string.Join("   ", parts)}");
        }
        Console.WriteLine("right, by field confidence:");
        Line("  location within 25 km", c => c.Location, s => s.Within25Km);
        Line("  date exact", c => c.Date, s => s.Date);
        Line("  fatalities exact", c => c.Fatalities, s => s.Fatalities);
    }

    static void PrintConfusion(GoldRow[] rows, Score[] scores, EventLexicon lexicon)
    {
        var labels = rows.Select(r => r.EventType).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(l => l, StringComparer.Ordinal).ToList();
        var predictedLabel = scores.Select(s => s.Predicted?.SubEventType is { } sub ? lexicon[sub].Acled2015Label : "(none)").ToArray();
        var columns = labels.Concat(predictedLabel).Append("(none)").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Console.WriteLine();
        Console.WriteLine("confusion (rows gold, columns predicted):");
        Console.WriteLine($"{"",-42}" + string.Concat(columns.Select((_, i) => $"{i,7}")));
        for (var g = 0; g < labels.Count; g++)
        {
            var counts = columns.Select(c => Enumerable.Range(0, rows.Length)
                .Count(i => string.Equals(rows[i].EventType, labels[g], StringComparison.OrdinalIgnoreCase) && string.Equals(predictedLabel[i], c, StringComparison.OrdinalIgnoreCase)));
            Console.WriteLine($"{columns.IndexOf(labels[g]),2} {Truncate(labels[g], 39),-39}" + string.Concat(counts.Select(c => $"{c,7}")));
        }
        Console.WriteLine("columns: " + string.Join("; ", columns.Select((c, i) => $"{i} {c}")));
    }

    static string Truncate(string s, int n) => s.Length <= n ? s : s[..n];

    static void WriteMisses(FileInfo file, GoldRow[] rows, Score[] scores, ArticleResult[] results, string?[] namedNear, bool[] dateReach)
    {
        using var stream = file.Create();
        using var w = new Utf8JsonWriter(stream);
        for (var i = 0; i < rows.Length; i++)
        {
            var s = scores[i];
            if (s.Type && s.Within25Km && s.Date && s.Fatalities && s.ActorKinds) continue;
            var p = s.Predicted;
            w.WriteStartObject();
            w.WriteNumber("line", rows[i].Line);
            w.WriteString("notes", rows[i].Notes);
            w.WriteString("gold", $"{rows[i].Date:yyyy-MM-dd} {rows[i].EventType} {rows[i].Place} ({rows[i].Latitude},{rows[i].Longitude}) killed {rows[i].Fatalities} inter {rows[i].Inter1}{rows[i].Inter2}");
            w.WriteString("got", p is null ? "(no event)" : $"{p.Date:yyyy-MM-dd} {p.SubEventType} {p.Location?.Name} ({p.Location?.Latitude:F2},{p.Location?.Longitude:F2}) killed {p.Fatalities?.Best} inter {p.Actor1?.Inter ?? 0}{p.Actor2?.Inter ?? 0} [{p.Actor1?.Name} / {p.Actor2?.Name}]");
            w.WriteString("wrong", string.Join(",", new[] { s.Type ? null : "type", s.Within25Km ? null : "place", s.Date ? null : "date", s.Fatalities ? null : "fatalities", s.ActorKinds ? null : "actors" }.Where(x => x is not null)));
            w.WriteNumber("records", results[i].Events.Length);
            // The note's name for a place within 25 km of the gold point, if any: a wrong place with one was in reach.
            if (namedNear[i] is { } near) w.WriteString("place_in_reach", near);
            // Whether the note names no day, or names EVENT_DATE among its days: a wrong date was in reach.
            w.WriteBoolean("date_in_reach", dateReach[i]);
            w.WriteEndObject();
            w.Flush();
            w.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    static IEnumerable<GoldRow> ReadGold(FileInfo file)
    {
        using var reader = new StreamReader(file.FullName);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        csv.Read();
        csv.ReadHeader();
        foreach (var needed in new[] { "EVENT_DATE", "EVENT_TYPE", "NOTES", "LATITUDE", "LONGITUDE", "FATALITIES" })
        {
            if (!csv.HeaderRecord!.Contains(needed)) throw new InvalidDataException($"{file.Name}: column {needed} is missing");
        }
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (!DateOnly.TryParseExact(csv.GetField("EVENT_DATE"), ["dd-MMMM-yyyy", "yyyy-MM-dd", "d MMMM yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Console.Error.WriteLine($"sitrep: {file.Name}:{line}: EVENT_DATE \"{csv.GetField("EVENT_DATE")}\" is not a date; row skipped");
                continue;
            }
            yield return new GoldRow(
                line,
                csv.GetField("NOTES") ?? "",
                date,
                csv.GetField("EVENT_TYPE") ?? "",
                double.Parse(csv.GetField("LATITUDE")!, CultureInfo.InvariantCulture),
                double.Parse(csv.GetField("LONGITUDE")!, CultureInfo.InvariantCulture),
                int.TryParse(csv.GetField("FATALITIES"), CultureInfo.InvariantCulture, out var f) ? f : 0,
                int.TryParse(csv.GetField("INTER1"), CultureInfo.InvariantCulture, out var i1) ? i1 : 0,
                int.TryParse(csv.GetField("INTER2"), CultureInfo.InvariantCulture, out var i2) ? i2 : 0,
                // The coded place as ACLED names it (location / admin2 / admin1), only to read misses by.
                string.Join(" / ", new[] { "LOCATION", "ADMIN2", "ADMIN1" }.Select(c => csv.GetField(c) ?? "").Where(v => v.Length > 0)),
                csv.HeaderRecord!.Contains("COUNTRY") ? csv.GetField("COUNTRY") ?? "" : "");
        }
    }
}
