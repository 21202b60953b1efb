using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Core.Geo;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Evaluation;

/// `sitrep eval geoparse`: runs the place stage over a geoparsing corpus (LGL or GeoWebNews layout) and prints
/// recognition precision/recall/F1 (overlap, one to one) and resolution error (acc@161, mean and median km, AUC)
/// over the matched toponyms and end to end; with gold names, resolution of the gold spans alone.
public static class GeoparseEvaluation
{
    /// How one gold toponym with coordinates fared: whether a prediction matched it and how far off it was
    /// (the maximum error when missed or unresolved). Km is 0 when the prediction is the gold GeoNames entry:
    /// the gazetteer stores label points or centroids for areas, not GeoNames' points, and "Russia" resolved to
    /// Russia is right wherever each source puts its pin (GeoNames-based systems, which the published figures
    /// are for, get 0 km there too). CoordinateKm is the distance between the two points all the same.
    sealed record Outcome(GeoparseDocument Document, GeoparseToponym Gold, PlaceMention? Predicted, double Km, double CoordinateKm);

    public static int Run(FileInfo file, bool goldNames, FileInfo? missesFile = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
        {
            Console.Error.WriteLine($"sitrep: {file.FullName}: no such file");
            return 2;
        }
        GeoparseCorpus corpus;
        try
        {
            corpus = GeoparseCorpus.Read(file.FullName);
        }
        catch (Exception e) when (e is BadInputException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var parser = Geoparser.CreateDefault();
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var documents = corpus.Documents;
        var predictions = new ImmutableArray<PlaceMention>[documents.Length];
        clock.Restart();
        Parallel.For(0, documents.Length, i =>
        {
            var document = documents[i];
            predictions[i] = PlacesCommand.Locate(parser, document.Text, goldNames ? [.. document.Toponyms.Select(t => t.Span)] : null);
        });
        var runSeconds = clock.Elapsed.TotalSeconds;

        Console.WriteLine($"corpus:      {file.Name} ({corpus.Layout} layout): {documents.Length:N0} articles, {corpus.ToponymCount:N0} gold toponyms, {corpus.WithCoordinatesCount:N0} with coordinates");
        if (corpus.SkippedSpans > 0 || corpus.MismatchedPhrases > 0)
        {
            Console.WriteLine($"             {corpus.SkippedSpans:N0} annotations skipped (offsets outside <text>), {corpus.MismatchedPhrases:N0} whose phrase differs from the text at its offsets");
        }
        Console.WriteLine($"geoparser:   loaded in {loadSeconds:N1} s; {(goldNames ? "resolved the gold spans of" : "parsed")} {documents.Length:N0} articles in {runSeconds:N1} s ({documents.Length / Math.Max(runSeconds, 1e-9):N0} articles/s on {Environment.ProcessorCount} cores)");
        PrintCeiling(corpus, parser.Gazetteer);

        var outcomes = new List<Outcome>();
        var (matchedCount, predictedCount, exactCount) = (0, 0, 0);
        var matchedByKind = new Dictionary<string, (int Matched, int Gold)>(StringComparer.Ordinal);
        var falsePositivesByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Length; d++)
        {
            var document = documents[d];
            var predicted = predictions[d];
            var gold = document.Toponyms;
            // With gold names the i-th mention is the i-th gold span's; otherwise spans are paired by overlap.
            var match = goldNames ? [.. Enumerable.Range(0, gold.Length)]
                : GeoparseMetrics.MatchOverlapping([.. gold.Select(t => t.Span)], [.. predicted.Select(m => m.Span)]);
            predictedCount += predicted.Length;
            var used = new bool[predicted.Length];
            for (var g = 0; g < gold.Length; g++)
            {
                var p = match[g];
                var kind = gold[g].Kind ?? "toponym";
                var tally = matchedByKind.GetValueOrDefault(kind);
                matchedByKind[kind] = (tally.Matched + (p >= 0 ? 1 : 0), tally.Gold + 1);
                if (p >= 0)
                {
                    used[p] = true;
                    matchedCount++;
                    if (predicted[p].Span == gold[g].Span) exactCount++;
                }
                if (!gold[g].HasCoordinates) continue;
                var mention = p >= 0 ? predicted[p] : null;
                var coordinateKm = mention?.Place is { } place
                    ? GreatCircle.Kilometres(place.Latitude, place.Longitude, gold[g].Latitude!.Value, gold[g].Longitude!.Value)
                    : GeoparseMetrics.MaxErrorKm;
                var isGoldEntry = mention?.Place is { } chosen && gold[g].GeonameId == chosen.GeonameId && !PlacesCommand.IsStandIn(mention);
                outcomes.Add(new Outcome(document, gold[g], mention, isGoldEntry ? 0 : coordinateKm, coordinateKm));
            }
            // What the unmatched predictions landed on: a non-toponym the annotators marked, or nothing.
            for (var p = 0; p < predicted.Length; p++)
            {
                if (used[p]) continue;
                var other = document.NonToponyms.FirstOrDefault(t => t.Span.Overlaps(predicted[p].Span));
                var key = other?.Kind ?? "(unannotated)";
                falsePositivesByKind[key] = falsePositivesByKind.GetValueOrDefault(key) + 1;
            }
        }

        var goldCount = corpus.ToponymCount;
        if (goldNames)
        {
            Console.WriteLine($"resolution of the gold spans: {GeoparseErrorStats.From([.. outcomes.Select(o => o.Km)])}");
            Console.WriteLine($"             {outcomes.Count(o => o.Predicted?.Place is null):N0} of {outcomes.Count:N0} gold spans with coordinates left unresolved (counted at {GeoparseMetrics.MaxErrorKm:N0} km)");
        }
        else
        {
            var (precision, recall, f1) = GeoparseMetrics.PrecisionRecall(matchedCount, predictedCount, goldCount);
            Console.WriteLine($"recognition: P {precision:F3}  R {recall:F3}  F1 {f1:F3}  ({matchedCount:N0} matched, {predictedCount:N0} predicted, {goldCount:N0} gold; spans overlap, one to one)");
            var (ep, er, ef) = GeoparseMetrics.PrecisionRecall(exactCount, predictedCount, goldCount);
            Console.WriteLine($"  exact spans: P {ep:F3}  R {er:F3}  F1 {ef:F3}");
            Console.WriteLine($"resolution, matched toponyms: {GeoparseErrorStats.From([.. outcomes.Where(o => o.Predicted is not null).Select(o => o.Km)])}");
            Console.WriteLine($"resolution, end to end:       {GeoparseErrorStats.From([.. outcomes.Select(o => o.Km)])}  (missed toponyms at {GeoparseMetrics.MaxErrorKm:N0} km)");
        }
        var pinned = outcomes.Count(o => o.Km == 0 && o.CoordinateKm >= GeoparseMetrics.AccuracyKm);
        var sameEntry = outcomes.Count(o => o.Km == 0 && o.CoordinateKm > 0);
        var byCoordinates = GeoparseErrorStats.From([.. outcomes.Select(o => o.CoordinateKm)]).AccuracyAt161;
        Console.WriteLine($"same entry:  {sameEntry:N0} resolved to the gold GeoNames id count as 0 km, {pinned:N0} of them pinned 161 km or more from GeoNames' point (area label points); by coordinates alone acc@161 over all {outcomes.Count:N0} is {byCoordinates:F3}");
        if (corpus.Layout == GeoparseCorpus.GeoWebNewsLayout)
        {
            Console.WriteLine(goldNames ? "by class:    (acc@161 over those with coordinates)" : "by class:    (recall; end-to-end acc@161 over those with coordinates)");
            foreach (var (kind, tally) in matchedByKind.OrderByDescending(k => k.Value.Gold))
            {
                var ofKind = outcomes.Where(o => o.Gold.Kind == kind).ToList();
                var accuracy = ofKind.Count == 0 ? "" : $"acc@161 {ofKind.Count(o => o.Km < GeoparseMetrics.AccuracyKm) / (double)ofKind.Count:F3} (n={ofKind.Count:N0})";
                var recall = goldNames ? "" : $"recall {tally.Matched / (double)tally.Gold:F3} (n={tally.Gold:N0})  ";
                Console.WriteLine($"  {kind,-22} {recall}{accuracy}");
            }
        }
        if (!goldNames && falsePositivesByKind.Count > 0)
        {
            Console.WriteLine($"unmatched predictions, by what they overlap: {string.Join(", ", falsePositivesByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value:N0}"))}");
        }
        if (missesFile is not null) WriteMisses(missesFile, outcomes);
        return 0;
    }

    /// What the gazetteer allows at best: the share of gold GeoNames ids it holds, and of gold toponyms for which
    /// some place of exactly the gold name lies within 161 km.
    static void PrintCeiling(GeoparseCorpus corpus, Gazetteer gazetteer)
    {
        var located = corpus.Documents.SelectMany(d => d.Toponyms).Where(t => t.HasCoordinates).ToList();
        var withIds = located.Where(t => t.GeonameId is not null).ToList();
        var idsHeld = withIds.Count(t => gazetteer.Find(t.GeonameId!.Value) is not null);
        var namesNear = located.Count(t => gazetteer.Lookup(t.Phrase).Any(p =>
            GreatCircle.Kilometres(p.Latitude, p.Longitude, t.Latitude!.Value, t.Longitude!.Value) < GeoparseMetrics.AccuracyKm));
        Console.WriteLine($"gazetteer:   holds {Share(idsHeld, withIds.Count)} of the gold GeoNames ids (n={withIds.Count:N0}); has a place of exactly the gold name within 161 km for {Share(namesNear, located.Count)} (n={located.Count:N0})");
    }

    static string Share(int part, int whole) => whole == 0 ? "-" : (part / (double)whole).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);

    /// The gold toponyms resolved 161 km or more off (or missed), one JSON line each, for looking into errors.
    /// The file holds corpus text: keep it out of the repository.
    static void WriteMisses(FileInfo file, List<Outcome> outcomes)
    {
        using var stream = file.Create();
        using var writer = new Utf8JsonWriter(stream, Commands.CommonOptions.Json(indented: false));
        foreach (var o in outcomes.Where(o => o.Km >= GeoparseMetrics.AccuracyKm))
        {
            var place = o.Predicted?.Place;
            var context = new TextSpan(Math.Max(0, o.Gold.Span.Start - 80), Math.Min(o.Document.Text.Length, o.Gold.Span.End + 80));
            writer.WriteStartObject();
            writer.WriteString("doc", o.Document.Id);
            writer.WriteNumber("start", o.Gold.Span.Start);
            writer.WriteNumber("end", o.Gold.Span.End);
            writer.WriteString("phrase", o.Gold.Phrase);
            writer.WriteString("kind", o.Gold.Kind);
            writer.WriteNumber("gold_lat", o.Gold.Latitude!.Value);
            writer.WriteNumber("gold_lon", o.Gold.Longitude!.Value);
            if (o.Gold.GeonameId is { } id) writer.WriteNumber("gold_geonameid", id); else writer.WriteNull("gold_geonameid");
            writer.WriteString("predicted_text", o.Predicted?.Text);
            writer.WriteString("predicted", place is null ? null : $"{place.Name}, {place.Admin1Name}, {place.CountryCode} ({place.FeatureClass}.{place.FeatureCode})");
            if (place is null) writer.WriteNull("predicted_geonameid"); else writer.WriteNumber("predicted_geonameid", place.GeonameId);
            writer.WriteNumber("km", Math.Round(o.Km));
            writer.WriteNumber("coordinate_km", Math.Round(o.CoordinateKm));
            writer.WriteString("context", context.Of(o.Document.Text).ReplaceLineEndings(" "));
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }
    }
}
