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
