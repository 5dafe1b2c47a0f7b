using System.Globalization;
using System.Text;

namespace SafetyBot.Bot.Routing;

/// <summary>The command keys of the command table (docs/design.md, "Commands").</summary>
public static class Commands
{
    public const string Help = "help";
    public const string Ask = "vraag";
    public const string Protocol = "protocol";
    public const string RoleModel = "rolmodel";
    public const string Quiz = "quiz";
    public const string Stop = "stop";
    public const string Weekly = "weekkaart";
    public const string Settings = "instellingen";
    public const string QuizOverview = "quizoverzicht";
    public const string Insights = "inzichten";
    public const string ForgetMe = "vergeet-mij";
}

/// <summary>A recognised command and the text after it (the question, the protocol topic, …).</summary>
public sealed record ParsedCommand(string Key, string Argument);

/// <summary>
/// Recognises the commands of docs/design.md ("Commands") in Dutch and English, case- and
/// accent-insensitive, with or without an @mention, tolerating one typo in words of five letters or
/// more. Only <c>vraag</c> and <c>protocol</c> take text after them; the others must stand alone, so
/// that a question that happens to start with "hulp" or "stop" is still answered as a question.
/// </summary>
public static class CommandParser
{
    private sealed record Form(string Key, string[] Words, bool TakesArgument);

    private static readonly Form[] Forms =
    [
        new(Commands.Help, ["help"], false),
        new(Commands.Help, ["hulp"], false),
        new(Commands.Ask, ["vraag"], true),
        new(Commands.Protocol, ["protocol"], true),
        new(Commands.RoleModel, ["rolmodel"], false),
        new(Commands.RoleModel, ["role", "model"], false),
        new(Commands.RoleModel, ["rol", "model"], false),
        new(Commands.Quiz, ["quiz"], false),
        new(Commands.Stop, ["stop"], false),
        new(Commands.Stop, ["stoppen"], false),
        new(Commands.Weekly, ["weekkaart"], false),
        new(Commands.Weekly, ["weekly"], false),
        new(Commands.Settings, ["instellingen"], false),
        new(Commands.Settings, ["settings"], false),
        new(Commands.QuizOverview, ["quizoverzicht"], false),
        new(Commands.QuizOverview, ["quiz", "overzicht"], false),
        new(Commands.QuizOverview, ["quiz", "overview"], false),
        new(Commands.Insights, ["inzichten"], false),
        new(Commands.Insights, ["insights"], false),
        new(Commands.ForgetMe, ["vergeet", "mij"], false),
        new(Commands.ForgetMe, ["vergeet", "me"], false),
        new(Commands.ForgetMe, ["forget", "me"], false),
    ];

    public static IReadOnlyCollection<string> Keys { get; } = Forms.Select(f => f.Key).Distinct().ToArray();

    /// <summary>Returns the command in the (mention-stripped) text, or null when it is not a command.</summary>
    public static ParsedCommand? Parse(string text)
    {
        if (text.Length == 0 || text.Length > 2000)
        {
            return null;
        }

        if (text.Trim() == "?")
        {
            return new ParsedCommand(Commands.Help, string.Empty);
        }

        var rawWords = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = rawWords.Select(Normalize).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        // Longest form first, so "quiz overzicht" wins over "quiz".
        foreach (var form in Forms.OrderByDescending(f => f.Words.Length))
        {
            if (words.Length < form.Words.Length || (!form.TakesArgument && words.Length != form.Words.Length))
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < form.Words.Length && matches; i++)
            {
                matches = WordMatches(words[i], form.Words[i]);
            }

            if (matches)
            {
                var argument = string.Join(' ', rawWords.Skip(form.Words.Length)).Trim();
                return new ParsedCommand(form.Key, argument);
            }
        }

        return null;
    }

    private static bool WordMatches(string word, string expected) =>
        word == expected || (expected.Length >= 5 && word.Length >= 4 && Distance(word, expected) <= 1);

    /// <summary>Lower case, accents removed, surrounding punctuation trimmed ("Help!" → "help").</summary>
    public static string Normalize(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim('.', ',', '!', ':', ';', '"', '\'', '(', ')', '?').Normalize(NormalizationForm.FormC);
    }

    /// <summary>Optimal string alignment distance (a swap of two neighbours counts as one typo).</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return 2;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
