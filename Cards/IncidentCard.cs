using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

public sealed record ContactLine(string Role, string Contact);

/// <summary>A national line on the card; <paramref name="AroundTheClock"/> marks it for evenings, weekends and holidays.</summary>
public sealed record HelpLineView(string Name, string For, string Reach, bool AroundTheClock = false);

/// <summary>A labelled part of a plan the card shows beside the steps, such as what to do with an image you received.</summary>
public sealed record IncidentPartView(string Heading, IReadOnlyList<string> Steps);

/// <summary>Another plan that applies too (grooming beside the nude-image plan that leads): a button opens it.</summary>
public sealed record OtherPlanView(string PlanArticleId, string Title, string IncidentCode);

/// <summary>The act-now card: fixed, vetted steps from the content with the school's contacts filled in.</summary>
public sealed record IncidentView(
    string Title,
    string Summary,
    IReadOnlyList<string> NowSteps,
    IReadOnlyList<string> DontSteps,
    IReadOnlyList<ContactLine> SchoolContacts,
    IReadOnlyList<HelpLineView> HelpLines,
    string PlanArticleId,
    string IncidentCode)
{
    /// <summary>Labelled parts of the plan shown after the steps (the plan's optional sections).</summary>
    public IReadOnlyList<IncidentPartView> Parts { get; init; } = [];

    /// <summary>Plans that apply too; the card offers each as a button after its own full plan.</summary>
    public IReadOnlyList<OtherPlanView> OtherPlans { get; init; } = [];
}

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
        };
        body.AddRange(view.Parts.Select(part => Container([Subheading(part.Heading), List(part.Steps, numbered: true)], style: "emphasis", spacing: "Medium")));
        body.AddRange(
        [
            Container([Subheading(CardStrings.IncidentDont), List(view.DontSteps)], style: "warning", spacing: "Medium"),
            Subheading(CardStrings.IncidentWho),
            contacts,
            Subheading(CardStrings.IncidentNational),
            FactSet(view.HelpLines.Select(h => (h.AroundTheClock ? $"{h.Name} ({CardStrings.IncidentAroundTheClock})" : h.Name, h.Reach))),
        ]);
        // Evenings, weekends and holidays: the school's contacts are out, so say which lines still answer.
        body.Add(Text(view.HelpLines.Any(h => h.AroundTheClock) ? CardStrings.IncidentAfterHours : CardStrings.IncidentAfterHoursNone, size: "Small"));

        body.Add(Text(CardStrings.IncidentFixed, size: "Small", isSubtle: true));

        var actions = new List<JsonObject> { PlanAction(CardStrings.IncidentFullPlan, view.PlanArticleId, view.IncidentCode) };
        actions.AddRange(view.OtherPlans.Select(other => PlanAction(CardStrings.IncidentAlsoPlan + other.Title, other.PlanArticleId, other.IncidentCode)));
        return Card(body, actions);
    }

    private static JsonObject PlanAction(string title, string planArticleId, string incidentCode) =>
        Execute(title, PlanVerb, new JsonObject { ["articleId"] = planArticleId, ["incident"] = incidentCode });
}
