using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Bot.Flows.Incident;

/// <summary>
/// Acute situations come before any search: the vetted act-now steps of the content, with this
/// school's contacts filled in, then the article behind them as a second card. Fixed content; never
/// generated, never sent to a language model.
/// </summary>
public sealed class IncidentFlow(LoadedKnowledge knowledge, IIncidentDetector detector, IOptions<SchoolOptions> school) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes) => routes.OnVerb(IncidentCard.PlanVerb, ShowFullPlanAsync);

    /// <summary>Answers the message with the act-now card when it describes an incident; false otherwise.</summary>
    public async Task<bool> TryRespondAsync(TurnContext turn, string text) => await RespondAsync(turn, text) is not null;

    /// <summary>
    /// Answers the message with the act-now card when it describes an incident and returns the plan it
    /// showed (the Ask flow keeps it as the follow-up context); null otherwise.
    /// </summary>
    public async Task<IncidentPlan?> RespondAsync(TurnContext turn, string text)
    {
        if (detector.Detect(text) is not { } signal || knowledge.Content.Incident(signal.Type) is not { } plan)
        {
            return null;
        }

        // The plan that leads (nude images or sextortion before grooming); the others that apply are buttons.
        var others = signal.Also.Select(knowledge.Content.Incident).OfType<IncidentPlan>()
            .Select(other => new OtherPlanView(other.Id, ButtonTitle(other.Title), IncidentTypes.Code(other.IncidentType)))
            .ToList();
        await turn.SendCardAsync(IncidentCard.Build(View(plan) with { OtherPlans = others }), plan.Title);
        // The article behind the plan; when the plan names none, the article that best matches the message.
        var article = plan.Related.Select(knowledge.Content.Find).OfType<Article>().FirstOrDefault()
            ?? (knowledge.Answerer.Answer(text, Audience.All) is { Kind: AnswerKind.Answered, RankedArticleIds: [var best, ..] } ? knowledge.Content.Article(best) : null);
        if (article is not null)
        {
            await turn.SendCardAsync(ArticleCard.Build(ArticleViews.Of(article, knowledge.Content)), article.Title);
        }

        return plan;
    }

    public IncidentView View(IncidentPlan plan)
    {
        var contacts = Contacts();
        string Fill(string markdown) => MarkdownContentParser.ForCard(FillPlaceholders(markdown, contacts));

        var who = plan.Section(ContentVocabulary.IncidentWhoHeading)?.Markdown ?? string.Empty;
        var lineKeys = ContentVocabulary.Placeholder().Matches(who)
            .Select(m => ContentVocabulary.HelpLineKey(m.Groups["name"].Value))
            .OfType<string>()
            .Distinct()
            .ToList();
        var lines = lineKeys.Select(knowledge.Content.HelpLine).OfType<HelpLine>()
            .Select(h => new HelpLineView(h.Name, h.For, h.Reach, h.AroundTheClock))
            .ToList();
        var parts = plan.Section(ContentVocabulary.IncidentReceivedHeading) is { } received
            ? new List<IncidentPartView> { new(received.Heading, MarkdownLists.Items(received.Markdown).Select(Fill).ToList()) }
            : [];

        return new IncidentView(
            plan.Title,
            Fill(plan.Lead),
            MarkdownLists.Items(plan.Section(ContentVocabulary.IncidentNowHeading)?.Markdown ?? string.Empty).Select(Fill).ToList(),
            MarkdownLists.Items(plan.Section(ContentVocabulary.IncidentDontHeading)?.Markdown ?? string.Empty).Select(Fill).ToList(),
            contacts.Where(c => c.Value.Contact is not null).Select(c => new ContactLine(c.Value.Label, c.Value.Contact!)).ToList(),
            lines,
            plan.Id,
            IncidentTypes.Code(plan.IncidentType))
        {
            Parts = parts,
        };
    }

    /// <summary>"Online grooming (een volwassene benadert een leerling)" → "Online grooming": a button stays one short line.</summary>
    private static string ButtonTitle(string title) => title.IndexOf(" (", StringComparison.Ordinal) is > 0 and var cut ? title[..cut] : title;

    private async Task<InvokeResponse> ShowFullPlanAsync(TurnContext turn)
    {
        var id = turn.ActionString("articleId");
        if (id is null || knowledge.Content.Find(id) is not IncidentPlan plan)
        {
            return InvokeResponse.Message(IncidentStrings.PlanGone);
        }

        var contacts = Contacts();
        var view = ArticleViews.Of(plan, knowledge.Content);
        view = view with
        {
            Lead = FillPlaceholders(view.Lead, contacts),
            Sections = view.Sections.Select(s => (s.Heading, FillPlaceholders(s.Markdown, contacts))).ToList(),
        };
        await turn.SendCardAsync(ArticleCard.Build(view), plan.Title);
        return InvokeResponse.Message(IncidentStrings.PlanSent);
    }

    private Dictionary<string, (string Label, string? Contact)> Contacts()
    {
        var configured = school.Value.Contacts;
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
        {
            [ContentVocabulary.SafeguardingOfficer] = (IncidentStrings.SafeguardingOfficer, Clean(configured.SafeguardingOfficer)),
            [ContentVocabulary.AntiBullyingCoordinator] = (IncidentStrings.AntiBullyingCoordinator, Clean(configured.AntiBullyingCoordinator)),
            [ContentVocabulary.ConfidentialAdviser] = (IncidentStrings.ConfidentialAdviser, Clean(configured.ConfidentialAdviser)),
            [ContentVocabulary.Management] = (IncidentStrings.Management, Clean(configured.Management)),
        };
    }

    /// <summary>{SafeguardingOfficer} → "de aandachtsfunctionaris (naam, nummer)"; {lijn:113} → the line's name and number.</summary>
    private string FillPlaceholders(string markdown, Dictionary<string, (string Label, string? Contact)> contacts) =>
        ContentVocabulary.Placeholder().Replace(markdown, match =>
        {
            var name = match.Groups["name"].Value;
            if (ContentVocabulary.HelpLineKey(name) is { } lineKey)
            {
                var line = knowledge.Content.HelpLine(lineKey);
                return line is null ? string.Empty : $"{line.Name} ({line.Reach})";
            }

            if (contacts.TryGetValue(name, out var contact))
            {
                var role = "de " + contact.Label.ToLowerInvariant();
                return contact.Contact is null ? role : $"{role} ({contact.Contact})";
            }

            return match.Value;
        });
}

public static class IncidentStrings
{
    public const string SafeguardingOfficer = "Aandachtsfunctionaris";
    public const string AntiBullyingCoordinator = "Anti-pestcoördinator";
    public const string ConfidentialAdviser = "Vertrouwenspersoon";
    public const string Management = "Directie";
    public const string PlanSent = "Het volledige stappenplan staat hieronder.";
    public const string PlanGone = "Dat stappenplan bestaat niet meer in de kennisbank.";
}
