using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SafetyBot.Cards;

/// <summary>
/// Makes user-derived text inert before a card shows it to someone else (an admin's <c>inzichten</c>):
/// no links, no clickable bare addresses, no emphasis, no line breaks, no headings or lists. Every card
/// that shows one user's words to another passes them through <see cref="Escape"/> (docs/security.md).
/// </summary>
/// <remarks>
/// Teams renders a Markdown subset in TextBlocks and makes bare addresses clickable, and its clients
/// honour backslash escapes differently (desktop, web and mobile disagree), so this does not escape with
/// backslashes. It replaces what would be markup with characters no renderer reads as markup, in a way
/// a reader still recognises: <c>*</c> becomes <c>∗</c>, <c>https://evil.example</c> becomes
/// <c>https[:]//evil[.]example</c> (the usual "defanged" form), <c>[x](y)</c> becomes <c>[x] (y)</c>.
/// The masked placeholders (<c>[naam]</c>, <c>[e-mail]</c>) stay as they are. The price: a full stop
/// without a space after it between words ("klas.Daarna") reads "klas[.]Daarna".
/// </remarks>
public static partial class MarkdownText
{
    /// <summary>The text on one line, with nothing in it that renders as Markdown or as a link.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Full-width and other compatibility forms ("［x］（https：//…）") become the ASCII they stand for first,
        // so they are escaped like the ASCII; invisible characters that could hide an address go.
        var line = OneLine(Compatible(WithoutLoneSurrogates(text)));
        if (line.Length == 0)
        {
            return string.Empty;
        }

        line = Scheme().Replace(line, match => match.Groups["scheme"].Value + "[:]" + match.Groups["slashes"].Value);
        line = HostName().Replace(line, match => match.Value.Replace(".", "[.]", StringComparison.Ordinal));
        line = Entity().Replace(line, "＆");

        var builder = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            builder.Append(c switch
            {
                '*' => '∗',
                '_' => 'ˍ',
                '~' => '∼',
                '`' => 'ˋ',
                '<' => '‹',
                '>' => '›',
                '\\' => '⧵',
                _ => c,
            });
        }

        // A line that starts like a heading or a list item (also inside the list item a card puts it in).
        builder[0] = builder[0] switch
        {
            '#' => '＃',
            '-' => '－',
            '+' => '＋',
            '=' => '＝',
            var first => first,
        };

        // Link and image syntax needs "](" or "][", or a definition "[x]:" at the start; a space breaks each.
        var inert = builder.ToString()
            .Replace("](", "] (", StringComparison.Ordinal)
            .Replace("][", "] [", StringComparison.Ordinal);
        return Definition().Replace(inert, "${label} :");
    }

    /// <summary>Line breaks, tabs and other control characters become one space; format characters (zero-width, direction overrides) go.</summary>
    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Compatible(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Text the normaliser refuses is escaped as it is.
            return text;
        }
    }

    private static string WithoutLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired && builder is null)
            {
                builder = new StringBuilder(text, 0, i, text.Length);
            }

            builder?.Append(paired ? c : '\uFFFD');
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>A URL scheme's "://" (also "https:/" and "https:\\", which some clients still open).</summary>
    [GeneratedRegex(@"(?<scheme>\b[A-Za-z][A-Za-z0-9+.\-]*):(?<slashes>[/\\]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    /// <summary>
    /// Something a client would take for a host name: labels joined by dots, ending in a top-level domain
    /// of letters (or an IDN one). "o.a." and "3.5" are not; "instagram.com" and "www.evil.example" are.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62}[\p{L}\p{N}])?\.)+(?:\p{L}{2,24}|xn--[A-Za-z0-9\-]{1,59})(?![\p{L}\p{N}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();

    /// <summary>A link reference definition ("[x]: https://…"), which can only stand at the start of the line.</summary>
    [GeneratedRegex(@"^(?<label>\[[^\]]{0,999}\]):", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();

    /// <summary>An HTML entity ("&amp;lt;", "&amp;#42;"), which some renderers decode into markup.</summary>
    [GeneratedRegex(@"&(?=#?[A-Za-z0-9]{1,32};)", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();
}
