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
    /// How many words may stand between a count and its casualty word ("two officers of the constabulary were gunned down").
    const int MaxReach = 10;
    readonly PhraseMatcher<CasualtyKind> _words;
    readonly FrozenSet<string> _filler;

    public CasualtyReader(PhraseMatcher<CasualtyKind> words, IEnumerable<string> filler, IEnumerable<string>? more = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? wordLists = null)
    {
        _words = words;
        _filler = filler.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _more = (more ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FrozenSet<string> List(string name) => (wordLists?.GetValueOrDefault(name) ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _adjectives = List("adjective");
        _groupOpeners = List("group_opener");
        _notInGroup = List("not_in_group");
    }

    readonly FrozenSet<string> _more;
    readonly FrozenSet<string> _adjectives;
    readonly FrozenSet<string> _groupOpeners;
    readonly FrozenSet<string> _notInGroup;

    public static CasualtyReader CreateDefault()
    {
        var rows = DataDirectory.ReadLexicon("events", "casualty-words.tsv").Select(l => l.Split('\t')).ToList();
        var words = rows.Where(r => r[0] is "death" or "injury")
            .SelectMany(r => r[1].Split('|').Select(p => (p, r[0] == "death" ? CasualtyKind.Death : CasualtyKind.Injury)));
        var filler = rows.Where(r => r[0] == "filler").SelectMany(r => r[1].Split('|'));
        var more = rows.Where(r => r[0] == "more").SelectMany(r => r[1].Split('|'));
        var lists = rows.Where(r => r[0] is not ("death" or "injury" or "filler" or "more"))
            .GroupBy(r => r[0]).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(r => r[1].Split('|'))]);
        return new CasualtyReader(new PhraseMatcher<CasualtyKind>(words), filler, more, lists);
    }

    public IReadOnlyList<CasualtyFigure> Read(IReadOnlyList<Token> clause, IReadOnlyList<Quantity> quantities)
    {
        var figures = new List<CasualtyFigure>();
        var used = new HashSet<Quantity>();
        var words = _words.Match(clause);
        var previousEnd = 0;
        foreach (var word in words)
        {
            if (word.FirstToken > previousEnd && SingularPair(clause, word.FirstToken) is { } pair && pair.Start >= previousEnd
                && !quantities.Any(q => q.Best > 1 && q.Span.Overlaps(clause[pair.Start].Span.Cover(clause[word.FirstToken - 1].Span))))
            {
                // "Two farmers, a teacher and a nurse were killed": a list of groups ends in the pair.
                var pairTotal = Casualties.Exactly(pair.Count);
                var pairSpan = clause[pair.Start].Span.Cover(word.Span);
                var pairFound = new List<Quantity>();
                var pairStart = pair.Start;
                while (JoinedGroup(clause, pairStart, previousEnd, true, quantities, used, pairFound) is { } group)
                {
                    pairFound.Add(group);
                    (pairTotal, pairSpan) = (pairTotal.Plus(new Casualties(group.Low, group.Best, group.High)), pairSpan.Cover(group.Span));
                    pairStart = FirstTokenOf(clause, group, IndexOf(clause, group));
                }
                used.UnionWith(pairFound);
                figures.Add(new CasualtyFigure(word.Value, pairTotal, pairSpan));
                previousEnd = word.EndToken;
                continue;
            }
            var counted = Backward(clause, word.FirstToken, previousEnd, quantities, used);
            if (counted.Count > 0 && IsActiveWithObject(clause, counted, word, quantities)) counted = [];
            if (counted.Count == 0) counted = Forward(clause, word.EndToken, words, quantities, used);
            else if (AlongWith(clause, word.EndToken, quantities, used) is { } besides && !counted.Contains(besides)) counted.Add(besides);
            previousEnd = word.EndToken;
            if (counted.Count > 0)
            {
                var total = counted.Select(q => new Casualties(q.Low, q.Best, q.High)).Aggregate((a, b) => a.Plus(b));
                var span = counted.Select(q => q.Span).Aggregate(word.Span, (a, b) => a.Cover(b));
                figures.Add(new CasualtyFigure(word.Value, total, span));
                used.UnionWith(counted);
            }
            else if ((SingularPassive(clause, word.FirstToken) ?? SingularSubject(clause, word.FirstToken)) is { } was)
            {
                // "A rebel commander was killed along with six of his men": one, and the count joined to him.
                var one = Casualties.Exactly(1);
                var oneSpan = clause[was].Span.Cover(word.Span);
                if (AlongWith(clause, word.EndToken, quantities, used) is { } besides)
                {
                    (one, oneSpan) = (one.Plus(new Casualties(besides.Low, besides.Best, besides.High)), oneSpan.Cover(besides.Span));
                    used.Add(besides);
                }
                figures.Add(new CasualtyFigure(word.Value, one, oneSpan));
            }
            else if (SingularObject(clause, word.EndToken, quantities) is { } victim)
            {
                var others = Others(clause, victim, quantities, used);
                var count = others is null ? Casualties.Exactly(1) : Casualties.Exactly(1).Plus(new Casualties(others.Low, others.Best, others.High));
                figures.Add(new CasualtyFigure(word.Value, count, word.Span.Cover(others?.Span ?? clause[victim].Span)));
                if (others is not null) used.Add(others);
            }
        }
        // "... were also killed", "another one died": victims besides those told before, to be added, not compared.
        return [.. figures.Select(f => IsMore(clause, f.Span) ? f with { Adds = true } : f)];
    }

    bool IsMore(IReadOnlyList<Token> clause, TextSpan figure) =>
        clause.Any(t => figure.Contains(t.Span) && _more.Contains(t.Text))
        || clause.Any(t => t.Span.Start >= figure.End && t.Span.Start - figure.End <= MoreReach && _more.Contains(t.Text) && t.Text is "too");

    /// Characters after a figure within which "too" still belongs to it.
    const int MoreReach = 20;

    /// "290 people were killed", "two officers of the constabulary were gunned down": the nearest count before
    /// the word in the same clause, not reaching past a full stop or the previous casualty word; then any counts
    /// joined to it by "and" ("8 soldiers and 12 militants were killed").
    List<Quantity> Backward(IReadOnlyList<Token> clause, int from, int floor, IReadOnlyList<Quantity> quantities, HashSet<Quantity> used)
    {
        var found = new List<Quantity>();
        var words = 0;
        for (var i = from - 1; i >= floor && words <= MaxReach; i--)
        {
            if (IsStop(clause[i])) break;
            var q = QuantityAt(clause[i], quantities);
            if (q is null)
            {
                words++;
                continue;
            }
            if (used.Contains(q)) break;
            // "a blast in a local bus killed ...": an article counts one only when it opens the victims' phrase.
            // ("... and a nurse of the district clinic were killed": after "and" it opens one more victim group.)
            if (IsArticle(clause[i]) && !clause.Skip(i + 1).Take(from - i - 1).All(t => _filler.Contains(t.Text) || t.Text.EndsWith("ly", StringComparison.Ordinal))
                && !(i > floor && clause[i - 1].Text is "and" or "," && IsGroupStretch(clause, i + 1, from)))
            {
                words++;
                continue;
            }
            // "beaten by two men and later succumbed": a count after "by" names the attackers, not the victims.
            if (FirstTokenOf(clause, q, i) is var at && at > 0 && clause[at - 1].Text.Equals("by", StringComparison.OrdinalIgnoreCase)) break;
            found.Add(q);
            i = FirstTokenOf(clause, q, i);
            // "Eleven people, including six children, were killed": the count after "including" is part of the one
            // before it, which is the toll (never both added).
            if (PartOf(clause, i) is { } including && Whole(clause, including, floor, quantities, used) is { } whole)
            {
                used.Add(q);
                return [whole];
            }
            for (var j = i - 1; j >= floor; j--)
            {
                var more = QuantityAt(clause[j], quantities);
                if (more is not null && !used.Contains(more) && !found.Contains(more))
                {
                    // "arrested 5 protesters and two were injured": a count right after a verb is its object.
                    if (FirstTokenOf(clause, more, j) is var f && f > floor && !IsGroupOpener(clause[f - 1])) break;
                    found.Add(more);
                    j = FirstTokenOf(clause, more, j);
                    continue;
                }
                if (more is not null || (!_filler.Contains(clause[j].Text) && clause[j].Text != ",")) break;
            }
            // "Three soldiers of the border guard and a rebel were killed": groups named each with its own words,
            // joined by "and" (then commas, "A, B and C"), all count.
            var start = found.Min(f => FirstTokenOf(clause, f, IndexOf(clause, f)));
            var joined = 0;
            while (JoinedGroup(clause, start, floor, joined > 0, quantities, used, found) is { } group)
            {
                found.Add(group);
                start = FirstTokenOf(clause, group, IndexOf(clause, group));
                joined++;
            }
            // "Eight people, including an officer, two guards and a child, were killed": the listed groups are parts.
            if (ListedAfterIncluding(clause, start, floor) is { } listed && Whole(clause, listed, floor, quantities, used) is { } total)
            {
                used.UnionWith(found);
                return [total];
            }
            break;
        }
        if (found.Count == 0 && words > MaxReach && LongSubject(clause, from, floor, quantities, used) is { } subject) found.Add(subject);
        return found;
    }

    /// "Two guards of the state electricity board's armed wing (SEB) were killed": a count opening a long subject
    /// told in the passive ("were killed") is the victims', however many words name them, so long as only its noun
    /// phrase stands between (no verb, no relative clause).
    Quantity? LongSubject(IReadOnlyList<Token> clause, int word, int floor, IReadOnlyList<Quantity> quantities, HashSet<Quantity> used)
    {
        var verb = word - 1;
        while (verb > floor && clause[verb].Text.EndsWith("ly", StringComparison.Ordinal)) verb--;
        var plural = clause[verb].Text.Equals("were", StringComparison.OrdinalIgnoreCase)
            || (clause[verb].Text.Equals("been", StringComparison.OrdinalIgnoreCase) && verb > floor && clause[verb - 1].Key is "have" or "had");
        if (!plural) return null;
        var end = clause[verb].Text.Equals("been", StringComparison.OrdinalIgnoreCase) ? verb - 1 : verb;
        for (var j = end - 1; j >= floor && end - j <= LongSubjectReach; j--)
        {
            if (!IsGroupWord(clause[j])) return null;
            if (QuantityAt(clause[j], quantities) is not { } q || IsArticle(clause[j])) continue;
            var first = FirstTokenOf(clause, q, j);
            if (!used.Contains(q) && (first <= floor || IsGroupOpener(clause[first - 1]))) return q;
            j = first;
        }
        return null;
    }

    /// How many tokens a long subject may run to.
    const int LongSubjectReach = 30;

    /// The count of a victim group joined to the one starting at token start ("two rebels and a soldier"): it opens
    /// the clause or follows a punctuation mark or a conjunction (not a verb: "arrested 5 people and two were killed"
    /// counts the arrested), and only its own noun phrase stands between it and "and".
    Quantity? JoinedGroup(IReadOnlyList<Token> clause, int start, int floor, bool list, IReadOnlyList<Quantity> quantities,
        HashSet<Quantity> used, List<Quantity> found)
    {
        var k = start - 1;
        if (k < floor) return null;
        var text = clause[k].Key;
        if (text == "and") k--;
        else if (text == "as" && k >= 2 && clause[k - 1].Text == "well" && clause[k - 2].Text == "as") k -= 3;
        else if (text == "with" && k >= 1 && clause[k - 1].Text == "along") k -= 2;
        else if (text == "," && list) k--;
        else return null;
        if (k >= floor && clause[k].Text == ",") k--;
        for (var j = k; j >= floor && k - j <= MaxReach; j--)
        {
            var t = clause[j];
            if (!IsGroupWord(t)) return null;
            // "an army major and three rebels": an article opening the group counts one.
            var q = QuantityAt(t, quantities) ?? (IsArticle(t) ? new Quantity(t.Span, 1, 1, 1) : null);
            if (q is null) continue;
            if (used.Contains(q) || found.Contains(q)) return null;
            var first = FirstTokenOf(clause, q, j);
            return first <= floor || IsGroupOpener(clause[first - 1]) ? q : null;
        }
        return null;
    }

    /// Only a victim group's own noun phrase stands between from and to: no full stop, verb or relative clause.
    /// ("were", "have been", "reportedly" right before the casualty word belong to the verb, not the group.)
    bool IsGroupStretch(IReadOnlyList<Token> clause, int from, int to)
    {
        while (to > from && (_filler.Contains(clause[to - 1].Text) || clause[to - 1].Text.EndsWith("ly", StringComparison.Ordinal))) to--;
        return clause.Skip(from).Take(to - from).All(IsGroupWord);
    }

    /// "suspected", "armed" describe a group; another past-tense word is a verb of its own.
    bool IsGroupWord(Token t) =>
        !IsStop(t) && !_notInGroup.Contains(t.Text)
        && !(t.Text.Length > 3 && t.Text.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(t.Text[0]) && !_adjectives.Contains(t.Text));

    bool IsGroupOpener(Token token) =>
        (token.Kind == TokenKind.Punctuation && token.Text is not ")" and not "]") || _groupOpeners.Contains(token.Text);

    static int IndexOf(IReadOnlyList<Token> clause, Quantity q)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            if (q.Span.Overlaps(clause[i].Span)) return i;
        }
        return 0;
    }

    /// "Ten armed men shot to death a village official": a count before an active verb with its object after it
    /// counts the killers, not the victims (no "were", "was" or "been" between them).
    static bool IsActiveWithObject(IReadOnlyList<Token> clause, List<Quantity> counted, PhraseMatch<CasualtyKind> word, IReadOnlyList<Quantity> quantities)
    {
        if (word.EndToken >= clause.Count) return false;
        var last = counted.Max(q => q.Span.End);
        if (clause.Any(t => t.Span.Start >= last && t.Span.End <= clause[word.FirstToken].Span.Start
            && t.Key is "were" or "was" or "been" or "are" or "is" or "be" or "being" or "got")) return false;
        var next = clause[word.EndToken];
        return next.Text is "a" or "an" or "the" or "his" or "her" or "their" or "another"
            || (QuantityAt(next, quantities) is { } q && !counted.Contains(q));
    }

    /// The token of "including" (or "among" in "among them") right before the count at token i, which makes it a part
    /// of a count told before.
    static int? PartOf(IReadOnlyList<Token> clause, int i)
    {
        if (i > 0 && clause[i - 1].Text.Equals("including", StringComparison.OrdinalIgnoreCase)) return i - 1;
        if (i > 1 && clause[i - 1].Key is "them" or "whom" && clause[i - 2].Text.Equals("among", StringComparison.OrdinalIgnoreCase)) return i - 2;
        return null;
    }

    /// The "including" that opens the list whose last groups start at token start, with only their words between.
    int? ListedAfterIncluding(IReadOnlyList<Token> clause, int start, int floor)
    {
        for (var j = start; j > floor && start - j <= MaxReach; j--)
        {
            if (PartOf(clause, j) is { } including) return including;
            if (!IsGroupWord(clause[j - 1])) return null;
        }
        return null;
    }

    /// The count a few words before "including" whose part the included count is ("nine rebels, including ...").
    static Quantity? Whole(IReadOnlyList<Token> clause, int including, int floor, IReadOnlyList<Quantity> quantities, HashSet<Quantity> used)
    {
        for (var j = including - 1; j >= floor && j >= including - MaxReach; j--)
        {
            if (IsStop(clause[j])) return null;
            if (QuantityAt(clause[j], quantities) is { } q && !IsArticle(clause[j])) return used.Contains(q) ? null : q;
        }
        return null;
    }

    /// "A trader and his son were killed", "a soldier and a policeman were injured": victims named one by one,
    /// joined by "and", with no count: one each.
    static (int Start, int Count)? SingularPair(IReadOnlyList<Token> clause, int word)
    {
        var were = -1;
        for (var i = word - 1; i >= 0 && i >= word - 3; i--)
        {
            if (clause[i].Text.Equals("were", StringComparison.OrdinalIgnoreCase)) { were = i; break; }
            if (!clause[i].Text.EndsWith("ly", StringComparison.Ordinal)) return null;
        }
        if (were < 1) return null;
        var start = were;
        while (start > 0 && were - start < MaxReach + 4 && clause[start - 1].Kind != TokenKind.Punctuation) start--;
        // ("The driver of the bus and his helper": a singular noun after "the" is one victim too.)
        // ("Party leader Rahim Khan and his son": a clause opened by a name or title with no plural word in it.)
        var named = start == 0 && char.IsUpper(clause[0].Text[0]) && clause[0].Text is not ("A" or "An" or "The");
        if (clause[start].Text is not ("a" or "A" or "an" or "An")
            && !(clause[start].Text is "the" or "The" && start + 1 < were && IsSingularNoun(clause[start + 1].Text)) && !named) return null;
        var count = 1;
        for (var j = start + 1; j < were; j++)
        {
            var next = j + 1;
            // "... along with his driver were shot dead"
            if (clause[j].Text == "along" && j + 1 < were && clause[j + 1].Text == "with") next = j + 2;
            else if (!clause[j].Text.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (next >= were || clause[next].Text is not ("a" or "an" or "his" or "her" or "another")) return null;
            if (named && count == 1 && (clause[next].Text is not ("his" or "her")
                || clause.Skip(start).Take(j - start).Any(t => Plurals.Contains(t.Text) || (char.IsLower(t.Text[0]) && (t.Text.EndsWith('s') || t.Text.EndsWith("ed", StringComparison.Ordinal)))))) return null;
            count++;
            j = next - 1;
        }
        return count >= 2 ? (start, count) : null;
    }

    /// "killing 42 people", "killed at least five": a count right after the word, unless it is the subject of
    /// the next casualty word ("3 were killed and 8 injured": the 8 are the injured).
    List<Quantity> Forward(IReadOnlyList<Token> clause, int from, IReadOnlyList<PhraseMatch<CasualtyKind>> words, IReadOnlyList<Quantity> quantities, HashSet<Quantity> used)
    {
        for (var i = from; i < clause.Count && i < from + 3; i++)
        {
            var q = QuantityAt(clause[i], quantities);
            if (q is not null)
            {
                if (used.Contains(q)) return [];
                var next = words.FirstOrDefault(w => w.FirstToken > i);
                var between = next is null ? [] : clause.Skip(i + 1).Take(next.FirstToken - i - 1).ToList();
                var subjectOfNext = next is not null
                    && between.All(t => _filler.Contains(t.Text) || QuantityAt(t, quantities) == q)
                    && !between.Any(t => t.Text.Equals("and", StringComparison.OrdinalIgnoreCase));
                if (subjectOfNext) return [];
                // "was killed and two other leaders sustained bullet wounds": a count after "and" with a casualty word
                // of its own after it opens the next report.
                if (clause.Skip(from).Take(i - from).Any(t => t.Text.Equals("and", StringComparison.OrdinalIgnoreCase)) && next is not null
                    && next.FirstToken - i <= MaxReach && !clause.Skip(i).Take(next.FirstToken - i).Any(IsStop)) return [];
                return Others(clause, i, quantities, used) is { } more && more != q ? [q, more] : [q];
            }
            if (!_filler.Contains(clause[i].Text)) break;
        }
        return [];
    }

    /// "a student was injured", "the driver was reportedly shot dead": one victim.
    static int? SingularPassive(IReadOnlyList<Token> clause, int word)
    {
        for (var i = word - 1; i >= 0 && i >= word - 4; i--)
        {
            var t = clause[i].Text;
            if (t.Equals("was", StringComparison.OrdinalIgnoreCase)) return i;
            // "has been killed", "has reportedly been killed" (singular), not "have been killed"
            if (t.Equals("been", StringComparison.OrdinalIgnoreCase))
            {
                var h = i - 1;
                while (h > 0 && clause[h].Text.EndsWith("ly", StringComparison.Ordinal)) h--;
                return h >= 0 && clause[h].Text.Equals("has", StringComparison.OrdinalIgnoreCase) ? h : null;
            }
            // "allegedly", "reportedly", "critically"; "was attacked and killed", "was shot and killed"
            if (!t.EndsWith("ly", StringComparison.Ordinal) && !t.EndsWith("ed", StringComparison.Ordinal) && t is not ("and" or "shot" or "then" or "later")) return null;
        }
        return null;
    }

    /// "a party cadre died", "he succumbed to his injuries": one victim named as the subject of an intransitive word.
    static int? SingularSubject(IReadOnlyList<Token> clause, int word)
    {
        if (!Intransitive.Contains(clause[word].Text)) return null;
        // "succumbed to his injuries", "died of her wounds": the possessive says one victim.
        for (var j = word + 1; j < clause.Count && j <= word + 3; j++)
        {
            if (clause[j].Text is "his" or "her") return word;
        }
        if (RelativeSubject(clause, word) is { } subject) return subject;
        // "... where Rizvi died": a name right before the word.
        if (word > 1 && clause[word - 1].Text is { Length: > 1 } name && char.IsUpper(name[0]) && name.Skip(1).All(char.IsLower)
            && !NotOne.Contains(name) && clause[word - 2].Text is not ("." or "!" or "?")) return word - 1;
        for (var i = word - 1; i >= 0 && i >= word - 4; i--)
        {
            var t = clause[i].Text;
            if (t.Length == 1 && !char.IsLetter(t[0])) return null;
            if (NotOne.Contains(t)) return null;
            if (t is "he" or "she" or "He" or "She" or "a" or "A" or "an" or "An" or "another" or "Another") return i;
            // "the soldier died", not "the soldiers died" or "the men died"
            if (t is "the" or "The" && i + 1 < word && IsSingularNoun(clause[i + 1].Text)) return i;
        }
        return null;
    }

    /// "A rickshaw puller, who was hurt in the blast on Sunday, died on Monday": one victim named before a relative
    /// clause -- a phrase opened by "a", "an" or "one", or a name -- is the subject of the word after it.
    static int? RelativeSubject(IReadOnlyList<Token> clause, int word)
    {
        for (var i = word - 1; i > 1 && word - i <= RelativeReach; i--)
        {
            if (IsStop(clause[i])) return null;
            if (!clause[i].Text.Equals("who", StringComparison.OrdinalIgnoreCase)) continue;
            if (clause[i - 1].Text != ",") return null;
            var start = i - 1;
            while (start > 0 && i - 1 - start < MaxReach && clause[start - 1].Kind != TokenKind.Punctuation) start--;
            var phrase = clause.Skip(start).Take(i - 1 - start).ToList();
            if (phrase.Count == 0 || phrase.Any(t => t.Text.Equals("and", StringComparison.OrdinalIgnoreCase) || t.Text.Any(char.IsDigit))) return null;
            var head = phrase[0].Text;
            if (head is "a" or "A" or "an" or "An" or "one" or "One") return phrase.Count > 1 && !NotOne.Contains(phrase[1].Text) ? start : null;
            // "The officer, who ...": one named by a singular noun.
            if (head is "the" or "The") return phrase.Count > 1 && IsSingularNoun(phrase[^1].Text) && char.IsLower(phrase[^1].Text[0]) ? start : null;
            // "... Rahim Uddin, who ...": a name (capitalised words, the last not a plural) ends the phrase.
            var last = phrase[^1].Text;
            return char.IsUpper(last[0]) && last.Skip(1).All(char.IsLower) && !last.EndsWith('s') ? start : null;
        }
        return null;
    }

    /// How many tokens before its word a relative clause's "who" may stand.
    const int RelativeReach = 30;

    /// "killing a policeman", "shot dead a shopkeeper": one victim as the object right after the word.
    static int? SingularObject(IReadOnlyList<Token> clause, int end, IReadOnlyList<Quantity> quantities)
    {
        // "killing him on the spot"; not "killing her two sons".
        if (end < clause.Count && clause[end].Text is "him" or "her" && !(end + 1 < clause.Count && QuantityAt(clause[end + 1], quantities) is not null)) return end;
        if (end + 1 >= clause.Count) return null;
        // "shot dead the head of the council": one named by a singular noun.
        if (clause[end].Text == "the") return IsSingularNoun(clause[end + 1].Text) && char.IsLower(clause[end + 1].Text[0]) ? end + 1 : null;
        if (clause[end].Text is not ("a" or "an")) return null;
        return NotOne.Contains(clause[end + 1].Text) ? null : end + 1;
    }

    static bool IsSingularNoun(string word) =>
        !word.EndsWith('s') && !NotOne.Contains(word) && !Plurals.Contains(word) && word.All(char.IsLetter);

    static readonly FrozenSet<string> Plurals = new[]
    {
        "men", "women", "children", "people", "police", "policemen", "personnel", "militia", "injured", "wounded", "dead", "victims",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    static readonly FrozenSet<string> Intransitive = new[] { "died", "dies", "succumbed", "perished" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// Words after "a" that count many, or time, not one person ("a number of", "a group of", "a day after").
    static readonly FrozenSet<string> NotOne = new[]
    {
        "number", "group", "dozen", "lot", "few", "couple", "total", "series", "score", "day", "week", "month", "year",
        "hundred", "thousand", "bus", "car", "vehicle", "crowd", "family", "mob", "result", "while", "bit", "case",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// "... a local official and two others": a count joined by "and" a few words after the first victim.
    static Quantity? Others(IReadOnlyList<Token> clause, int first, IReadOnlyList<Quantity> quantities, HashSet<Quantity> used)
    {
        for (var j = first + 1; j + 1 < clause.Count && j <= first + MaxReach / 2 && !IsStop(clause[j]); j++)
        {
            if (!clause[j].Text.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            var more = QuantityAt(clause[j + 1], quantities);
            return more is not null && !used.Contains(more) && !more.Span.Overlaps(clause[first].Span) ? more : null;
        }
        return null;
    }

    /// "two soldiers were killed along with 15 militants": a count right after "along with" or "as well as" joins.
    static Quantity? AlongWith(IReadOnlyList<Token> clause, int from, IReadOnlyList<Quantity> quantities, HashSet<Quantity> used)
    {
        for (var j = from; j + 2 < clause.Count && j <= from + 2; j++)
        {
            var joined = (clause[j].Text, clause[j + 1].Text) switch
            {
                ("along", "with") => j + 2,
                ("as", "well") when j + 3 < clause.Count && clause[j + 2].Text == "as" => j + 3,
                _ => -1,
            };
            if (joined < 0) continue;
            var more = QuantityAt(clause[joined], quantities);
            return more is not null && !used.Contains(more) ? more : null;
        }
        return null;
    }

    static bool IsArticle(Token token) => token.Text is "a" or "A" or "an" or "An";

    static bool IsStop(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "." or ";" or ":" or "?" or "!";

    static int FirstTokenOf(IReadOnlyList<Token> clause, Quantity q, int i)
    {
        while (i > 0 && q.Span.Overlaps(clause[i - 1].Span)) i--;
        return i;
    }

    static Quantity? QuantityAt(Token token, IReadOnlyList<Quantity> quantities)
    {
        foreach (var q in quantities)
        {
            if (q.Span.Overlaps(token.Span)) return q;
        }
        return null;
    }
}
