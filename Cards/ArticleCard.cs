using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>One article shown in full (a follow-up topic, the full incident plan, a role-model page).</summary>
public sealed record ArticleView(string Title, string Lead, IReadOnlyList<(string Heading, string Markdown)> Sections, string AudienceLabel, IReadOnlyList<CardTopic> Related);

public static class ArticleCard
{
    /// <summary>Sections beyond this many characters are cut to keep the card readable and under budget.</summary>
    public const int MaxSectionCharacters = 1500;

    public static JsonObject Build(ArticleView view)
    {
        var body = new List<JsonNode?> { Heading(view.Title) };
        if (!string.IsNullOrWhiteSpace(view.Lead))
        {
            body.Add(Text(view.Lead));
        }

        foreach (var (heading, markdown) in view.Sections)
        {
            body.Add(Subheading(heading));
            body.Add(Text(AnswerCard.Shorten(markdown, MaxSectionCharacters)));
        }

        body.Add(Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, CardStrings.AppliesTo, view.AudienceLabel), size: "Small", isSubtle: true));
        var actions = view.Related.Take(3).Select(t => (JsonNode?)Execute(AnswerCard.Shorten(t.Title, 60), AnswerCard.TopicVerb, new JsonObject { ["articleId"] = t.ArticleId }));
        return Card(body, actions);
    }
}
