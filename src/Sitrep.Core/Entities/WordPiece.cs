using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// A token cut finer for phrase lookups: hyphenated words split into their parts ("al-Qaeda" -> "al", "Qaeda")
/// and a possessive "'s" split off, so "al Qaeda", "al-Qaeda" and "al-Qaeda's" all meet the same lexicon entry.
/// Key is the lookup form: lower case, dots dropped ("U.S." -> "us"), curly apostrophes straightened.
internal readonly record struct WordPiece(TextSpan Span, string Text, string Key, TokenKind Kind, bool GluedToPrevious)
{
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsNumber => Kind == TokenKind.Number;
    public bool IsCapitalised => Kind == TokenKind.Word && Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;

    /// "ANA", "U.S.": every letter upper case and at least two letters, so an acronym alias does not match a word.
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            return letters >= 2;
        }
    }
}
