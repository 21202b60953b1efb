using System.Collections.Frozen;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Evaluation;

/// Scores sub-type classification on the CASE 2021 Task 2 test set (tab-separated id, snippet, label): the 25
/// ACLED sub-types and 5 classes that are not political violence (disasters, diplomacy, crime), which should
/// yield no event.
public static class CaseEvaluation
{
    /// CASE 2021's label names for ACLED's sub-event types; the labels not listed are not political violence.
    static readonly FrozenDictionary<string, string> SubTypeOfLabel = new Dictionary<string, string>
    {
        ["ARMED_CLASH"] = "Armed clash",
        ["GOV_REGAINS_TERIT"] = "Government regains territory",
        ["NON_STATE_ACTOR_OVERTAKES_TER"] = "Non-state actor overtakes territory",
        ["CHEM_WEAP"] = "Chemical weapon",
        ["AIR_STRIKE"] = "Air/drone strike",
        ["SUIC_BOMB"] = "Suicide bomb",
        ["ART_MISS_ATTACK"] = "Shelling/artillery/missile attack",
        ["REM_EXPLOS"] = "Remote explosive/landmine/IED",
        ["GRENADE"] = "Grenade",
        ["SEX_VIOL"] = "Sexual violence",
        ["ATTACK"] = "Attack",
        ["ABDUCT_DISSAP"] = "Abduction/forced disappearance",
        ["PEACE_PROTEST"] = "Peaceful protest",
        ["PROTEST_WITH_INTER"] = "Protest with intervention",
        ["FORCE_AGAINST_PROTEST"] = "Excessive force against protesters",
        ["VIOL_DEMONSTR"] = "Violent demonstration",
        ["MOB_VIOL"] = "Mob violence",
        ["AGREEMENT"] = "Agreement",
        ["ARREST"] = "Arrests",
        ["CHANGE_TO_GROUP_ACT"] = "Change to group/activity",
        ["DISR_WEAP"] = "Disrupted weapons use",
        ["HQ_ESTABLISHED"] = "Headquarters or base established",
        ["PROPERTY_DISTRUCT"] = "Looting/property destruction",
        ["NON_VIOL_TERRIT_TRANSFER"] = "Non-violent transfer of territory",
        ["OTHER"] = "Other",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    const string NoEvent = "(no event)";

    public static int Run(FileInfo file, int? limit, FileInfo? missesFile = null)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"sitrep: {file.FullName}: no such file");
            return 2;
        }
        var rows = File.ReadLines(file.FullName).Skip(1)
            .Select((line, i) => (Line: i + 2, Fields: line.Split('\t')))
            .Where(r => r.Fields.Length >= 3)
            .Take(limit ?? int.MaxValue)
            .ToArray();
        var pipeline = Pipeline.CreateDefault();
        var predicted = new string[rows.Length];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, rows.Length, i =>
        {
            // Snippets carry no date; the sub-type does not depend on one.
            var result = pipeline.Run(new Article($"case{rows[i].Fields[0]}", rows[i].Fields[1], null));
            var top = result.Events.Where(e => e.Kind == RecordKind.Event)
                .OrderBy(e => e.TemporalStatus).ThenByDescending(e => e.Confidence).FirstOrDefault();
            predicted[i] = top?.SubEventType ?? NoEvent;
        });

        var seen = new ClassificationScores();
        var all = new ClassificationScores();
        int disasters = 0, quietDisasters = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var label = rows[i].Fields[2].Trim();
            var gold = GoldOf(label);
            all.Add(gold, predicted[i]);
            if (gold != NoEvent) seen.Add(gold, predicted[i]);
            if (label.EndsWith("_DISASTER", StringComparison.Ordinal))
            {
                disasters++;
                if (predicted[i] == NoEvent) quietDisasters++;
            }
        }
        Console.WriteLine($"CASE 2021 snippets scored:     {rows.Length:N0}  ({file.Name}, {rows.Length / clock.Elapsed.TotalSeconds:N0} snippets/s)");
        Console.WriteLine($"25 sub-types ({seen.Count,4} snippets): accuracy {seen.Accuracy:F3}, weighted F1 {seen.WeightedF1:F3}, macro F1 {seen.MacroF1:F3}");
        Console.WriteLine($"all 30 classes ({all.Count,4}):       accuracy {all.Accuracy:F3}, weighted F1 {all.WeightedF1:F3}, macro F1 {all.MacroF1:F3}  (the 5 non-violence classes as \"no event\")");
        Console.WriteLine($"disaster snippets with no event: {(disasters == 0 ? 0 : quietDisasters / (double)disasters):F3}  ({disasters} snippets)");
        Console.WriteLine();
        Console.WriteLine("F1 per sub-type:");
        foreach (var (label, f1) in seen.F1ByClass().OrderBy(p => p.Value)) Console.WriteLine($"  {f1:F2}  {label}");
        if (missesFile is not null) WriteMisses(missesFile, rows, predicted);
        return 0;
    }

    static string GoldOf(string label) => SubTypeOfLabel.TryGetValue(label.Trim(), out var sub) ? sub : NoEvent;

    /// One JSON line per snippet classed wrong: its line, text, gold class and Sitrep's, to read errors by.
    static void WriteMisses(FileInfo file, (int Line, string[] Fields)[] rows, string[] predicted)
    {
        using var stream = file.Create();
        using var w = new Utf8JsonWriter(stream);
        for (var i = 0; i < rows.Length; i++)
        {
            var gold = GoldOf(rows[i].Fields[2]);
            if (gold == predicted[i]) continue;
            w.WriteStartObject();
            w.WriteNumber("line", rows[i].Line);
            w.WriteString("text", rows[i].Fields[1]);
            w.WriteString("gold", gold);
            w.WriteString("got", predicted[i]);
            w.WriteEndObject();
            w.Flush();
            w.Reset();
            stream.WriteByte((byte)'\n');
        }
    }
}
