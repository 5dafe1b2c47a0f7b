using SafetyBot.Knowledge.Content;

namespace SafetyBot.Kb;

/// <summary>
/// <c>kb</c>: the content owner's command line. <c>validate</c> fails on broken content; <c>review</c> lists
/// what is due for review. Options: <c>--content PATH</c> reads a folder instead of the bundled content.
/// </summary>
public static class KbCommand
{
    public const string Usage = """
        kb — SafetyBot's knowledge base tool

          kb validate [--content PATH]          check front matter, ids, links, incident plans, protocol
          kb review   [--content PATH]          list content whose 'reviewed' date is over 12 months old, and
                                                every fact marked 'confirm:' with its file's reviewed date
          kb search "vraag" [--audience po|vo|mbo] [--content PATH]   ranked passages with scores
          kb eval     [--set FILE] [--content PATH]                  retrieval quality on the development set
                                                              (or another set: --set tests/eval/heldout.yml)
          kb incident "bericht"                 the incident the classifier reads in a message, with its cues
          kb ask "vraag" [--audience po|vo|mbo] the bot's decision in one line (act-now, answered, referred,
                                                unknown); without a question: lines 'id TAB audience TAB text'
                                                on standard input, one decision per line
          kb eval --acute FILE [misses]        incident recognition per type on acute and ordinary messages
                                                (messages: kind acute|ordinary, type, text); 'misses' lists them

        Exit codes: 0 ok, 1 content errors or goals missed, 2 usage error.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var options = KbOptions.Parse(args.Skip(1).ToArray());
        if (options.Error is not null)
        {
            await error.WriteLineAsync(options.Error);
            return 2;
        }

        IContentSource source = options.ContentPath is null ? new BundledContentSource() : new FolderContentSource(options.ContentPath);
        LoadedContent loaded;
        try
        {
            loaded = KnowledgeBaseLoader.Load(source);
        }
        catch (DirectoryNotFoundException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 2;
        }

        return args[0] switch
        {
            "validate" => await ValidateAsync(loaded, output),
            "review" => await ReviewAsync(loaded, output, clock),
            _ => await KbExtensions.RunAsync(args[0], options, loaded, output, error),
        };
    }

    private static async Task<int> ValidateAsync(LoadedContent loaded, TextWriter output)
    {
        foreach (var issue in loaded.Report.Issues)
        {
            await output.WriteLineAsync(issue.ToString());
        }

        var kb = loaded.KnowledgeBase;
        await output.WriteLineAsync(
            $"{kb.SourceDescription}: {kb.Articles.Count} articles ({kb.Articles.Count(a => a.Kind == ContentVocabulary.DilemmaKind)} dilemmas), " +
            $"{kb.Incidents.Count} incident plans ({kb.EnglishIncidents.Count} in English), {kb.HelpLines.Count} help lines ({kb.EnglishHelpLines.Count} in English), protocol: {(kb.ModelProtocol is null ? "none" : kb.ModelProtocol.Sections.Count + " sections")}, " +
            $"{kb.Weekly.Count} weekly dilemmas, {kb.Quiz.Count} quiz questions, " +
            $"{kb.Articles.Sum(a => a.Questions.Count)} example questions, {kb.OutOfScope.Count} out-of-scope topics; " +
            $"{loaded.Report.Errors.Count()} errors, {loaded.Report.Issues.Count(i => i.Severity == Severity.Warning)} warnings");
        return loaded.Report.IsValid ? 0 : 1;
    }

    private static async Task<int> ReviewAsync(LoadedContent loaded, TextWriter output, TimeProvider clock)
    {
        var due = ReviewSchedule.Due(loaded.KnowledgeBase, clock);
        foreach (var item in due)
        {
            var when = item.Reviewed is { } date ? $"reviewed {date:yyyy-MM-dd}, {item.DaysOverdue} days overdue" : "never reviewed";
            await output.WriteLineAsync($"warning: {item.Document.Origin}: {item.Document.Title} ({when})");
        }

        await output.WriteLineAsync(due.Count == 0 ? "All content was reviewed in the last 12 months." : $"{due.Count} item(s) due for review.");

        // Facts that change (minimum ages, numbers, opening hours, statutes): each with the date its file was last reviewed.
        var facts = ReviewSchedule.Facts(loaded.KnowledgeBase, clock);
        if (facts.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Facts to confirm (front matter 'confirm:'):");
            foreach (var (fact, overdue) in facts)
            {
                var when = fact.Reviewed is { } date ? $"reviewed {date:yyyy-MM-dd}" : "never reviewed";
                await output.WriteLineAsync($"{(overdue ? "OVERDUE" : "ok     ")} {fact.Origin} ({when}): {fact.Claim} [source: {fact.Source}]");
            }

            var overdueCount = facts.Count(f => f.Overdue);
            await output.WriteLineAsync($"{facts.Count} fact(s) to confirm, {overdueCount} overdue.");
        }

        // A reminder, never a failure.
        return 0;
    }
}

public sealed record KbOptions(string? ContentPath, string? Audience, string? SetPath, IReadOnlyList<string> Positional, string? Error, string? AcutePath = null)
{
    public static KbOptions Parse(string[] args)
    {
        string? content = null, audience = null, set = null, acute = null;
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--content" or "--audience" or "--set" or "--acute" when i + 1 >= args.Length:
                    return new KbOptions(null, null, null, [], $"{args[i]} needs a value");
                case "--content":
                    content = args[++i];
                    break;
                case "--audience":
                    audience = args[++i];
                    break;
                case "--set":
                    set = args[++i];
                    break;
                case "--acute":
                    acute = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        return new KbOptions(null, null, null, [], $"unknown option {args[i]}");
                    }

                    positional.Add(args[i]);
                    break;
            }
        }

        return new KbOptions(content, audience, set, positional, null, acute);
    }
}
