using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

public sealed record ContactLine(string Role, string Contact);

public sealed record HelpLineView(string Name, string For, string Reach);

/// <summary>The act-now card: fixed, vetted steps from the content with the school's contacts filled in.</summary>
public sealed record IncidentView(
    string Title,
    string Summary,
    IReadOnlyList<string> NowSteps,
    IReadOnlyList<string> DontSteps,
    IReadOnlyList<ContactLine> SchoolContacts,
    IReadOnlyList<HelpLineView> HelpLines,
    string PlanArticleId,
    string IncidentCode);

public static class IncidentCard
{
    public const string PlanVerb = "incident.plan";

    public static JsonObject Build(IncidentView view)
    {
        var contacts = view.SchoolContacts.Count > 0
            ? (JsonNode)FactSet(view.SchoolContacts.Select(c => (c.Role, c.Contact)))
            : Text(CardStrings.IncidentNoContacts, color: "Warning");

        var body = new List<JsonNode?>
        {
            Container([Text(CardStrings.IncidentBanner, weight: "Bolder", color: "Attention")], style: "attention"),
            Heading(view.Title),
            Text(view.Summary),
            Subheading(CardStrings.IncidentNow),
            List(view.NowSteps, numbered: true),
            Container([Subheading(CardStrings.IncidentDont), List(view.DontSteps)], style: "warning", spacing: "Medium"),
            Subheading(CardStrings.IncidentWho),
            contacts,
            Subheading(CardStrings.IncidentNational),
            FactSet(view.HelpLines.Select(h => (h.Name, h.Reach))),
            Text(CardStrings.IncidentFixed, size: "Small", isSubtle: true),
        };

        return Card(body, [Execute(CardStrings.IncidentFullPlan, PlanVerb, new JsonObject { ["articleId"] = view.PlanArticleId, ["incident"] = view.IncidentCode })]);
    }
}

/// <summary>
/// "Dat weet ik niet", with the nearest topics as buttons; for a question about a subject the
/// knowledge base knows it does not cover, the referral of that subject instead.
/// </summary>
public static class UnknownCard
{
    public static JsonObject Build(IReadOnlyList<CardTopic> nearest, string? referral = null)
    {
        var body = string.IsNullOrWhiteSpace(referral)
            ? new List<JsonNode?> { Subheading(CardStrings.UnknownTitle), Text(CardStrings.UnknownBody) }
            : [Subheading(CardStrings.OutOfScopeTitle), Text(CardStrings.OutOfScopeBody), Text(referral)];
        if (nearest.Count > 0)
        {
            body.Add(Text(CardStrings.UnknownNearest));
        }

        body.Add(Text(CardStrings.UnknownAskColleague, size: "Small", isSubtle: true));
        var actions = nearest.Take(3).Select(t => (JsonNode?)Execute(AnswerCard.Shorten(t.Title, 60), AnswerCard.TopicVerb, new JsonObject { ["articleId"] = t.ArticleId }));
        return Card(body, actions);
    }
}

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
