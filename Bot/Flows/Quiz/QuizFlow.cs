using System.Globalization;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Quiz;

/// <summary>
/// The basic-knowledge quiz in a 1:1 chat: <c>quiz</c> starts a round of ten (or continues the open
/// one), <c>quiz.answer</c> says right or wrong with the explanation, <c>quiz.next</c> goes on or ends
/// with the score, <c>stop</c> ends the round. Progress lives in the store, so a round survives a
/// restart and missed questions come back when they are due. An answer counts once, however often
/// it is clicked.
/// </summary>
public sealed partial class QuizFlow(
    IQuizStore store,
    LoadedKnowledge knowledge,
    AskerAudience audiences,
    TimeProvider time,
    ILogger<QuizFlow> logger) : IBotFlow
{
    /// <summary>Aggregates are shown only for groups at least this large, so nobody can be singled out.</summary>
    public const int MinimumGroup = 5;

    public void MapRoutes(RouteTableBuilder routes) => routes
        .OnCommand(Commands.Quiz, StartOrContinueAsync)
        .OnCommand(Commands.Stop, StopAsync)
        .OnCommand(Commands.QuizOverview, OverviewAsync)
        .OnVerb(QuizCard.StartVerb, StartFromCardAsync)
        .OnVerb(QuizCard.AnswerVerb, AnswerAsync)
        .OnVerb(QuizCard.NextVerb, NextAsync);

    private async Task StartOrContinueAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || UserKey.Of(turn.Activity) is not { } userKey)
        {
            await turn.SendTextAsync(QuizStrings.OnlyPersonal);
            return;
        }

        var open = await store.GetOpenRoundAsync(userKey, turn.Cancellation);
        if (open is not null && open.Position < open.QuestionIds.Count && QuestionAt(open, open.Position) is not null)
        {
            var notice = open.Position == 0 ? null : string.Format(CultureInfo.InvariantCulture, QuizStrings.Continuing, open.Position + 1, open.QuestionIds.Count);
            await turn.SendCardAsync(QuizCard.Question(QuestionView(open, open.Position, notice)), QuizStrings.Summary);
            return;
        }

        if (open is not null)
        {
            await FinishAsync(open, turn.Cancellation);
        }

        await turn.SendCardAsync(await NewRoundCardAsync(turn, userKey), QuizStrings.Summary);
    }

    private async Task StartFromCardAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || UserKey.Of(turn.Activity) is not { } userKey)
        {
            turn.InvokeResponse = InvokeResponse.Message(QuizStrings.OnlyPersonal);
            return;
        }

        if (await store.GetOpenRoundAsync(userKey, turn.Cancellation) is { } open)
        {
            await FinishAsync(open, turn.Cancellation);
        }

        await turn.SendCardAsync(await NewRoundCardAsync(turn, userKey), QuizStrings.Summary);
        turn.InvokeResponse = InvokeResponse.Message(QuizStrings.NewRoundBelow);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> NewRoundCardAsync(TurnContext turn, string userKey)
    {
        var audience = await audiences.ResolveAsync(turn);
        var questions = knowledge.Content.Quiz.Where(q => (q.Audience & audience) != 0).ToList();
        var progress = await store.ListProgressAsync(userKey, turn.Cancellation);
        var roundId = Guid.NewGuid().ToString("N");
        var plan = QuizRoundPlanner.Plan(questions, progress, time.GetUtcNow(), userKey + "\n" + roundId);
        if (plan.Count == 0)
        {
            return QuizCard.Notice(QuizStrings.NoQuestions);
        }

        var round = await store.SaveRoundAsync(
            new QuizRound { Id = roundId, UserKey = userKey, QuestionIds = plan, Answers = [.. plan.Select(_ => -1)] },
            turn.Cancellation);
        LogStarted(logger, plan.Count);
        return QuizCard.Question(QuestionView(round, 0, null));
    }

    private async Task AnswerAsync(TurnContext turn)
    {
        if (await FindRoundAsync(turn) is not { } round)
        {
            return;
        }

        var index = turn.ActionData is { } data ? QuizCard.ReadKey(data)?.Index : null;
        if (round.Finished)
        {
            turn.InvokeResponse = InvokeResponse.Card(QuizCard.Notice(QuizStrings.RoundOver));
            return;
        }

        if (index is null || index < 0 || index >= round.QuestionIds.Count)
        {
            turn.InvokeResponse = InvokeResponse.BadRequest(QuizStrings.Unreadable);
            return;
        }

        if (index < round.Position)
        {
            // A double click or an old card: the first answer counts.
            turn.InvokeResponse = InvokeResponse.Card(FeedbackCard(round, index.Value, QuizStrings.AlreadyAnswered));
            return;
        }

        if (index > round.Position || QuestionAt(round, index.Value) is not { } question)
        {
            turn.InvokeResponse = InvokeResponse.Card(QuizCard.Question(QuestionView(round, round.Position, QuizStrings.AnswerThisOneFirst)));
            return;
        }

        var chosen = turn.ActionData is { } d ? QuizCard.ReadAnswer(d) : null;
        if (chosen is null || chosen < 0 || chosen >= question.Answers.Count)
        {
            turn.InvokeResponse = InvokeResponse.Card(QuizCard.Question(QuestionView(round, index.Value, QuizStrings.ChooseFirst)));
            return;
        }

        var right = chosen == question.CorrectIndex;
        var previous = (await store.ListProgressAsync(round.UserKey, turn.Cancellation)).FirstOrDefault(p => p.QuestionId == question.Id);
        var progress = Leitner.Apply(previous, round.UserKey, question, right, time.GetUtcNow());
        var answers = round.Answers.ToArray();
        answers[index.Value] = chosen.Value;
        try
        {
            round = await store.RecordAnswerAsync(round with { Answers = answers, Position = index.Value + 1 }, progress, turn.Cancellation);
            LogAnswered(logger, right);
        }
        catch (ConcurrencyConflictException)
        {
            // Two clicks at once: the other one was recorded; show what counts.
            round = await store.GetRoundAsync(round.Id, turn.Cancellation) ?? round;
            turn.InvokeResponse = InvokeResponse.Card(FeedbackCard(round, index.Value, QuizStrings.AlreadyAnswered));
            return;
        }

        turn.InvokeResponse = InvokeResponse.Card(FeedbackCard(round, index.Value, null));
    }

    private async Task NextAsync(TurnContext turn)
    {
        if (await FindRoundAsync(turn) is not { } round)
        {
            return;
        }

        if (!round.Finished && round.Position < round.QuestionIds.Count && QuestionAt(round, round.Position) is not null)
        {
            turn.InvokeResponse = InvokeResponse.Card(QuizCard.Question(QuestionView(round, round.Position, null)));
            return;
        }

        var finished = await FinishAsync(round, turn.Cancellation);
        turn.InvokeResponse = InvokeResponse.Card(QuizCard.Score(ScoreView(finished)));
    }

    private async Task StopAsync(TurnContext turn)
    {
        if (UserKey.Of(turn.Activity) is not { } userKey || await store.GetOpenRoundAsync(userKey, turn.Cancellation) is not { } open)
        {
            await turn.SendTextAsync(QuizStrings.NothingToStop);
            return;
        }

        var finished = await FinishAsync(open, turn.Cancellation);
        LogStopped(logger, finished.Position);
        if (finished.Position == 0)
        {
            await turn.SendTextAsync(QuizStrings.StoppedBeforeStart);
            return;
        }

        await turn.SendCardAsync(QuizCard.Score(ScoreView(finished) with { Notice = QuizStrings.Stopped }), QuizStrings.Summary);
    }

    private async Task OverviewAsync(TurnContext turn)
    {
        var overview = await store.OverviewAsync(turn.Cancellation);
        if (overview.Participants < MinimumGroup)
        {
            await turn.SendTextAsync(string.Format(CultureInfo.InvariantCulture, QuizStrings.TooFew, MinimumGroup));
            return;
        }

        var topics = overview.Topics
            .Where(t => QuizQuestion.TopicLabels.ContainsKey(t.Topic))
            .Select(t => (QuizQuestion.TopicLabels[t.Topic], t.Participants >= MinimumGroup && t.Answered > 0
                ? string.Format(CultureInfo.InvariantCulture, QuizStrings.TopicScore, Math.Round(100.0 * t.Right / t.Answered), t.Participants)
                : QuizStrings.TopicTooFew))
            .ToList();
        await turn.SendCardAsync(QuizOverviewCard.Build(new QuizOverviewView(overview.Participants, overview.FinishedRounds, topics)), CardStrings.QuizOverviewTitle);
    }

    /// <summary>The round a card action is about, if it is the user's; otherwise answers why not.</summary>
    private async Task<QuizRound?> FindRoundAsync(TurnContext turn)
    {
        var key = turn.ActionData is { } data ? QuizCard.ReadKey(data) : null;
        var userKey = UserKey.Of(turn.Activity);
        if (key is null || userKey is null)
        {
            turn.InvokeResponse = InvokeResponse.BadRequest(QuizStrings.Unreadable);
            return null;
        }

        var round = await store.GetRoundAsync(key.Value.RoundId, turn.Cancellation);
        if (round is null || !string.Equals(round.UserKey, userKey, StringComparison.Ordinal))
        {
            // Erased by "vergeet mij", or someone else's card: nothing to show.
            turn.InvokeResponse = InvokeResponse.Card(QuizCard.Notice(QuizStrings.RoundGone));
            return null;
        }

        return round;
    }

    /// <summary>
    /// Finishes the round in one statement rather than a read and a versioned write: other clicks of the
    /// same teacher (an answer, a second "stop") may save it at any moment, and a bounded retry loop
    /// could still lose that race (the fuzz test found it with five attempts).
    /// </summary>
    private async Task<QuizRound> FinishAsync(QuizRound round, CancellationToken cancellationToken) =>
        round.Finished ? round : await store.FinishRoundAsync(round.Id, cancellationToken) ?? round with { Finished = true };

    private QuizQuestion? QuestionAt(QuizRound round, int index) =>
        index >= 0 && index < round.QuestionIds.Count ? knowledge.Content.QuizQuestion(round.QuestionIds[index]) : null;

    private QuizQuestionView QuestionView(QuizRound round, int index, string? notice)
    {
        var question = QuestionAt(round, index)!;
        var answers = QuizRoundPlanner.AnswerOrder(round.Id, question).Select(i => (i, question.Answers[i])).ToList();
        return new QuizQuestionView(round.Id, index, round.QuestionIds.Count, TopicLabel(question.Topic), question.Question, answers, notice);
    }

    private System.Text.Json.Nodes.JsonObject FeedbackCard(QuizRound round, int index, string? notice)
    {
        if (QuestionAt(round, index) is not { } question || round.Answers[index] < 0 || round.Answers[index] >= question.Answers.Count)
        {
            return QuizCard.Notice(QuizStrings.RoundGone);
        }

        var chosen = round.Answers[index];
        var article = question.SourceArticleId is { } id && knowledge.Content.Find(id) is { } document ? new CardTopic(document.Id, document.Title) : null;
        return QuizCard.Feedback(new QuizFeedbackView(
            round.Id, index, round.QuestionIds.Count, question.Question, chosen == question.CorrectIndex,
            question.Answers[chosen], question.Answers[question.CorrectIndex], MarkdownContentParser.ForCard(question.Explanation), article, notice));
    }

    private QuizScoreView ScoreView(QuizRound round)
    {
        var answered = round.QuestionIds
            .Select((id, i) => (Question: knowledge.Content.QuizQuestion(id), Answer: round.Answers[i]))
            .Where(x => x.Question is not null && x.Answer >= 0)
            .Select(x => (Question: x.Question!, Right: x.Answer == x.Question!.CorrectIndex))
            .ToList();
        var topics = answered
            .GroupBy(x => x.Question.Topic, StringComparer.Ordinal)
            .Select(g => (TopicLabel(g.Key), g.Count(x => x.Right), g.Count()))
            .ToList();
        var toRead = answered
            .Where(x => !x.Right)
            .Select(x => x.Question.SourceArticleId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(id => knowledge.Content.Find(id))
            .OfType<ContentDocument>()
            .Select(d => new CardTopic(d.Id, d.Title))
            .ToList();
        return new QuizScoreView(answered.Count(x => x.Right), answered.Count, topics, toRead, Stopped: answered.Count < round.QuestionIds.Count);
    }

    private static string TopicLabel(string topic) => QuizQuestion.TopicLabels.GetValueOrDefault(topic, topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiz round started with {Count} questions")]
    private static partial void LogStarted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiz answer recorded (right: {Right})")]
    private static partial void LogAnswered(ILogger logger, bool right);

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiz round stopped after {Answered} answers")]
    private static partial void LogStopped(ILogger logger, int answered);
}

public static class QuizStrings
{
    public const string Summary = "Quiz";
    public const string OnlyPersonal = "De quiz doe je in een 1-op-1-chat met SafetyBot: open de chat met mij en typ **quiz**.";
    public const string Continuing = "Je gaat verder waar je was: vraag {0} van {1}.";
    public const string NewRoundBelow = "Een nieuwe ronde staat hieronder.";
    public const string NoQuestions = "Ik heb geen quizvragen voor jouw schooltype.";
    public const string RoundOver = "Deze quizronde is al afgelopen. Begin gerust een nieuwe ronde.";
    public const string RoundGone = "Deze quizronde ken ik niet (meer). Begin gerust een nieuwe ronde.";
    public const string AlreadyAnswered = "Deze vraag had je al beantwoord; je eerste antwoord telt.";
    public const string AnswerThisOneFirst = "Beantwoord eerst deze vraag.";
    public const string ChooseFirst = "Kies eerst een antwoord en klik dan op Controleer.";
    public const string Unreadable = "Dit quizantwoord kon ik niet lezen. Typ **quiz** om verder te gaan.";
    public const string NothingToStop = "Er loopt geen quiz. Typ **quiz** om een ronde te beginnen.";
    public const string StoppedBeforeStart = "De quizronde is gestopt. Typ **quiz** als je een nieuwe ronde wilt beginnen.";
    public const string Stopped = "De ronde is gestopt. Wat je beantwoordde is bewaard; typ **quiz** voor een nieuwe ronde.";
    public const string TooFew = "Het quizoverzicht toon ik pas als minstens {0} collega's hebben meegedaan, zodat niemand herkenbaar is.";
    public const string TopicScore = "{0}% goed ({1} deelnemers)";
    public const string TopicTooFew = "te weinig deelnemers";
}
