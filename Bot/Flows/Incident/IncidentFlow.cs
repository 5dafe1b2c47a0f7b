using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.Bot.Flows.Incident;

/// <summary>
/// Acute situations come before any search: the vetted act-now steps of the content, with this
/// school's contacts filled in, then the article behind them as a second card. Fixed content; never
/// generated, never sent to a language model.
/// </summary>
public sealed class IncidentFlow(LoadedKnowledge knowledge, IIncidentDetector detector, IOptions<SchoolOptions> school) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes)
    {
        routes.OnVerb(IncidentCard.PlanVerb, ShowFullPlanAsync);
        routes.OnVerb(IncidentCard.VictimVerb, ShowOtherVictimAsync);
    }

    /// <summary>Answers the message with the act-now card when it describes an incident; false otherwise.</summary>
    public async Task<bool> TryRespondAsync(TurnContext turn, string text) => await RespondAsync(turn, text) is not null;

    /// <summary>
    /// Answers the message with the act-now card when it describes an incident and returns the plan it
    /// showed (the Ask flow keeps it as the follow-up context); null otherwise.
    /// </summary>
    /// <param name="continuing">
    /// The message reads as a follow-up to a fresh answer ("en bij groep 5?"): the model's reading alone,
    /// with no rule agreeing, is then no incident; the follow-up is answered with the question before it.
    /// </param>
    public async Task<ShownIncident?> RespondAsync(TurnContext turn, string text, bool continuing = false)
    {
        // An English message gets the English plan and card text (issue #27); a plan without a translation stays Dutch.
        var language = LanguageGuess.IsEnglish(text) ? ContentLanguage.English : ContentLanguage.Dutch;
        if (detector.Detect(text) is not { } signal || (continuing && signal.ByModelAlone) || knowledge.Content.Incident(signal.Type, language) is not { } plan)
        {
            return null;
        }

        // The plan that leads (nude images or sextortion before grooming); the others that apply are buttons.
        var others = signal.Also.Select(type => knowledge.Content.Incident(type, language)).OfType<IncidentPlan>()
            .Select(other => new OtherPlanView(other.Id, ButtonTitle(other.Title), IncidentTypes.Code(other.IncidentType)))
            .ToList();
        var victim = IncidentVictimReader.Read(text, signal.Type);
        await turn.SendCardAsync(IncidentCard.Build(View(plan, victim) with { OtherPlans = others }), plan.Title);
        // The article behind the plan; when the plan names none, the article that best matches the message.
        var article = plan.Related.Select(knowledge.Content.Find).OfType<Article>().FirstOrDefault()
            ?? (knowledge.Answerer.Answer(text, Audience.All) is { Kind: AnswerKind.Answered, RankedArticleIds: [var best, ..] } ? knowledge.Content.Article(best) : null);
        if (article is not null)
        {
            await turn.SendCardAsync(ArticleCard.Build(ArticleViews.Of(article, knowledge.Content)), article.Title);
        }

        return new ShownIncident(plan, victim);
    }

    /// <summary>
    /// The act-now card's view of a plan: for a staff victim the plan's staff section replaces the pupil steps
    /// (when the plan has one), and the card offers the other victim's steps with one button; after self-harm,
    /// threats and images a pupil's card points the teacher to support for themselves.
    /// </summary>
    public IncidentView View(IncidentPlan plan, IncidentVictim victim = IncidentVictim.Pupil)
    {
        var english = plan.Language == ContentLanguage.English;
        var vocabulary = ContentVocabulary.Plan(plan.Language);
        var contacts = Contacts(english);
        string Fill(string markdown) => MarkdownContentParser.ForCard(FillPlaceholders(markdown, contacts, plan.Language));
        IReadOnlyList<string> Steps(ContentSection? section) => MarkdownLists.Items(section?.Markdown ?? string.Empty).Select(Fill).ToList();

        var staffSection = plan.Section(vocabulary.Staff);
        var forStaff = victim == IncidentVictim.Staff && staffSection is not null;
        var aftercare = forStaff ? null : plan.Section(vocabulary.Aftercare);
        var shown = new[] { plan.Section(vocabulary.Who), forStaff ? staffSection : null, aftercare }.OfType<ContentSection>();
        var lineKeys = shown.SelectMany(section => ContentVocabulary.Placeholder().Matches(section.Markdown))
            .Select(m => ContentVocabulary.HelpLineKey(m.Groups["name"].Value))
            .OfType<string>()
            .Distinct()
            .ToList();
        var lines = lineKeys.Select(key => knowledge.Content.HelpLine(key, plan.Language)).OfType<HelpLine>()
            .Select(h => new HelpLineView(h.Name, h.For, h.Reach, h.AroundTheClock))
            .ToList();
        var parts = plan.Section(vocabulary.Received) is { } received
            ? new List<IncidentPartView> { new(received.Heading, Steps(received)) }
            : [];

        return new IncidentView(
            plan.Title,
            Fill(plan.Lead),
            Steps(forStaff ? staffSection : plan.Section(vocabulary.Now)),
            Steps(plan.Section(vocabulary.Dont)),
            contacts.Where(c => c.Value.Contact is not null).Select(c => new ContactLine(c.Value.Label, c.Value.Contact!)).ToList(),
            lines,
            plan.Id,
            IncidentTypes.Code(plan.IncidentType))
        {
            Parts = parts,
            ForStaff = forStaff,
            CanSwitchVictim = staffSection is not null,
            Aftercare = aftercare is null ? null : new IncidentPartView(aftercare.Heading, Steps(aftercare)),
            InEnglish = english,
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

        var contacts = Contacts(plan.Language == ContentLanguage.English);
        var view = ArticleViews.Of(plan, knowledge.Content);
        view = view with
        {
            Lead = FillPlaceholders(view.Lead, contacts, plan.Language),
            Sections = view.Sections.Select(s => (s.Heading, FillPlaceholders(s.Markdown, contacts, plan.Language))).ToList(),
        };
        await turn.SendCardAsync(ArticleCard.Build(view), plan.Title);
        return InvokeResponse.Message(IncidentStrings.PlanSent);
    }

    /// <summary>The act-now card for the other victim: the plan's staff steps, or its pupil steps again.</summary>
    private async Task<InvokeResponse> ShowOtherVictimAsync(TurnContext turn)
    {
        var id = turn.ActionString("articleId");
        if (id is null || knowledge.Content.Find(id) is not IncidentPlan plan)
        {
            return InvokeResponse.Message(IncidentStrings.PlanGone);
        }

        var victim = turn.ActionString("victim") == IncidentCard.StaffVictim ? IncidentVictim.Staff : IncidentVictim.Pupil;
        await turn.SendCardAsync(IncidentCard.Build(View(plan, victim)), plan.Title);
        return InvokeResponse.Message(plan.Language == ContentLanguage.English ? IncidentStrings.StepsSentEnglish : IncidentStrings.StepsSent);
    }

    private Dictionary<string, (string Label, string InText, string? Contact)> Contacts(bool english)
    {
        var configured = school.Value.Contacts;
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        (string, string, string?) Role(string dutch, string englishLabel, string englishInText, string? value) =>
            english ? (englishLabel, englishInText, Clean(value)) : (dutch, "de " + dutch.ToLowerInvariant(), Clean(value));
        return new Dictionary<string, (string, string, string?)>(StringComparer.Ordinal)
        {
            [ContentVocabulary.SafeguardingOfficer] = Role(IncidentStrings.SafeguardingOfficer, IncidentStrings.SafeguardingOfficerEnglish, "the safeguarding officer", configured.SafeguardingOfficer),
            [ContentVocabulary.AntiBullyingCoordinator] = Role(IncidentStrings.AntiBullyingCoordinator, IncidentStrings.AntiBullyingCoordinatorEnglish, "the anti-bullying coordinator", configured.AntiBullyingCoordinator),
            [ContentVocabulary.ConfidentialAdviser] = Role(IncidentStrings.ConfidentialAdviser, IncidentStrings.ConfidentialAdviserEnglish, "the confidential adviser", configured.ConfidentialAdviser),
            [ContentVocabulary.Management] = Role(IncidentStrings.Management, IncidentStrings.ManagementEnglish, "management", configured.Management),
        };
    }

    /// <summary>{SafeguardingOfficer} → "de aandachtsfunctionaris (naam, nummer)"; {lijn:113} → the line's name and number.</summary>
    private string FillPlaceholders(string markdown, Dictionary<string, (string Label, string InText, string? Contact)> contacts, ContentLanguage language = ContentLanguage.Dutch) =>
        ContentVocabulary.Placeholder().Replace(markdown, match =>
        {
            var name = match.Groups["name"].Value;
            if (ContentVocabulary.HelpLineKey(name) is { } lineKey)
            {
                var line = knowledge.Content.HelpLine(lineKey, language);
                return line is null ? string.Empty : $"{line.Name} ({line.Reach})";
            }

            if (contacts.TryGetValue(name, out var contact))
            {
                return contact.Contact is null ? contact.InText : $"{contact.InText} ({contact.Contact})";
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
    public const string StepsSent = "De stappen staan hieronder.";

    // For a message in English (issue #27): the school's roles with their Dutch names, which colleagues use.
    public const string SafeguardingOfficerEnglish = "Safeguarding officer (aandachtsfunctionaris)";
    public const string AntiBullyingCoordinatorEnglish = "Anti-bullying coordinator (anti-pestcoördinator)";
    public const string ConfidentialAdviserEnglish = "Confidential adviser (vertrouwenspersoon)";
    public const string ManagementEnglish = "Management (directie)";
    public const string StepsSentEnglish = "The steps are below.";
}

/// <summary>The act-now card that went out: its plan, and whose steps it showed (a follow-up keeps both).</summary>
public sealed record ShownIncident(IncidentPlan Plan, IncidentVictim Victim);
