namespace SafetyBot.Knowledge.Content;

/// <summary>
/// A discussion starter for a team meeting (<c>content/weekly/</c>): the situation, the options the team
/// votes on (by position, 1-based), questions for the meeting and the articles behind it.
/// </summary>
public sealed record WeeklyDilemma
{
    public const int MinOptions = 3;
    public const int MaxOptions = 4;

    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Audience Audience { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The situation as Markdown (id-links already in card form are not needed here: no links expected).</summary>
    public required string Situation { get; init; }

    public required IReadOnlyList<string> Options { get; init; }
    public required IReadOnlyList<string> DiscussionQuestions { get; init; }

    /// <summary>What the knowledge base says, as Markdown with id-links.</summary>
    public required string Background { get; init; }

    public required IReadOnlyList<string> Related { get; init; }
    public required IReadOnlyList<string> Links { get; init; }
    public required string Origin { get; init; }

    /// <summary>The option text for a 1-based vote, or null when there is no such option.</summary>
    public string? Option(int number) => number >= 1 && number <= Options.Count ? Options[number - 1] : null;

    internal static WeeklyDilemma? Read(ParsedContent file, ContentDocument common, ValidationReport report)
    {
        var origin = file.File.Path;
        if (!common.Id.StartsWith(ContentVocabulary.WeeklyIdPrefix, StringComparison.Ordinal))
        {
            report.Error(origin, $"a weekly dilemma's id starts with '{ContentVocabulary.WeeklyIdPrefix}' ('{common.Id}')");
        }

        if (string.IsNullOrWhiteSpace(common.Lead))
        {
            report.Error(origin, "a weekly dilemma needs the situation between the title and the first section");
        }

        var options = Items(common, ContentVocabulary.WeeklyOptionsHeading, origin, report);
        if (options is not null && (options.Count < MinOptions || options.Count > MaxOptions))
        {
            report.Error(origin, $"'## {ContentVocabulary.WeeklyOptionsHeading}' needs {MinOptions} or {MaxOptions} options, not {options.Count}");
        }

        if (options is not null && options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            report.Error(origin, "two options are the same");
        }

        var questions = Items(common, ContentVocabulary.WeeklyQuestionsHeading, origin, report);
        if (questions is not null && (questions.Count < 1 || questions.Count > 4))
        {
            report.Error(origin, $"'## {ContentVocabulary.WeeklyQuestionsHeading}' needs two or three questions, not {questions.Count}");
        }

        var background = common.Section(ContentVocabulary.WeeklyBackgroundHeading);
        if (background is null)
        {
            report.Error(origin, $"a weekly dilemma lacks the section '## {ContentVocabulary.WeeklyBackgroundHeading}'");
        }
        else if (common.Links.Count == 0 && common.Related.Count == 0)
        {
            report.Error(origin, "a weekly dilemma links at least one knowledge article");
        }

        if (options is null || questions is null || background is null)
        {
            return null;
        }

        return new WeeklyDilemma
        {
            Id = common.Id, Title = common.Title, Audience = common.Audience, Tags = common.Tags,
            Situation = common.Lead, Options = options, DiscussionQuestions = questions, Background = background.Markdown,
            Related = common.Related, Links = common.Links, Origin = origin,
        };
    }

    private static IReadOnlyList<string>? Items(ContentDocument common, string heading, string origin, ValidationReport report)
    {
        var section = common.Section(heading);
        if (section is null)
        {
            report.Error(origin, $"a weekly dilemma lacks the section '## {heading}'");
            return null;
        }

        return MarkdownLists.Items(section.Markdown);
    }
}
