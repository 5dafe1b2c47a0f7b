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
    QuizViews views,
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
        .OnVerb(QuizCard.AnswerVerb, turn => OnRoundAsync(turn, round => AnswerAsync(turn, round)))
        .OnVerb(QuizCard.NextVerb, turn => OnRoundAsync(turn, round => NextAsync(turn, round)));

    private async Task StartOrContinueAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || UserKey.Of(turn.Activity) is not { } userKey)
        {
            await turn.SendTextAsync(QuizStrings.OnlyPersonal);
            return;
        }

        var open = await store.GetOpenRoundAsync(userKey, turn.Cancellation);
        if (open is not null && open.Position < open.QuestionIds.Count && views.QuestionAt(open, open.Position) is not null)
        {
            var notice = open.Position == 0 ? null : string.Format(CultureInfo.InvariantCulture, QuizStrings.Continuing, open.Position + 1, open.QuestionIds.Count);
            await turn.SendCardAsync(QuizCard.Question(views.Question(open, open.Position, notice)), QuizStrings.Summary);
            return;
        }

        if (open is not null)
        {
            await FinishAsync(open, turn.Cancellation);
        }

        await turn.SendCardAsync(await NewRoundCardAsync(turn, userKey), QuizStrings.Summary);
    }

    private async Task<InvokeResponse> StartFromCardAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || UserKey.Of(turn.Activity) is not { } userKey)
        {
            return InvokeResponse.Message(QuizStrings.OnlyPersonal);
        }

        if (await store.GetOpenRoundAsync(userKey, turn.Cancellation) is { } open)
        {
            await FinishAsync(open, turn.Cancellation);
        }

        await turn.SendCardAsync(await NewRoundCardAsync(turn, userKey), QuizStrings.Summary);
        return InvokeResponse.Message(QuizStrings.NewRoundBelow);
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
        return QuizCard.Question(views.Question(round, 0, null));
    }

    private async Task<InvokeResponse> AnswerAsync(TurnContext turn, QuizRound round)
    {
        var index = turn.ActionData is { } data ? QuizCard.ReadKey(data)?.Index : null;
        if (round.Finished)
        {
            return InvokeResponse.Card(QuizCard.Notice(QuizStrings.RoundOver));
        }

        if (index is null || index < 0 || index >= round.QuestionIds.Count)
        {
            return InvokeResponse.BadRequest(QuizStrings.Unreadable);
        }

        if (index < round.Position)
        {
            // A double click or an old card: the first answer counts.
            return InvokeResponse.Card(views.FeedbackCard(round, index.Value, QuizStrings.AlreadyAnswered));
        }

        if (index > round.Position || views.QuestionAt(round, index.Value) is not { } question)
        {
            return InvokeResponse.Card(QuizCard.Question(views.Question(round, round.Position, QuizStrings.AnswerThisOneFirst)));
        }

        var chosen = turn.ActionData is { } d ? QuizCard.ReadAnswer(d) : null;
        if (chosen is null || chosen < 0 || chosen >= question.Answers.Count)
        {
            return InvokeResponse.Card(QuizCard.Question(views.Question(round, index.Value, QuizStrings.ChooseFirst)));
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
            return InvokeResponse.Card(views.FeedbackCard(round, index.Value, QuizStrings.AlreadyAnswered));
        }

        return InvokeResponse.Card(views.FeedbackCard(round, index.Value, null));
    }

    private async Task<InvokeResponse> NextAsync(TurnContext turn, QuizRound round)
    {
        if (!round.Finished && round.Position < round.QuestionIds.Count && views.QuestionAt(round, round.Position) is not null)
        {
            return InvokeResponse.Card(QuizCard.Question(views.Question(round, round.Position, null)));
        }

        var finished = await FinishAsync(round, turn.Cancellation);
        return InvokeResponse.Card(QuizCard.Score(views.Score(finished)));
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

        await turn.SendCardAsync(QuizCard.Score(views.Score(finished) with { Notice = QuizStrings.Stopped }), QuizStrings.Summary);
    }

    private async Task OverviewAsync(TurnContext turn)
    {
        var overview = await store.OverviewAsync(turn.Cancellation);
        if (overview.Participants < MinimumGroup)
        {
            await turn.SendTextAsync(string.Format(CultureInfo.InvariantCulture, QuizStrings.TooFew, MinimumGroup));
            return;
        }

        await turn.SendCardAsync(QuizOverviewCard.Build(QuizViews.Overview(overview, MinimumGroup)), CardStrings.QuizOverviewTitle);
    }

    /// <summary>Runs a card action on the round it is about, if it is the user's; otherwise answers why not.</summary>
    private async Task<InvokeResponse> OnRoundAsync(TurnContext turn, Func<QuizRound, Task<InvokeResponse>> handle)
    {
        var key = turn.ActionData is { } data ? QuizCard.ReadKey(data) : null;
        var userKey = UserKey.Of(turn.Activity);
        if (key is null || userKey is null)
        {
            return InvokeResponse.BadRequest(QuizStrings.Unreadable);
        }

        var round = await store.GetRoundAsync(key.Value.RoundId, turn.Cancellation);
        if (round is null || !string.Equals(round.UserKey, userKey, StringComparison.Ordinal))
        {
            // Erased by "vergeet mij", or someone else's card: nothing to show.
            return InvokeResponse.Card(QuizCard.Notice(QuizStrings.RoundGone));
        }

        return await handle(round);
    }

    /// <summary>
    /// Finishes the round in one statement rather than a read and a versioned write: other clicks of the
    /// same teacher (an answer, a second "stop") may save it at any moment, and a bounded retry loop
    /// could still lose that race (the fuzz test found it with five attempts).
    /// </summary>
    private async Task<QuizRound> FinishAsync(QuizRound round, CancellationToken cancellationToken) =>
        round.Finished ? round : await store.FinishRoundAsync(round.Id, cancellationToken) ?? round with { Finished = true };

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
