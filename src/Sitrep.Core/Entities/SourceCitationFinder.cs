using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// Finds cited sources: outlets from data/entities/news-sources.txt or capitalised names carrying a media word,
/// next to a reporting cue ("Reuters reported", "told AFP", "(Reuters)"); "according to X"; and generic sources
/// before or after a reporting verb ("a police spokesman said", "said local officials"). Persons quoted by
/// name are not sources. Built once; safe for concurrent calls.
public sealed class SourceCitationFinder
{
    const int MaxModifiers = 4;

    readonly PhraseIndex<bool> _outlets;
    readonly PhraseIndex<string> _countries;
    readonly FrozenSet<string> _mediaWords;
    readonly FrozenSet<string> _verbs;
    readonly FrozenSet<string> _heads;
    readonly FrozenSet<string> _stopwords;

    SourceCitationFinder(PhraseIndex<bool> outlets, PhraseIndex<string> countries, FrozenSet<string> mediaWords, FrozenSet<string> verbs, FrozenSet<string> heads, FrozenSet<string> stopwords)
    {
        (_outlets, _countries) = (outlets, countries);
        (_mediaWords, _verbs, _heads, _stopwords) = (mediaWords, verbs, heads, stopwords);
    }

    public static SourceCitationFinder CreateDefault()
    {
        var countries = new List<(string, string)>();
        foreach (var (_, fields) in TabFile.Rows(DataDirectory.PathOf("countries", "demonyms.tsv"), 2))
            countries.Add((fields[1], fields[0]));
        return new SourceCitationFinder(
            new PhraseIndex<bool>(DataDirectory.ReadLexicon("entities", "news-sources.txt").Select(n => (n, true))),
            new PhraseIndex<string>(countries),
            Keys("media-words.txt"),
            Keys("source-verbs.txt"),
            Keys("source-heads.txt"),
            Keys("source-stopwords.txt"));
    }

    public ImmutableArray<SourceCitation> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = WordPieces.Split(text, new TextSpan(0, text.Length));
        var candidates = new List<(int Start, int End, bool IsOutlet)>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (_outlets.TryMatch(pieces, i, out var length, out _) && IsCited(pieces, i, i + length))
                candidates.Add((i, i + length, true));
            if (pieces[i].Key == "according" && i + 1 < pieces.Count && pieces[i + 1].Key == "to" && ReadAccordingTo(pieces, i + 2) is { } according)
                candidates.Add((according.Item1, according.Item2, false));
            if (_verbs.Contains(pieces[i].Key))
            {
                if (ReadBefore(pieces, i) is { } before) candidates.Add((before.Item1, before.Item2, false));
                if (ReadAfter(pieces, i) is { } after) candidates.Add((after.Item1, after.Item2, false));
            }
        }

        // Known outlets first ("Xinhua news agency said" cites Xinhua), then longest first, so
        // "according to Afghanistan's Khaama Press" keeps one citation, not two.
        var accepted = new List<(int Start, int End)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.IsOutlet).ThenByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            var (start, end) = StripPrefix(pieces, candidate.Start, candidate.End);
            if (start >= end) continue;
            if (accepted.Any(a => a.Start < end && start < a.End)) continue;
            accepted.Add((start, end));
        }
        return [.. accepted.OrderBy(a => a.Start).Select(a =>
        {
            var span = new TextSpan(pieces[a.Start].Span.Start, pieces[a.End - 1].Span.End);
            return new SourceCitation(span, span.Of(text));
        })];
    }

    /// An outlet name counts only beside a cue: "told Reuters", "Reuters reported", "(Reuters)", "Xinhua news agency said".
    bool IsCited(List<WordPiece> pieces, int start, int end)
    {
        var before = start - 1;
        if (before >= 0 && pieces[before].Key == "the") before--;
        if (before >= 0 && (_verbs.Contains(pieces[before].Key) || pieces[before].Key is "to" or "by" or "with" or "quoting" or "citing" or "(")) return true;
        for (var k = end; k < pieces.Count && k < end + 4; k++)
        {
            var key = pieces[k].Key;
            if (_verbs.Contains(key) || key == ")") return true;
            if (key is not ("news" or "agency" or "newspaper" or "daily" or "channel" or "television" or "tv" or "radio" or "," or "also" or "has" or "had")) break;
        }
        return false;
    }

    /// "according to local officials in Kunduz" -> "local officials": up to a clause break or a preposition, and
    /// only when the phrase holds a name, an outlet or a source noun.
    (int, int)? ReadAccordingTo(List<WordPiece> pieces, int start)
    {
        var k = start;
        while (k < pieces.Count && pieces[k].Key is "a" or "an" or "the") k++;
        var first = k;
        while (k < pieces.Count && k < first + 8)
        {
            var piece = pieces[k];
            if (piece.Kind == TokenKind.Punctuation && piece.Key != "'s" && piece.Text is not ("&" or "/")) break;
            if (piece.Key != "of" && _stopwords.Contains(piece.Key)) break;
            k++;
        }
        while (k > first && pieces[k - 1].Key == "of") k--;
        if (k == first) return null;
        // "according to rules", "according to the quota": a source is a name, an outlet or a source noun.
        for (var m = first; m < k; m++)
            if (pieces[m].IsCapitalised || _heads.Contains(pieces[m].Key) || _mediaWords.Contains(pieces[m].Key) || _outlets.StartsAny(pieces[m].Key)) return (first, k);
        return null;
    }

    /// "a police spokesman said", "state media reported", "Khaama Press reported".
    (int, int)? ReadBefore(List<WordPiece> pieces, int verb)
    {
        var head = verb - 1;
        if (head < 0) return null;
        if (_heads.Contains(pieces[head].Key)) return (Modifiers(pieces, head), head + 1);
        // An unlisted outlet: a capitalised run ending at the verb that carries a media word.
        var start = head;
        var hasMediaWord = false;
        while (start >= 0 && (pieces[start].IsCapitalised || pieces[start].IsNumber) && head - start < 6)
        {
            hasMediaWord |= _mediaWords.Contains(pieces[start].Key);
            start--;
        }
        return hasMediaWord ? (start + 1, head + 1) : null;
    }

    /// "said a police spokesman", "told local reporters": a generic source right after the verb.
    (int, int)? ReadAfter(List<WordPiece> pieces, int verb)
    {
        var k = verb + 1;
        while (k < pieces.Count && pieces[k].Key is "a" or "an" or "the") k++;
        var first = k;
        for (; k < pieces.Count && k < first + MaxModifiers + 1; k++)
        {
            var piece = pieces[k];
            if (!piece.IsWord || _stopwords.Contains(piece.Key)) return null;
            if (!_heads.Contains(piece.Key)) continue;
            // The head must end the phrase: "said police officers" yes, "said police were" no.
            if (k + 1 < pieces.Count && pieces[k + 1].IsWord && !_stopwords.Contains(pieces[k + 1].Key) && !_heads.Contains(pieces[k + 1].Key)) return null;
            if (k + 1 < pieces.Count && _heads.Contains(pieces[k + 1].Key)) continue;
            return (first, k + 1);
        }
        return null;
    }

    int Modifiers(List<WordPiece> pieces, int head)
    {
        var start = head;
        while (start - 1 >= 0 && head - start < MaxModifiers)
        {
            var previous = pieces[start - 1];
            if (previous.Key == "'s" && start - 2 >= 0 && pieces[start - 2].IsWord)
            {
                start -= 2;
                continue;
            }
            if (!previous.IsWord || _stopwords.Contains(previous.Key) || _verbs.Contains(previous.Key)) break;
            start--;
        }
        return start;
    }

    /// Drops what is not part of the name: articles and a country possessive ("Afghanistan's Khaama Press").
    (int, int) StripPrefix(List<WordPiece> pieces, int start, int end)
    {
        while (start < end && pieces[start].Key is "a" or "an" or "the") start++;
        if (_countries.TryMatch(pieces, start, out var length, out _) && start + length < end && pieces[start + length].Key == "'s")
            start += length + 1;
        return (start, end);
    }

    static FrozenSet<string> Keys(string file) =>
        DataDirectory.ReadLexicon("entities", file).Select(WordPieces.KeyOf).ToFrozenSet(StringComparer.Ordinal);
}
