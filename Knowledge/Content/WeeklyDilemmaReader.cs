namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Reads <c>content/weekly/</c>: discussion dilemmas for the team meeting, with the situation as the
/// lead, the options, the questions for the meeting and the background that links the articles.
/// </summary>
internal static class WeeklyDilemmaReader
{
    public static void Read(ParsedContent file, ContentParts parts, ValidationReport report)
    {
        file.Front!.Kind ??= ContentVocabulary.WeeklyKind;
        if (FrontMatterCheck.Read(file, report) is { } common && Dilemma(file, common, report) is { } dilemma)
        {
            parts.Weekly.Add(dilemma);
        }
    }

    private static WeeklyDilemma? Dilemma(ParsedContent file, ContentDocument common, ValidationReport report)
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
        if (options is not null && (options.Count < WeeklyDilemma.MinOptions || options.Count > WeeklyDilemma.MaxOptions))
        {
            report.Error(origin, $"'## {ContentVocabulary.WeeklyOptionsHeading}' needs {WeeklyDilemma.MinOptions} or {WeeklyDilemma.MaxOptions} options, not {options.Count}");
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
