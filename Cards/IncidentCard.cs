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

    /// <summary>The steps shown are the plan's staff section: the teacher or a colleague is the one hit.</summary>
    public bool ForStaff { get; init; }

    /// <summary>Whether the plan has steps for the other victim, which one button shows ("Gaat het om jou of een collega?").</summary>
    public bool CanSwitchVictim { get; init; }

    /// <summary>Support for the teacher themselves (self-harm, threats, images), shown before the lines.</summary>
    public IncidentPartView? Aftercare { get; init; }

    /// <summary>The message was in English: English card text, steps from the English plan with the translation note.</summary>
    public bool InEnglish { get; init; }
}

public static class IncidentCard
{
    public const string PlanVerb = "incident.plan";

    /// <summary>The button that shows the plan's steps for the other victim (a staff member, or a pupil).</summary>
    public const string VictimVerb = "incident.victim";

    public const string StaffVictim = "staff";
    public const string PupilVictim = "pupil";

    public static JsonObject Build(IncidentView view)
    {
        var strings = view.InEnglish ? CardStrings.IncidentEnglish : CardStrings.IncidentDutch;
        var contacts = view.SchoolContacts.Count > 0
            ? (JsonNode)FactSet(view.SchoolContacts.Select(c => (c.Role, c.Contact)))
            : Text(strings.NoContacts, color: "Warning");

        var body = new List<JsonNode?>
        {
            Container([Text(strings.Banner, weight: "Bolder", color: "Attention")], style: "attention"),
            Heading(view.Title),
            Text(view.Summary),
            Subheading(view.ForStaff ? strings.NowStaff : strings.Now),
            List(view.NowSteps, numbered: true),
        };
        body.AddRange(view.Parts.Select(part => Container([Subheading(part.Heading), List(part.Steps, numbered: true)], style: "emphasis", spacing: "Medium")));
        body.AddRange(
        [
            Container([Subheading(strings.Dont), List(view.DontSteps)], style: "warning", spacing: "Medium"),
            Subheading(strings.Who),
            contacts,
        ]);
        if (view.Aftercare is { } aftercare)
        {
            body.Add(Container([Subheading(aftercare.Heading), List(aftercare.Steps)], style: "good", spacing: "Medium"));
        }

        body.AddRange(
        [
            Subheading(strings.National),
            FactSet(view.HelpLines.Select(h => (h.AroundTheClock ? $"{h.Name} ({strings.AroundTheClock})" : h.Name, h.Reach))),
        ]);
        // Evenings, weekends and holidays: the school's contacts are out, so say which lines still answer.
        body.Add(Text(view.HelpLines.Any(h => h.AroundTheClock) ? strings.AfterHours : strings.AfterHoursNone, size: "Small"));

        if (strings.Translation is { } translation)
        {
            body.Add(Text(translation, size: "Small", color: "Warning"));
        }

        body.Add(Text(strings.Fixed, size: "Small", isSubtle: true));

        var actions = new List<JsonObject>();
        if (view.CanSwitchVictim)
        {
            actions.Add(Execute(
                view.ForStaff ? strings.AskPupil : strings.AskStaff,
                VictimVerb,
                new JsonObject
                {
                    ["articleId"] = view.PlanArticleId,
                    ["incident"] = view.IncidentCode,
                    ["victim"] = view.ForStaff ? PupilVictim : StaffVictim,
                }));
        }

        actions.Add(PlanAction(strings.FullPlan, view.PlanArticleId, view.IncidentCode));
        actions.AddRange(view.OtherPlans.Select(other => PlanAction(strings.AlsoPlan + other.Title, other.PlanArticleId, other.IncidentCode)));
        return Card(body, actions);
    }

    private static JsonObject PlanAction(string title, string planArticleId, string incidentCode) =>
        Execute(title, PlanVerb, new JsonObject { ["articleId"] = planArticleId, ["incident"] = incidentCode });
}
