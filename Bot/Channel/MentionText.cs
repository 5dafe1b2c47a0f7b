using System.Text.RegularExpressions;

namespace SafetyBot.Bot.Channel;

/// <summary>Teams puts "&lt;at&gt;SafetyBot&lt;/at&gt;" in channel messages; understanding starts without it.</summary>
public static partial class MentionText
{
    public static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var withoutMentions = AtTag().Replace(text, " ");
        return Whitespace().Replace(withoutMentions, " ").Trim();
    }

    [GeneratedRegex(@"<at\b[^>]*>[^<]*</at>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();
}
