using System.Text.RegularExpressions;
using SafetyBot.Bot.Flows.Incident;
using SafetyBot.Bot.Flows.Privacy;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Summarization;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Answers;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;
using SafetyBot.Knowledge.Signals;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Bot.Flows.Ask;

/// <summary>
/// Any other message, and <c>vraag &lt;tekst&gt;</c>: an incident gets the act-now card first (IncidentFlow);
/// greetings and thanks get a friendly word, a question
/// gets the answer card (the best sentences from the knowledge base with their sources), or the
/// honest "dat weet ik niet" card with the nearest topics. <c>ask.topic</c> shows a whole article.
/// When LLM summarisation is on, an answered question's passages are summarised (question masked,
/// typing indicator meanwhile); any guard failure shows the extractive answer instead.
/// </summary>
public sealed partial class AskFlow(
    LoadedKnowledge knowledge,
    IncidentFlow incidents,
    AskerAudience audiences,
    IUnansweredQuestionStore unanswered,
    IFollowUpContextStore followUps,
    ITextMasker masker,
    IAnswerSummarizer summarizer,
    ILogger<AskFlow> logger) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes)
    {
        routes.OnCommand(Commands.Ask, turn => AnswerAsync(turn, CommandParser.Parse(turn.Text)?.Argument ?? string.Empty));
        routes.OnAnyOtherMessage("ask", turn => AnswerAsync(turn, turn.Text));
        routes.OnVerb(AnswerCard.TopicVerb, ShowTopicAsync);
    }

    private async Task AnswerAsync(TurnContext turn, string question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            await turn.SendTextAsync(AskStrings.EmptyQuestion);
            return;
        }

        // Acute situations get the act-now steps before any search; a follow-up may continue the plan. A short
        // follow-up to a fresh answer ("en bij groep 5?") needs a rule's evidence, not the model's reading alone.
        var (previous, previousPlan) = await PreviousAnswerAsync(turn);
        var continuing = (previous is not null || previousPlan is not null) && FollowUpCues.LeansOnPrevious(question);
        if (await incidents.RespondAsync(turn, question, continuing) is { } shown)
        {
            await RememberIncidentAsync(turn, question, shown);
            return;
        }

        switch (SmallTalk.Detect(question))
        {
            case SmallTalkKind.Greeting:
                await turn.SendTextAsync(AskStrings.Greeting);
                return;
            case SmallTalkKind.Thanks:
                await turn.SendTextAsync(AskStrings.Thanks);
                return;
        }

        var audience = await audiences.ResolveAsync(turn);
        if (FollowUpCues.AsksShorter(question) && await ShorterAsync(turn, question, previous, previousPlan, audience))
        {
            return;
        }

        if (FollowUpCues.AsksEnglish(question) && await InEnglishAsync(turn, previous, previousPlan, audience))
        {
            return;
        }

        var answer = knowledge.Answerer.Answer(question, audience, previous);

        // Masked once: what is stored (unanswered question, follow-up words) and what the model sees.
        var masked = Mask(question);
        if (answer.Kind == AnswerKind.Unknown)
        {
            await RecordUnansweredAsync(turn, masked, audience);
        }

        await RememberAsync(turn, masked, answer, previous);
        var card = answer.Kind == AnswerKind.Answered
            ? AnswerCard.Build(await AnswerViewAsync(turn, masked, answer, audience))
            : UnknownCard.Build(answer.FollowUps.Select(t => new CardTopic(t.ArticleId, t.Title)).ToList(), answer.OutOfScope?.Referral, answer.InEnglish);
        await turn.SendCardAsync(card, answer.Kind == AnswerKind.Answered ? AskStrings.AnswerSummary : AskStrings.UnknownSummary);
    }

    /// <summary>The generated summary when summarisation is on and it passes the guards; else the extractive answer.</summary>
    private async Task<AnswerView> AnswerViewAsync(TurnContext turn, string masked, KnowledgeAnswer answer, Audience audience)
    {
        if (!summarizer.IsEnabled)
        {
            return ToView(answer);
        }

        var typing = SendTypingAsync(turn);
        var summary = await summarizer.TrySummarizeAsync(masked, answer, audience, turn.Cancellation);
        await typing;
        return summary is null ? ToView(answer) : ToView(answer, summary);
    }

    /// <summary>Shows the teacher that something is coming; a lost indicator is no reason to lose the answer.</summary>
    private async Task SendTypingAsync(TurnContext turn)
    {
        try
        {
            await turn.SendAsync(OutgoingActivity.TypingIndicator());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTypingFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not send the typing indicator: {ExceptionType}")]
    private static partial void LogTypingFailed(ILogger logger, string exceptionType);

    /// <summary>The content owner sees it under <c>inzichten</c>; names are masked before it is stored.</summary>
    private async Task RecordUnansweredAsync(TurnContext turn, string masked, Audience audience)
    {
        if (UserKey.Of(turn.Activity) is not { } userKey)
        {
            return;
        }

        var codes = string.Join(',', AudienceCodes.Codes(audience));
        try
        {
            await unanswered.AddAsync(new UnansweredQuestion { UserKey = userKey, MaskedText = masked, Audience = codes }, turn.Cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The teacher still gets the answer card; the queue is a convenience for the content owner.
            LogRecordFailed(logger, ex.GetType().Name);
        }
    }

    private const int MaxStoredQuestion = 1000;

    /// <summary>A request for a shorter version this long or shorter, with nothing to shorten, gets a word instead of a search.</summary>
    private const int MaxShorterRequestWords = 8;

    private string Mask(string question) => masker.Mask(question.Length > MaxStoredQuestion ? question[..MaxStoredQuestion] : question);

    /// <summary>
    /// The last answer in this 1:1 chat, when it is fresh (docs/design.md, "Follow-up questions"). In a
    /// team or group chat a message may answer someone else, so there are no follow-ups there. After an
    /// act-now card the context is the plan: a follow-up is answered from the articles it names, the
    /// first one leading, and the card names the plan.
    /// </summary>
    private async Task<(FollowUpContext? Context, ShownIncident? Plan)> PreviousAnswerAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || UserKey.Of(turn.Activity) is not { } userKey)
        {
            return (null, null);
        }

        FollowUpContextRecord? stored;
        try
        {
            stored = await followUps.GetAsync(userKey, turn.Cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the store the question is answered on its own.
            LogFollowUpFailed(logger, ex.GetType().Name);
            return (null, null);
        }

        if (stored is null)
        {
            return (null, null);
        }

        if (knowledge.Content.Find(stored.ArticleId) is not IncidentPlan plan)
        {
            return (new FollowUpContext(stored.ArticleId, stored.SectionIds, stored.Terms), null);
        }

        var related = plan.Related.Select(knowledge.Content.Article).OfType<Article>().Select(a => a.Id).ToList();
        var context = related.Count == 0
            ? null
            : new FollowUpContext(related[0], [], stored.Terms) { Related = related, Topic = new TopicRef(plan.Id, plan.Title) };
        var staff = plan.Section(ContentVocabulary.Plan(plan.Language).Staff);
        var victim = staff is not null && stored.SectionIds.Contains(staff.Id) ? IncidentVictim.Staff : IncidentVictim.Pupil;
        return (context, new ShownIncident(plan, victim));
    }

    /// <summary>
    /// "Kun je dat korter maken?": after an answer, its article's two-sentence lead
    /// (<see cref="KnowledgeAnswerer.Shorter"/>); after an act-now card, that card with its first steps, for
    /// the same victim. Built from the stored ids alone, never from the earlier question. With nothing to shorten a
    /// short request gets a word; a longer message is a question of its own (false).
    /// </summary>
    private async Task<bool> ShorterAsync(TurnContext turn, string question, FollowUpContext? previous, ShownIncident? shown, Audience audience)
    {
        if (shown is { Plan: var plan })
        {
            // The short card keeps whose steps the card showed: a teacher whose own account was hacked gets the staff steps again.
            var view = incidents.View(plan, shown.Victim);
            await turn.SendCardAsync(
                IncidentCard.Build(view with
                {
                    NowSteps = view.NowSteps.Take(AnswerComposer.ShortItems).ToList(),
                    DontSteps = view.DontSteps.Take(ShortDontSteps).ToList(),
                    Parts = [],
                }),
                plan.Title);
            await RefreshAsync(turn);
            return true;
        }

        if (previous is not null && knowledge.Answerer.Shorter(previous, audience) is { } shorter)
        {
            await turn.SendCardAsync(AnswerCard.Build(ToView(shorter)), AskStrings.AnswerSummary);
            await RefreshAsync(turn);
            return true;
        }

        if (WordSplitter.Split(question, WordBreaks.Prose).Length <= MaxShorterRequestWords)
        {
            await turn.SendTextAsync(AskStrings.NothingToShorten);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "And in English please?": after an answer, the same answer again under the English line that says the
    /// knowledge base is Dutch (<see cref="KnowledgeAnswerer.Again"/>); after an act-now card, the English plan
    /// for the same victim (the Dutch one when it has no translation); with nothing before, a word on what the
    /// bot can do in English. Built from the stored ids alone, never from the earlier question.
    /// </summary>
    private async Task<bool> InEnglishAsync(TurnContext turn, FollowUpContext? previous, ShownIncident? shown, Audience audience)
    {
        if (shown is { Plan: var plan })
        {
            var english = knowledge.Content.Incident(plan.IncidentType, ContentLanguage.English) ?? plan;
            await turn.SendCardAsync(IncidentCard.Build(incidents.View(english, shown.Victim)), english.Title);
            await RefreshAsync(turn);
            return true;
        }

        if (previous is not null && knowledge.Answerer.Again(previous, audience) is { } again)
        {
            await turn.SendCardAsync(AnswerCard.Build(ToView(again)), AskStrings.AnswerSummary);
            await RefreshAsync(turn);
            return true;
        }

        await turn.SendTextAsync(AskStrings.NothingInEnglish);
        return true;
    }

    /// <summary>The short act-now card keeps its first "Niet doen" steps too: what not to do is half of acting safely.</summary>
    private const int ShortDontSteps = 2;

    /// <summary>A short version continues the same thread: the stored context stays as it is, for another 10 minutes.</summary>
    private async Task RefreshAsync(TurnContext turn)
    {
        if (UserKey.Of(turn.Activity) is not { } userKey)
        {
            return;
        }

        try
        {
            if (await followUps.GetAsync(userKey, turn.Cancellation) is { } stored)
            {
                await followUps.SaveAsync(stored with { SavedAt = default }, turn.Cancellation);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFollowUpFailed(logger, ex.GetType().Name);
        }
    }

    /// <summary>
    /// After an act-now card in a 1:1 chat: the plan's id, the id of its "Nu doen" section and the
    /// analysed words of the masked message, so "en als ze 17 is?" or "en dan?" continues the plan.
    /// </summary>
    private async Task RememberIncidentAsync(TurnContext turn, string message, ShownIncident shown)
    {
        var plan = shown.Plan;
        var vocabulary = ContentVocabulary.Plan(plan.Language);
        if (!turn.IsPersonal || UserKey.Of(turn.Activity) is not { } userKey)
        {
            return;
        }

        var masked = Mask(message);

        try
        {
            await followUps.SaveAsync(
                new FollowUpContextRecord
                {
                    UserKey = userKey,
                    ArticleId = plan.Id,
                    SectionIds = plan.Section(shown.Victim == IncidentVictim.Staff ? vocabulary.Staff : vocabulary.Now) is { } steps ? [steps.Id] : [],
                    Terms = knowledge.Answerer.Index.AnalysedWords(MaskPlaceholder().Replace(masked, " ")).Take(FollowUpContext.MaxTerms).ToList(),
                },
                turn.Cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The act-now card went out; only a follow-up loses its context.
            LogFollowUpFailed(logger, ex.GetType().Name);
        }
    }

    /// <summary>
    /// Keeps what a follow-up needs of this answer: its article and sections and the analysed words of
    /// the masked question (with those of the question it continued), never the text. An unanswered
    /// question ends the thread.
    /// </summary>
    private async Task RememberAsync(TurnContext turn, string masked, KnowledgeAnswer answer, FollowUpContext? previous)
    {
        if (!turn.IsPersonal || UserKey.Of(turn.Activity) is not { } userKey)
        {
            return;
        }

        try
        {
            if (answer is not { Kind: AnswerKind.Answered, Composed: { } composed })
            {
                if (previous is not null)
                {
                    await followUps.DeleteAsync(userKey, turn.Cancellation);
                }

                return;
            }

            var words = knowledge.Answerer.Index.AnalysedWords(MaskPlaceholder().Replace(masked, " "))
                .Concat(answer.Continues is not null && previous is not null ? previous.Terms : [])
                .Distinct(StringComparer.Ordinal)
                .Take(FollowUpContext.MaxTerms)
                .ToList();
            await followUps.SaveAsync(
                new FollowUpContextRecord
                {
                    UserKey = userKey,
                    ArticleId = composed.ArticleId,
                    SectionIds = answer.Sources.Select(s => s.SectionId).Distinct(StringComparer.Ordinal).ToList(),
                    Terms = words,
                },
                turn.Cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The answer still goes out; only a follow-up loses its context.
            LogFollowUpFailed(logger, ex.GetType().Name);
        }
    }

    /// <summary>What the masker put in place of a name, e-mail address or account: no topic, not to be kept.</summary>
    [GeneratedRegex(@"\[[^\]\s]{1,20}\]", RegexOptions.CultureInvariant)]
    private static partial Regex MaskPlaceholder();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read or save the follow-up context: {ExceptionType}")]
    private static partial void LogFollowUpFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record an unanswered question: {ExceptionType}")]
    private static partial void LogRecordFailed(ILogger logger, string exceptionType);

    /// <summary>The card's view of a composed answer: one article's answering section, advice and cautions, whole.</summary>
    public static AnswerView ToView(KnowledgeAnswer answer)
    {
        var composed = answer.Composed!;
        var direct = composed.Direct;
        return new AnswerView(
            direct.Paragraph ?? string.Empty,
            Sources(answer),
            answer.FollowUps.Select(t => new CardTopic(t.ArticleId, t.Title)).ToList(),
            AudienceCodes.Label(answer.Audience))
        {
            Article = new CardTopic(composed.ArticleId, composed.ArticleTitle),
            // The direct paragraph is the answer above; its list follows under the section's label, without the paragraph again.
            // "Wat je kunt doen" labels one list only: when the article's advice list follows as well (a second advice
            // section answered, as "wat zeg je tegen een boze ouder?" in the article on taking in phones), the answering
            // list keeps its own heading, so the card does not show two lists under the same label.
            Points = direct.Items.Count == 0 ? null : Part(direct with { Paragraph = null }, composed.DirectRole == SectionRole.Advice && !(composed.Advice is not null && composed.AdviceIsTheArticlesAdvice) ? CardStrings.AdviceLabel : direct.Heading),
            Advice = composed.Advice is { } advice ? Part(advice, composed.AdviceIsTheArticlesAdvice ? CardStrings.AdviceLabel : CardStrings.KeyPointsLabel) : null,
            Caution = composed.Caution is { } caution ? Part(caution, CardStrings.CautionLabel) : null,
            ContinuesTopic = answer.Continues?.Title,
            InEnglish = answer.InEnglish,
            IsShortVersion = answer.IsShortVersion,
        };
    }

    /// <summary>
    /// A generated answer takes the place of the direct answer: its [n] markers stay and the sources it
    /// cites are listed with those numbers; the advice list and cautions stay as the article has them.
    /// </summary>
    public static AnswerView ToView(KnowledgeAnswer answer, SummarizedAnswer summary) => ToView(answer) with
    {
        Answer = summary.Text,
        Sources = summary.Sources.Select(s => new CardSource(s.Source.ArticleId, s.Source.ArticleTitle, SectionName(s.Source.SectionId, s.Source.Heading), s.Number)).ToList(),
        IsAiGenerated = true,
        Points = null,
    };

    private static List<CardSource> Sources(KnowledgeAnswer answer) =>
        answer.Sources.Select(s => new CardSource(s.ArticleId, s.ArticleTitle, SectionName(s.SectionId, s.Heading))).ToList();

    private static string? SectionName(string sectionId, string heading) =>
        sectionId == ContentVocabulary.LeadSectionId || heading.Length == 0 ? null : heading;

    private static AnswerPartView Part(AnswerPart part, string label) => new(label, part.Paragraph, part.Items, part.MoreItems);

    private async Task<InvokeResponse> ShowTopicAsync(TurnContext turn)
    {
        var id = turn.ActionString("articleId");
        var document = id is null ? null : knowledge.Content.Find(id);
        if (document is null)
        {
            return InvokeResponse.Message(AskStrings.TopicGone);
        }

        await turn.SendCardAsync(ArticleCard.Build(ArticleViews.Of(document, knowledge.Content)), document.Title);
        return InvokeResponse.Message(AskStrings.TopicSent);
    }
}

/// <summary>Everything the Ask flow says outside its cards.</summary>
public static class AskStrings
{
    public const string Greeting = "Hoi! Stel je vraag over sociale media, online gedrag of een lastige situatie met een leerling, in je eigen woorden. Typ **help** voor een overzicht.";
    public const string Thanks = "Graag gedaan! Kom gerust terug als er weer iets speelt.";
    public const string EmptyQuestion = "Wat is je vraag? Typ bijvoorbeeld: **vraag mag ik een leerling volgen op Instagram?**";
    public const string AnswerSummary = "Antwoord van SafetyBot";
    public const string UnknownSummary = "Dat weet ik niet";
    public const string TopicSent = "Het artikel staat hieronder.";
    public const string TopicGone = "Dat artikel bestaat niet meer in de kennisbank.";
    public const string NothingInEnglish = "The knowledge base is in Dutch, so its answers are in Dutch. Ask your question in English and I will find the answer in the Dutch knowledge base.";
    public const string NothingToShorten = "Ik heb geen recent antwoord om korter te maken. Stel je vraag opnieuw, dan geef ik een kort antwoord met de belangrijkste punten.";
}
