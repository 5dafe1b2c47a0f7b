using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows;

/// <summary>Maps knowledge content to the cards' view models.</summary>
public static class ArticleViews
{
    public static ArticleView Of(ContentDocument document, Knowledge.Content.KnowledgeBase knowledge) => new(
        document.Title,
        MarkdownContentParser.ForCard(document.Lead),
        document.Sections.Select(s => (s.Heading, MarkdownContentParser.ForCard(s.Markdown))).ToList(),
        AudienceCodes.Label(document.Audience),
        Related(document, knowledge));

    public static IReadOnlyList<CardTopic> Related(ContentDocument document, Knowledge.Content.KnowledgeBase knowledge) =>
        document.Related.Select(knowledge.Find).OfType<Article>().Select(a => new CardTopic(a.Id, a.Title)).ToList();
}
