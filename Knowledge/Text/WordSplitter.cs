namespace SafetyBot.Knowledge.Text;

/// <summary>
/// What separates one word from the next. The callers differ on purpose (a hyphen splits "cyber-pesten"
/// for the index but not for the name masker's vocabulary; only small talk treats a smiley as a
/// separator), so each call says which breaks it wants. Separators themselves are never part of a word.
/// </summary>
[Flags]
public enum WordBreaks
{
    None = 0,

    /// <summary>The space ' '.</summary>
    Space = 1 << 0,

    /// <summary>The line feed '\n'.</summary>
    LineFeed = 1 << 1,

    /// <summary>The tab '\t'.</summary>
    Tab = 1 << 2,

    /// <summary>Every white-space character (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    Whitespace = 1 << 3,

    /// <summary><c>. , ! ?</c></summary>
    SentencePunctuation = 1 << 4,

    /// <summary><c>; :</c></summary>
    ClausePunctuation = 1 << 5,

    /// <summary><c>( )</c></summary>
    Parentheses = 1 << 6,

    /// <summary><c>[ ]</c></summary>
    SquareBrackets = 1 << 7,

    /// <summary>The straight quotes <c>" '</c>.</summary>
    StraightQuotes = 1 << 8,

    /// <summary>The curly quotes <c>‘ ’ “ ”</c>.</summary>
    CurlyQuotes = 1 << 9,

    /// <summary><c>/</c></summary>
    Slash = 1 << 10,

    /// <summary>The hyphen-minus <c>-</c>.</summary>
    Hyphen = 1 << 11,

    /// <summary><c>*</c> (Markdown emphasis).</summary>
    Asterisk = 1 << 12,

    /// <summary>The four emoji people end a greeting or thanks with: 🙂 😊 👍 🙏 (no other emoji).</summary>
    FriendlyEmoji = 1 << 13,

    /// <summary>
    /// Everything that is not a letter or a digit (<see cref="char.IsLetterOrDigit(char)"/>, per UTF-16
    /// unit): all punctuation, symbols and emoji. Words are then runs of letters and digits.
    /// </summary>
    NonAlphanumeric = 1 << 14,

    /// <summary>Running text: space, line feed, <c>. , ! ? ; : ( ) " ' /</c>.</summary>
    Prose = Space | LineFeed | SentencePunctuation | ClausePunctuation | Parentheses | StraightQuotes | Slash,
}

/// <summary>Splits text into words, the one implementation (a copy-guard test keeps it so).</summary>
public static class WordSplitter
{
    private static readonly string[] FriendlyEmoji = ["🙂", "😊", "👍", "🙏"];

    /// <summary>
    /// The words between the separators that <paramref name="breaks"/> names, in order; empty words are
    /// dropped. The same result as <see cref="string.Split(string[], StringSplitOptions)"/> with those
    /// separators and <see cref="StringSplitOptions.RemoveEmptyEntries"/>. Case is kept.
    /// </summary>
    public static string[] Split(string text, WordBreaks breaks)
    {
        var words = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var separator = SeparatorLength(text, i, breaks);
            if (separator == 0)
            {
                i++;
                continue;
            }

            if (i > start)
            {
                words.Add(text[start..i]);
            }

            i += separator;
            start = i;
        }

        if (text.Length > start)
        {
            words.Add(text[start..]);
        }

        return [.. words];
    }

    private static int SeparatorLength(string text, int index, WordBreaks breaks)
    {
        var c = text[index];
        if (IsSeparator(c, breaks))
        {
            return 1;
        }

        if ((breaks & WordBreaks.FriendlyEmoji) != 0 && char.IsHighSurrogate(c))
        {
            foreach (var emoji in FriendlyEmoji)
            {
                if (text.AsSpan(index).StartsWith(emoji, StringComparison.Ordinal))
                {
                    return emoji.Length;
                }
            }
        }

        return 0;
    }

    private static bool IsSeparator(char c, WordBreaks breaks)
    {
        if ((breaks & WordBreaks.NonAlphanumeric) != 0 && !char.IsLetterOrDigit(c))
        {
            return true;
        }

        if ((breaks & WordBreaks.Whitespace) != 0 && char.IsWhiteSpace(c))
        {
            return true;
        }

        var needed = c switch
        {
            ' ' => WordBreaks.Space,
            '\n' => WordBreaks.LineFeed,
            '\t' => WordBreaks.Tab,
            '.' or ',' or '!' or '?' => WordBreaks.SentencePunctuation,
            ';' or ':' => WordBreaks.ClausePunctuation,
            '(' or ')' => WordBreaks.Parentheses,
            '[' or ']' => WordBreaks.SquareBrackets,
            '"' or '\'' => WordBreaks.StraightQuotes,
            '‘' or '’' or '“' or '”' => WordBreaks.CurlyQuotes,
            '/' => WordBreaks.Slash,
            '-' => WordBreaks.Hyphen,
            '*' => WordBreaks.Asterisk,
            _ => WordBreaks.None,
        };
        return (breaks & needed) != 0;
    }
}
