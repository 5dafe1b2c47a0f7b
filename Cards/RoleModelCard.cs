using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>The role-model card: the duty in a few lines, do's and don'ts, and the guide's articles.</summary>
public sealed record RoleModelView(string Intro, IReadOnlyList<string> Dos, IReadOnlyList<string> Donts, IReadOnlyList<CardTopic> Articles);

public static class RoleModelCard
{
    public static JsonObject Build(RoleModelView view)
    {
        var body = new List<JsonNode?>
        {
            Heading(CardStrings.RoleModelTitle),
            Text(view.Intro),
            Container([Subheading(CardStrings.RoleModelDo), List(view.Dos)], style: "good"),
            Container([Subheading(CardStrings.RoleModelDont), List(view.Donts)], style: "attention"),
            Text(CardStrings.RoleModelMore, size: "Small", isSubtle: true),
        };
        var actions = view.Articles.Take(5).Select(t => (JsonNode?)Execute(AnswerCard.Shorten(t.Title, 60), AnswerCard.TopicVerb, new JsonObject { ["articleId"] = t.ArticleId }));
        return Card(body, actions);
    }
}
