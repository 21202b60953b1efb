using System.Collections.Frozen;
using Sitrep.Core.Numbers;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// Reads killed and injured figures from a clause: a count joined to a casualty word by a few words that
/// may stand between them ("nearly 290 people were killed", "killing 42 people", "3,565 injuries"); counts
/// for different groups in one clause add up ("8 soldiers and 12 militants were killed"); a lone singular
/// victim counts one ("a student was injured").
public sealed class CasualtyReader
{
    const int MaxGap = 6;
    readonly PhraseMatcher<CasualtyKind> _words;
    readonly FrozenSet<string> _filler;

    public CasualtyReader(PhraseMatcher<CasualtyKind> words, IEnumerable<string> filler)
    {
        _words = words;
        _filler = filler.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static CasualtyReader CreateDefault()
    {
        var rows = DataDirectory.ReadLexicon("events", "casualty-words.tsv").Select(l => l.Split('\t')).ToList();
        var words = rows.Where(r => r[0] is "death" or "injury")
            .SelectMany(r => r[1].Split('|').Select(p => (p, r[0] == "death" ? CasualtyKind.Death : CasualtyKind.Injury)));
        var filler = rows.Where(r => r[0] == "filler").SelectMany(r => r[1].Split('|'));
        return new CasualtyReader(new PhraseMatcher<CasualtyKind>(words), filler);
    }

    public IReadOnlyList<CasualtyFigure> Read(IReadOnlyList<Token> clause, IReadOnlyList<Quantity> quantities)
    {
        var figures = new List<CasualtyFigure>();
        var used = new HashSet<Quantity>();
        foreach (var word in _words.Match(clause))
        {
            var counted = Backward(clause, word.FirstToken, quantities, used);
            if (counted.Count == 0) counted = Forward(clause, word.EndToken, quantities, used);
            if (counted.Count > 0)
            {
                var total = counted.Select(q => new Casualties(q.Low, q.Best, q.High)).Aggregate((a, b) => a.Plus(b));
                var span = counted.Select(q => q.Span).Aggregate(word.Span, (a, b) => a.Cover(b));
                figures.Add(new CasualtyFigure(word.Value, total, span));
                used.UnionWith(counted);
            }
            else if (IsSingularPassive(clause, word.FirstToken))
            {
                figures.Add(new CasualtyFigure(word.Value, Casualties.Exactly(1), clause[word.FirstToken - 1].Span.Cover(word.Span)));
            }
        }
        return figures;
    }

    /// "290 people were killed": walk back over filler words, collecting every count met on the way.
    List<Quantity> Backward(IReadOnlyList<Token> clause, int from, IReadOnlyList<Quantity> quantities, HashSet<Quantity> used)
    {
        var found = new List<Quantity>();
        var gap = 0;
        for (var i = from - 1; i >= 0 && gap <= MaxGap; i--)
        {
            var q = QuantityAt(clause[i], quantities);
            if (q is not null)
            {
                if (!used.Contains(q) && !found.Contains(q)) found.Add(q);
                gap = 0;
                continue;
            }
            if (!_filler.Contains(clause[i].Text)) break;
            gap++;
        }
        return found;
    }

    /// "killing 42 people", "killed at least five": the count follows within a few filler words.
    List<Quantity> Forward(IReadOnlyList<Token> clause, int from, IReadOnlyList<Quantity> quantities, HashSet<Quantity> used)
    {
        for (var i = from; i < clause.Count && i < from + 4; i++)
        {
            var q = QuantityAt(clause[i], quantities);
            if (q is not null) return used.Contains(q) ? [] : [q];
            if (!_filler.Contains(clause[i].Text)) break;
        }
        return [];
    }

    static bool IsSingularPassive(IReadOnlyList<Token> clause, int word) =>
        word > 0 && clause[word - 1].Text.Equals("was", StringComparison.OrdinalIgnoreCase);

    static Quantity? QuantityAt(Token token, IReadOnlyList<Quantity> quantities)
    {
        foreach (var q in quantities)
        {
            if (q.Span.Overlaps(token.Span)) return q;
        }
        return null;
    }
}
