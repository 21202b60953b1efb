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
        TriggerFirstWords = triggers.FirstWords
            .Concat(splitTriggers.SelectMany(t => t.First.FirstWords))
            .Concat(TriggerCues.SelectMany(c => Cue(c).FirstWords))
            .ToFrozenSet(StringComparer.Ordinal);
        // One bit a cue list, then one a split trigger's second part.
        var lists = cues.Keys.Select(name => cues[name].FirstWords).Concat(splitTriggers.Select(t => (IEnumerable<string>)t.SecondWords)).ToList();
        if (lists.Count > 128) throw new InvalidDataException($"events: {lists.Count} cue and split-trigger lists; the clause index holds 128");
        _cueBits = cues.Keys.Select((name, i) => (name, i)).ToFrozenDictionary(p => p.name, p => UInt128.One << p.i, StringComparer.Ordinal);
        _splitBits = [.. splitTriggers.Select((_, i) => UInt128.One << (cues.Count + i))];
        _listsByWord = lists.SelectMany((words, i) => words.Select(w => (Word: w, Bit: UInt128.One << i)))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Aggregate(UInt128.Zero, (bits, p) => bits | p.Bit), StringComparer.Ordinal);
    }

    readonly FrozenDictionary<string, UInt128> _listsByWord;
    readonly FrozenDictionary<string, UInt128> _cueBits;
    readonly UInt128[] _splitBits;

    /// Which cue lists and split-trigger second parts could match in a token list, as bits: one lookup a token, where
    /// matching every list a clause is asked about would look each token up once a list.
    public UInt128 ListsIn(IReadOnlyList<Token> tokens)
    {
        var bits = UInt128.Zero;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_listsByWord.TryGetValue(tokens[i].Key, out var lists)) bits |= lists;
        }
        return bits;
    }

    /// Whether ListsIn found a word that opens one of the cue's phrases.
    public bool MayHold(UInt128 lists, string cue) =>
        (lists & (_cueBits.TryGetValue(cue, out var bit) ? bit : throw new ArgumentException($"Unknown cue list \"{cue}\"", nameof(cue)))) != 0;

    /// Whether ListsIn found a word that opens the second part of the split trigger at this index of SplitTriggers.
    public bool MayHoldSecondPart(UInt128 lists, int splitTrigger) => (lists & _splitBits[splitTrigger]) != 0;

    /// The cue lists whose phrases report an event themselves when their object is right: ground taken ("captured
    /// the town") and weapons found or an attack foiled.
    public static readonly string[] TriggerCues = ["capture", "recapture", "occupy", "foil", "find"];

    /// Every word a trigger can open with (one-piece, split, or a trigger cue), as token keys: most clauses hold
    /// none, and need no trigger lists matched.
    public FrozenSet<string> TriggerFirstWords { get; }

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
            var role = f[3] switch
            {
                "act" => TriggerRole.Act,
                "casualty" => TriggerRole.Casualty,
                "demand" => TriggerRole.Demand,
                _ => throw new InvalidDataException($"events/triggers.tsv: unknown role \"{f[3]}\" in \"{line}\""),
            };
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
                f[1].Split('|').Select(p => Token.KeyOf(p.Split(' ')[0])).ToFrozenSet(StringComparer.Ordinal),
                int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture),
                new EventTrigger(subType, int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), TriggerRole.Act)));
        }

        return new EventLexicon(taxonomy, new PhraseMatcher<EventTrigger>(triggers), cues, split);
    }
}

/// A verb and the word that completes it, at most Reach words apart: "set" ... "ablaze", "damaged" ... "buses".
/// SecondWords holds the first word of each second part, as token keys: a clause without any of them cannot hold the trigger.
public sealed record SplitTrigger(PhraseMatcher<string> First, PhraseMatcher<string> Second, FrozenSet<string> SecondWords, int Reach, EventTrigger Trigger);
