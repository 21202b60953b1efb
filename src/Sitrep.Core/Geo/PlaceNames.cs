using System.Globalization;

namespace Sitrep.Core.Geo;

/// Folds place names to the keys the gazetteer is indexed by: lower case, diacritics and apostrophes dropped,
/// hyphens and other punctuation turned into single spaces ("Qal‘ah-ye Zāl" -> "qalah ye zal"), so that the
/// spellings of news and of GeoNames meet. The builder and the run-time lookups must use this one function.
public static class PlaceNames
{
    // One entry per char up to U+2000: the ASCII it folds to, "" to drop it, null to keep it lower-cased.
    static readonly string?[] Table = BuildTable();

    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length * 2 + 4] : new char[name.Length * 2 + 4];
        var n = Fold(name, buffer);
        return new string(buffer[..n]);
    }

    /// Folds into a caller's buffer (at least 2 * name.Length + 4 chars) and returns the length written.
    public static int Fold(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var n = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (pendingSpace && n > 0) buffer[n++] = ' ';
                    pendingSpace = false;
                    buffer[n++] = char.ToLowerInvariant(c);
                }
                else if (c is '\'' or '`') { }
                else pendingSpace = true;
                continue;
            }
            var mapped = c < Table.Length ? Table[c] : null;
            if (mapped is null)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (pendingSpace && n > 0) buffer[n++] = ' ';
                    pendingSpace = false;
                    buffer[n++] = char.ToLowerInvariant(c);
                }
                else if (!IsApostrophe(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) pendingSpace = true;
                continue;
            }
            if (mapped.Length == 0) continue;
            if (mapped == " ") { pendingSpace = true; continue; }
            if (pendingSpace && n > 0) buffer[n++] = ' ';
            pendingSpace = false;
            foreach (var m in mapped) buffer[n++] = m;
        }
        return n;
    }

    /// True when every letter is Latin script (with its diacritics): the names news in English uses.
    public static bool IsLatin(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            var latin = c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2B0 && c <= 0x2FF);
            if (!latin) return false;
        }
        return letters > 0;
    }

    static bool IsApostrophe(char c) => c is '’' or '‘' or 'ʻ' or 'ʼ' or 'ʿ' or 'ʾ' or '´' or 'ʹ' or '′';

    static string?[] BuildTable()
    {
        var table = new string?[0x2000];
        // Invariant globalization does not normalise strings, so the Latin letter folds come from a data file.
        foreach (var line in DataDirectory.ReadLexicon("geo", "latin-fold.tsv"))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && parts[0].Length == 1 && parts[0][0] < table.Length) table[parts[0][0]] = parts[1];
        }
        for (var c = (char)128; c < 0x2000; c++)
        {
            if (table[c] is not null) continue;
            if (IsApostrophe(c)) table[c] = "";
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) table[c] = "";
            else if (!char.IsLetterOrDigit(c)) table[c] = " ";
        }
        return table;
    }
}
