using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.RoleModel;

/// <summary><c>rolmodel</c>: the teacher's role-model duty online, from the role-model guide in the content.</summary>
public sealed class RoleModelFlow(LoadedKnowledge knowledge) : IBotFlow
{
    public const string GuideArticleId = "rolmodel-voorbeeldfunctie";

    public void MapRoutes(RouteTableBuilder routes) =>
        routes.OnCommand(Commands.RoleModel, turn => turn.SendCardAsync(RoleModelCard.Build(View()), "Rolmodel"));

    public RoleModelView View()
    {
        var guide = knowledge.Content.Article(GuideArticleId)
            ?? throw new InvalidOperationException($"The content has no '{GuideArticleId}' article.");
        var all = string.Join('\n', guide.Sections.Select(s => s.Markdown));
        var guideArticles = knowledge.Content.Articles
            .Where(a => a.Kind == ContentVocabulary.RoleModelKind && a.Id != GuideArticleId)
            .Select(a => new CardTopic(a.Id, a.Title))
            .ToList();
        return new RoleModelView(
            MarkdownContentParser.ForCard(guide.Lead),
            MarkdownLists.ItemsAfter(all, ContentVocabulary.RoleModelDoLabel).Select(MarkdownContentParser.ForCard).ToList(),
            MarkdownLists.ItemsAfter(all, ContentVocabulary.RoleModelDontLabel).Select(MarkdownContentParser.ForCard).ToList(),
            guideArticles);
    }
}
