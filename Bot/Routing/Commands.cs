using System.Text;
using SafetyBot.Knowledge.Text;

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
    public const string AuditLog = "logboek";
    public const string ForgetMe = "vergeet-mij";
    public const string MyData = "wat-weet-je";
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
        new(Commands.AuditLog, ["logboek"], false),
        new(Commands.AuditLog, ["auditlog"], false),
        new(Commands.AuditLog, ["audit", "log"], false),
        new(Commands.ForgetMe, ["vergeet", "mij"], false),
        new(Commands.ForgetMe, ["vergeet", "me"], false),
        new(Commands.ForgetMe, ["forget", "me"], false),
        new(Commands.MyData, ["wat", "weet", "je", "over", "mij"], false),
        new(Commands.MyData, ["wat", "weet", "je", "over", "me"], false),
        new(Commands.MyData, ["wat", "weet", "je", "van", "mij"], false),
        new(Commands.MyData, ["what", "do", "you", "know", "about", "me"], false),
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

        var rawWords = WordSplitter.Split(text, WordBreaks.Whitespace);
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
        word == expected || (expected.Length >= 5 && word.Length >= 4 && EditDistance.OptimalStringAlignment(word, expected, maxDistance: 1) <= 1);

    /// <summary>Lower case, accents removed, surrounding punctuation trimmed ("Help!" → "help").</summary>
    public static string Normalize(string word) =>
        TextFolding.FoldLower(word).Trim('.', ',', '!', ':', ';', '"', '\'', '(', ')', '?').Normalize(NormalizationForm.FormC);
}
