using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>
/// "Dat weet ik niet", with the nearest topics as buttons; for a question about a subject the
/// knowledge base knows it does not cover, the referral of that subject instead.
/// </summary>
public static class UnknownCard
{
    public static JsonObject Build(IReadOnlyList<CardTopic> nearest, string? referral = null, bool inEnglish = false)
    {
        var body = string.IsNullOrWhiteSpace(referral)
            ? new List<JsonNode?> { Subheading(CardStrings.UnknownTitle), Text(CardStrings.UnknownBody) }
            : [Subheading(CardStrings.OutOfScopeTitle), Text(CardStrings.OutOfScopeBody), Text(referral)];
        if (inEnglish)
        {
            body.Insert(0, Text(CardStrings.EnglishNote, size: "Small", isSubtle: true));
        }

        if (nearest.Count > 0)
        {
            body.Add(Text(CardStrings.UnknownNearest));
        }

        body.Add(Text(CardStrings.UnknownAskColleague, size: "Small", isSubtle: true));
        var actions = nearest.Take(3).Select(t => (JsonNode?)Execute(AnswerCard.Shorten(t.Title, 60), AnswerCard.TopicVerb, new JsonObject { ["articleId"] = t.ArticleId }));
        return Card(body, actions);
    }
}
