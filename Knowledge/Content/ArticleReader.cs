namespace SafetyBot.Knowledge.Content;

/// <summary>Reads <c>content/articles/</c>: knowledge articles, each with at least one section.</summary>
internal static class ArticleReader
{
    public static void Read(ParsedContent file, ContentParts parts, ValidationReport report)
    {
        if (FrontMatterCheck.Read(file, report) is not { } article)
        {
            return;
        }

        parts.Articles.Add(article);
        if (file.Sections.Count == 0)
        {
            report.Error(file.File.Path, "an article needs at least one ## section (the passages the bot answers from)");
            return;
        }

        ArticleStructureCheck.Check(file, article, report);
    }
}
