namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Reads <c>content/outofscope/</c>: subjects the knowledge base does not cover, recognised by their
/// example questions, with the referral as their lead.
/// </summary>
internal static class OutOfScopeReader
{
    public static void Read(ParsedContent file, ContentParts parts, ValidationReport report)
    {
        file.Front!.Kind ??= ContentVocabulary.OutOfScopeKind;
        if (FrontMatterCheck.Read(file, report) is { } common && Topic(file, common, report) is { } topic)
        {
            parts.OutOfScope.Add(topic);
        }
    }

    private static OutOfScopeTopic? Topic(ParsedContent file, Article common, ValidationReport report)
    {
        var origin = file.File.Path;
        var ok = true;
        if (!common.Id.StartsWith(ContentVocabulary.OutOfScopeIdPrefix, StringComparison.Ordinal))
        {
            report.Error(origin, $"an out-of-scope topic's id starts with '{ContentVocabulary.OutOfScopeIdPrefix}'");
            ok = false;
        }

        if (common.Questions.Count < KnowledgeBaseLoader.MinOutOfScopeQuestions)
        {
            report.Error(origin, $"an out-of-scope topic needs at least {KnowledgeBaseLoader.MinOutOfScopeQuestions} example 'questions': they are how the bot recognises it");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(common.Lead))
        {
            report.Error(origin, "an out-of-scope topic needs the referral the bot shows (one sentence under the title)");
            ok = false;
        }

        return ok ? new OutOfScopeTopic(common) : null;
    }
}
