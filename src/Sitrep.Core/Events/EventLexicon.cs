using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// The codebook as data: the taxonomy, the trigger phrases of each sub-type and the cue phrases that
/// negate, defer or reclassify an event (data/events/*.tsv).
public sealed class EventLexicon
{
    EventLexicon(FrozenDictionary<string, SubEventType> taxonomy, PhraseMatcher<EventTrigger> triggers, FrozenDictionary<string, PhraseMatcher<string>> cues,
        IReadOnlyList<SplitTrigger> splitTriggers)
    {
        Taxonomy = taxonomy;
        Triggers = triggers;
        _cues = cues;
        SplitTriggers = splitTriggers;
    }

    readonly FrozenDictionary<string, PhraseMatcher<string>> _cues;

    public FrozenDictionary<string, SubEventType> Taxonomy { get; }
    public PhraseMatcher<EventTrigger> Triggers { get; }

    /// Triggers told in two parts with a few words between ("set two buses ablaze"), from split-triggers.tsv.
    public IReadOnlyList<SplitTrigger> SplitTriggers { get; }

    public SubEventType this[string subType] =>
        Taxonomy.TryGetValue(subType, out var s) ? s : throw new ArgumentException($"Unknown sub-event type \"{subType}\"", nameof(subType));

    public PhraseMatcher<string> Cue(string name) =>
        _cues.TryGetValue(name, out var m) ? m : throw new ArgumentException($"Unknown cue list \"{name}\"", nameof(name));

    public static EventLexicon CreateDefault()
    {
        var taxonomy = DataDirectory.ReadLexicon("events", "taxonomy.tsv")
            .Select(line => line.Split('\t'))
            .Select(f => new SubEventType(f[0], f[1], f[2]))
            .ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

        var triggers = new List<(string, EventTrigger)>();
        foreach (var line in DataDirectory.ReadLexicon("events", "triggers.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length != 4) throw new InvalidDataException($"events/triggers.tsv: expected 4 tab-separated fields in \"{line}\"");
            if (!taxonomy.TryGetValue(f[1], out var subType)) throw new InvalidDataException($"events/triggers.tsv: unknown sub-event type \"{f[1]}\"");
            var role = f[3] == "casualty" ? TriggerRole.Casualty : TriggerRole.Act;
            var trigger = new EventTrigger(subType, int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), role);
            triggers.AddRange(f[0].Split('|').Select(phrase => (phrase, trigger)));
        }

        var cues = DataDirectory.ReadLexicon("events", "cues.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(
                f => f[0],
                f => new PhraseMatcher<string>(f[1].Split('|').Select(p => (p, f[0]))),
                StringComparer.Ordinal);

        var split = new List<SplitTrigger>();
        foreach (var line in DataDirectory.ReadLexicon("events", "split-triggers.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length != 5) throw new InvalidDataException($"events/split-triggers.tsv: expected 5 tab-separated fields in \"{line}\"");
            if (!taxonomy.TryGetValue(f[3], out var subType)) throw new InvalidDataException($"events/split-triggers.tsv: unknown sub-event type \"{f[3]}\"");
            split.Add(new SplitTrigger(
                new PhraseMatcher<string>(f[0].Split('|').Select(p => (p, p))),
                new PhraseMatcher<string>(f[1].Split('|').Select(p => (p, p))),
                f[1].Split('|').Select(p => p.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture),
                new EventTrigger(subType, int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), TriggerRole.Act)));
        }

        return new EventLexicon(taxonomy, new PhraseMatcher<EventTrigger>(triggers), cues, split);
    }
}

/// A verb and the word that completes it, at most Reach words apart: "set" ... "ablaze", "damaged" ... "buses".
/// SecondWords holds the first word of each second part: a clause without any of them cannot hold the trigger.
public sealed record SplitTrigger(PhraseMatcher<string> First, PhraseMatcher<string> Second, FrozenSet<string> SecondWords, int Reach, EventTrigger Trigger);
