using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Answers;

namespace SafetyBot.Knowledge.Content;

/// <summary>
/// The answer-first shape every article has (content README, "Articles"): a lead of at most two sentences
/// that answers the article's question; in a dilemma the situation under its own heading
/// (<c>## De situatie</c>); an advice section ("Wat doe je?", "Zo …", "Tips …") with a list of whole
/// sentences. Each violation names the line it is on.
/// </summary>
internal static partial class ArticleStructureCheck
{
    /// <summary>The most sentences a lead may have: the answer in a nutshell, read before anything else.</summary>
    public const int MaxLeadSentences = 2;

    /// <summary>The heading a dilemma's situation goes under.</summary>
    public const string SituationHeading = "De situatie";

    public static void Check(ParsedContent file, Article article, ValidationReport report)
    {
        var origin = file.File.Path;
        var lines = SourceLines.Of(file);
        CheckLead(file, lines, report);

        var isDilemma = string.Equals(article.Kind, ContentVocabulary.DilemmaKind, StringComparison.OrdinalIgnoreCase);
        if (isDilemma && !article.Sections.Any(s => SectionRoles.OfHeading(s.Heading) == SectionRole.Situation))
        {
            report.Error(origin, $"a dilemma puts its situation under '## {SituationHeading}' (the lead answers, the situation is context)", lines.TitleLine);
        }

        var advice = article.Sections.FirstOrDefault(s => SectionRoles.OfHeading(s.Heading) == SectionRole.Advice);
        if (advice is null)
        {
            report.Error(origin, "no advice section: every article has a '##' section such as 'Wat doe je?', 'Zo …', 'Stappen …', 'Aanpak …' or 'Tips …' with a list of steps", lines.TitleLine);
            return;
        }

        var headingLine = lines.HeadingLine(advice.Heading);
        var list = MarkdownBlocks.Of(advice.Markdown).FirstOrDefault(b => b.IsList);
        if (list is null)
        {
            report.Error(origin, $"the advice section '{advice.Heading}' has no list: the answer card shows its items as \"Wat je kunt doen\"", headingLine);
            return;
        }

        foreach (var item in list.Items.Where(i => !IsWholeSentence(i)))
        {
            report.Error(origin, $"an advice item is not a whole sentence (a capital at the start, '.', '?' or '!' at the end): \"{Shorten(item)}\"", lines.LineContaining(item, headingLine) ?? headingLine);
        }
    }

    private static void CheckLead(ParsedContent file, SourceLines lines, ValidationReport report)
    {
        var origin = file.File.Path;
        var lead = file.Lead;
        if (string.IsNullOrWhiteSpace(lead))
        {
            report.Error(origin, "no lead: the text between the '# ' title and the first '##' answers the article's main question in one or two sentences", lines.TitleLine);
            return;
        }

        var leadLine = lines.FirstTextLineAfter(lines.TitleLine);
        if (MarkdownBlocks.Of(lead).Any(b => b.IsList))
        {
            report.Error(origin, "the lead is a list: write it as one or two sentences that answer the article's main question", leadLine);
        }

        var sentences = CountSentences(MarkdownContentParser.ToPlainText(lead));
        if (sentences > MaxLeadSentences)
        {
            report.Error(origin, $"the lead has {sentences} sentences: at most {MaxLeadSentences}, the answer first (move the rest into a section)", leadLine);
        }
    }

    /// <summary>Sentences in plain text: a full stop, question or exclamation mark followed by a capital starts a new one.</summary>
    public static int CountSentences(string plain)
    {
        var text = string.Join(' ', plain.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? 0 : SentenceBreak().Split(text).Count(s => s.Trim().Length > 0);
    }

    /// <summary>An advice item as the card shows it: starts with a capital (or a number) and ends a sentence.</summary>
    public static bool IsWholeSentence(string item)
    {
        var text = item.Replace("**", string.Empty, StringComparison.Ordinal).Trim().Trim('"', '\'', '“', '”', '‘', '’', '(', ')').Trim();
        return text.Length > 1 && (char.IsUpper(text[0]) || char.IsDigit(text[0])) && text[^1] is '.' or '?' or '!';
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex(@"(?<=[.!?])[""'”’)]*\s+(?=[""'“‘(]?[A-ZÀ-Ý])")]
    private static partial Regex SentenceBreak();
}

/// <summary>
/// Text that speaks to editors rather than teachers ("De bron geeft hier geen lijst", "TODO", "[…]"): it
/// must never reach a card. Checked in the body of every content file.
/// </summary>
internal static partial class AuthoringNoteCheck
{
    public static void Check(ParsedContent file, ValidationReport report)
    {
        var lines = SourceLines.Of(file);
        for (var i = lines.BodyStart; i < lines.All.Count; i++)
        {
            var match = AuthoringNote().Match(lines.All[i]);
            if (match.Success)
            {
                report.Error(file.File.Path, $"an authoring note for editors (\"{match.Value}\"): write for the teacher, or leave it out", i + 1);
            }
        }
    }

    [GeneratedRegex(@"\bde bron(pagina)? (geeft|noemt|zegt)\b|\bbronpagina\b|\baangevuld (uit de|met gangbare)\b|\boorspronkelijke lijst\b|\bTODO\b|\bFIXME\b|\bnog aanvullen\b|\bnog invullen\b|\[(…|\.\.\.|\.\.)\]", RegexOptions.IgnoreCase)]
    private static partial Regex AuthoringNote();
}

/// <summary>A content file's lines, for validation messages that name a line (1-based).</summary>
internal sealed class SourceLines
{
    private SourceLines(IReadOnlyList<string> all, int bodyStart, int titleLine)
    {
        All = all;
        BodyStart = bodyStart;
        TitleLine = titleLine;
    }

    public IReadOnlyList<string> All { get; }

    /// <summary>The index of the first line after the front matter.</summary>
    public int BodyStart { get; }

    /// <summary>The line of the '# ' title (1-based), or the first body line.</summary>
    public int TitleLine { get; }

    public static SourceLines Of(ParsedContent file)
    {
        var all = file.File.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var bodyStart = 0;
        if (all.Length > 0 && all[0].TrimEnd() == "---")
        {
            var end = Array.FindIndex(all, 1, l => l.TrimEnd() == "---");
            bodyStart = end < 0 ? all.Length : end + 1;
        }

        var title = Array.FindIndex(all, bodyStart, l => l.StartsWith("# ", StringComparison.Ordinal));
        return new SourceLines(all, bodyStart, (title < 0 ? bodyStart : title) + 1);
    }

    public int FirstTextLineAfter(int line)
    {
        for (var i = line; i < All.Count; i++)
        {
            if (All[i].Trim().Length > 0)
            {
                return i + 1;
            }
        }

        return line;
    }

    public int HeadingLine(string heading)
    {
        for (var i = BodyStart; i < All.Count; i++)
        {
            if (All[i].StartsWith("## ", StringComparison.Ordinal) && All[i].Contains(heading, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return TitleLine;
    }

    /// <summary>The first line from <paramref name="fromLine"/> on that holds the start of a list item's text.</summary>
    public int? LineContaining(string item, int fromLine)
    {
        var start = item.Replace("**", string.Empty, StringComparison.Ordinal);
        start = start[..Math.Min(20, start.Length)];
        for (var i = Math.Max(0, fromLine - 1); i < All.Count; i++)
        {
            if (All[i].Replace("**", string.Empty, StringComparison.Ordinal).Contains(start, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
