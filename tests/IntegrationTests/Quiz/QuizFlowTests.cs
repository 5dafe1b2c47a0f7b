using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Sql;
using SafetyBot.IntegrationTests.Infrastructure;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.IntegrationTests.Quiz;

/// <summary>The basic-knowledge quiz through /api/messages, on the bundled questions, with a fake clock.</summary>
public sealed class QuizFlowTests : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("safetybot-quiz-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        (factory, client) = Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private (BotFactory, HttpClient) Start()
    {
        var bot = new BotFactory()
            .With("Storage:DataDirectory", dataDirectory)
            .With("Weekly:SchedulerEnabled", "false")
            .With("RateLimit:PerUserPerMinute", "1000")
            .WithServices(services => services.AddSingleton<TimeProvider>(time));
        return (bot, bot.CreateClient());
    }

    private async Task RestartAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        (factory, client) = Start();
    }

    private IReadOnlyList<QuizQuestion> Questions => factory.Services.GetRequiredService<LoadedKnowledge>().Content.Quiz;

    private static JsonObject As(JsonObject activity, string user)
    {
        activity["from"] = new JsonObject { ["id"] = "29:" + user, ["name"] = "Nieuwe collega", ["aadObjectId"] = "aad-" + user };
        activity["conversation"] = new JsonObject { ["id"] = "a:personal-" + user, ["conversationType"] = "personal" };
        return activity;
    }

    private async Task<JsonArray> SayAsync(string text, string user = "new-1") =>
        await (await client.PostActivityAsync(As(Activities.Message(text, expectReplies: true), user))).RepliesAsync();

    private async Task<JsonObject> CardOfAsync(string text, string user = "new-1")
    {
        var replies = await SayAsync(text, user);
        return replies[0]!["attachments"]![0]!["content"]!.AsObject();
    }

    private async Task<JsonObject> ClickAsync(JsonObject card, string verb, string user = "new-1", string? answer = null)
    {
        var action = CardJson.Descendants(card).First(o => o["verb"]?.GetValue<string>() == verb);
        var data = action["data"]!.DeepClone().AsObject();
        if (answer is not null)
        {
            data["answer"] = answer;
        }

        var response = await client.PostActivityAsync(As(Activities.CardAction(verb, data), user));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return body["value"] as JsonObject ?? body;
    }

    /// <summary>The question a question card shows, and the value of its right (or a wrong) answer.</summary>
    private (QuizQuestion Question, string Right, string Wrong) Read(JsonObject card)
    {
        var text = CardJson.Descendants(card).Where(o => o["weight"]?.GetValue<string>() == "Bolder").Select(o => o["text"]!.GetValue<string>()).First();
        var question = Questions.Single(q => q.Question == text);
        var values = CardJson.Descendants(card).Single(o => o["id"]?.GetValue<string>() == "answer")["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();
        var right = question.CorrectIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(right, values);
        return (question, right, values.First(v => v != right));
    }

    [Fact]
    public async Task A_whole_round_is_clicked_through_to_the_score_card_with_topics_and_articles()
    {
        var card = await CardOfAsync("quiz");
        for (var i = 0; i < 10; i++)
        {
            Assert.Contains($"Vraag {i + 1} van 10", CardJson.Text(card), StringComparison.Ordinal);
            var (_, right, wrong) = Read(card);
            var feedback = await ClickAsync(card, "quiz.answer", answer: i < 7 ? right : wrong);
            Assert.Contains(i < 7 ? "Goed!" : "Helaas, dat klopt niet.", CardJson.Text(feedback), StringComparison.Ordinal);
            Assert.Contains(i < 9 ? "Volgende" : "Bekijk je score", CardJson.Text(feedback), StringComparison.Ordinal);
            card = await ClickAsync(feedback, "quiz.next");
        }

        var score = CardJson.Text(card);
        Assert.Contains("7 van de 10 goed", score, StringComparison.Ordinal);
        Assert.Contains("Per onderwerp", score, StringComparison.Ordinal);
        Assert.Contains("Lees meer over wat je miste", score, StringComparison.Ordinal);
        Assert.Contains(CardJson.Descendants(card), o => o["verb"]?.GetValue<string>() == "ask.topic");
        Assert.Contains(CardJson.Descendants(card), o => o["verb"]?.GetValue<string>() == "quiz.start");

        // Ten different questions, covering several topics.
        var progress = await factory.Services.GetRequiredService<IQuizStore>().ListProgressAsync("aad-new-1");
        Assert.Equal(10, progress.Count);
        Assert.True(progress.Select(p => p.Topic).Distinct().Count() >= 5);
        Assert.Equal(3, progress.Count(p => p.Box == 1 && !p.Mastered));
    }

    [Fact]
    public async Task A_round_stopped_after_a_restart_continues_where_it_was_and_stop_ends_it()
    {
        var card = await CardOfAsync("quiz");
        for (var i = 0; i < 3; i++)
        {
            card = await ClickAsync(await ClickAsync(card, "quiz.answer", answer: Read(card).Right), "quiz.next");
        }

        await RestartAsync();

        var resumed = await CardOfAsync("quiz");
        Assert.Contains("Je gaat verder waar je was: vraag 4 van 10.", CardJson.Text(resumed), StringComparison.Ordinal);
        Assert.Equal(Read(card).Question.Id, Read(resumed).Question.Id);

        var stopped = await CardOfAsync("stop");
        Assert.Contains("3 van de 3 goed", CardJson.Text(stopped), StringComparison.Ordinal);
        Assert.Contains("De ronde is gestopt", CardJson.Text(stopped), StringComparison.Ordinal);
        Assert.Contains("geen quiz", (await SayAsync("stop"))[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Vraag 1 van 10", CardJson.Text(await CardOfAsync("quiz")), StringComparison.Ordinal);

        // The old round's card no longer takes answers.
        Assert.Contains("al afgelopen", CardJson.Text(await ClickAsync(resumed, "quiz.answer", answer: "0")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_answer_clicked_twice_or_at_once_counts_once_and_says_so()
    {
        var card = await CardOfAsync("quiz");
        var (question, right, wrong) = Read(card);

        var both = await Task.WhenAll(ClickAsync(card, "quiz.answer", answer: wrong), ClickAsync(card, "quiz.answer", answer: wrong));
        Assert.Single(both, f => CardJson.Text(f).Contains("je eerste antwoord telt", StringComparison.Ordinal));
        var again = await ClickAsync(card, "quiz.answer", answer: right);
        Assert.Contains("je eerste antwoord telt", CardJson.Text(again), StringComparison.Ordinal);
        Assert.Contains("Helaas", CardJson.Text(again), StringComparison.Ordinal);

        var progress = Assert.Single(await factory.Services.GetRequiredService<IQuizStore>().ListProgressAsync("aad-new-1"));
        Assert.Equal((question.Id, 1, 0), (progress.QuestionId, progress.TimesAnswered, progress.TimesRight));

        // No answer chosen: asked again, nothing stored.
        var next = await ClickAsync(again, "quiz.next");
        Assert.Contains("Kies eerst een antwoord", CardJson.Text(await ClickAsync(next, "quiz.answer")), StringComparison.Ordinal);
        Assert.Single(await factory.Services.GetRequiredService<IQuizStore>().ListProgressAsync("aad-new-1"));
    }

    [Fact]
    public async Task Stop_finishes_the_round_and_keeps_the_answer_another_click_saved_in_between()
    {
        // After every read of the open round, another click of the same teacher saves it (the first one
        // answers the next question). A stop that wrote the round back at the version it read had to retry,
        // and a bounded retry could lose the race every time: the teacher got a server error (found by the fuzz test).
        client.Dispose();
        await factory.DisposeAsync();
        var interfering = new InterferingQuizStore(saves: 10);
        factory = new BotFactory()
            .With("Storage:DataDirectory", dataDirectory)
            .With("Weekly:SchedulerEnabled", "false")
            .WithServices(services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton<SqlQuizStore>();
                services.AddSingleton<IQuizStore>(sp => interfering.Wrap(sp.GetRequiredService<SqlQuizStore>()));
            });
        client = factory.CreateClient();
        var card = await CardOfAsync("quiz");
        await ClickAsync(card, "quiz.answer", answer: Read(card).Right);

        interfering.Armed = true;
        var stopped = await SayAsync("stop");
        interfering.Armed = false;

        Assert.Contains("De ronde is gestopt", Assert.Single(stopped)!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(interfering.Saved >= 1);
        var store = factory.Services.GetRequiredService<IQuizStore>();
        Assert.Null(await store.GetOpenRoundAsync("aad-new-1"));
        Assert.Single(await store.ListProgressAsync("aad-new-1"), p => p.LastAnsweredAt == DateTimeOffset.UnixEpoch);
        Assert.Equal(2, (await store.GetRoundAsync(interfering.RoundId!))!.Position);
    }

    /// <summary>Once armed, saves the round (as another click would) after each read of it, up to a number of times.</summary>
    private sealed class InterferingQuizStore(int saves)
    {
        public bool Armed { get; set; }

        public int Saved { get; private set; }

        public string? RoundId { get; private set; }

        public IQuizStore Wrap(IQuizStore inner) => new Store(inner, this);

        private async Task<QuizRound?> AfterReadAsync(IQuizStore inner, QuizRound? round, CancellationToken cancellationToken)
        {
            if (!Armed || Saved >= saves || round is not { Finished: false })
            {
                return round;
            }

            RoundId = round.Id;
            Saved++;
            if (Saved == 1 && round.Position < round.QuestionIds.Count)
            {
                var answers = round.Answers.ToArray();
                answers[round.Position] = 0;
                var progress = new QuizProgress { UserKey = round.UserKey, QuestionId = round.QuestionIds[round.Position], Topic = "test", Box = 1, TimesAnswered = 1, LastAnsweredAt = DateTimeOffset.UnixEpoch };
                await inner.RecordAnswerAsync(round with { Answers = answers, Position = round.Position + 1 }, progress, cancellationToken);
            }
            else if (await inner.GetRoundAsync(round.Id, cancellationToken) is { Finished: false } current)
            {
                await inner.SaveRoundAsync(current, cancellationToken);
            }

            return round;
        }

        private sealed class Store(IQuizStore inner, InterferingQuizStore owner) : IQuizStore
        {
            public async Task<QuizRound?> GetOpenRoundAsync(string userKey, CancellationToken cancellationToken = default) =>
                await owner.AfterReadAsync(inner, await inner.GetOpenRoundAsync(userKey, cancellationToken), cancellationToken);

            public async Task<QuizRound?> GetRoundAsync(string roundId, CancellationToken cancellationToken = default) =>
                await owner.AfterReadAsync(inner, await inner.GetRoundAsync(roundId, cancellationToken), cancellationToken);

            public Task<QuizRound> SaveRoundAsync(QuizRound round, CancellationToken cancellationToken = default) => inner.SaveRoundAsync(round, cancellationToken);

            public Task<QuizRound> RecordAnswerAsync(QuizRound round, QuizProgress progress, CancellationToken cancellationToken = default) => inner.RecordAnswerAsync(round, progress, cancellationToken);

            public Task<QuizRound?> FinishRoundAsync(string roundId, CancellationToken cancellationToken = default) => inner.FinishRoundAsync(roundId, cancellationToken);

            public Task<IReadOnlyList<QuizProgress>> ListProgressAsync(string userKey, CancellationToken cancellationToken = default) => inner.ListProgressAsync(userKey, cancellationToken);

            public Task<QuizOverview> OverviewAsync(CancellationToken cancellationToken = default) => inner.OverviewAsync(cancellationToken);
        }
    }

    [Fact]
    public async Task A_missed_question_comes_back_when_due_and_leaves_after_two_right_answers()
    {
        var card = await CardOfAsync("quiz");
        var missed = Read(card).Question;
        await ClickAsync(card, "quiz.answer", answer: Read(card).Wrong);
        await SayAsync("stop");

        // Not yet due: a new round starts with other questions.
        time.Advance(TimeSpan.FromHours(23));
        Assert.NotEqual(missed.Id, Read(await CardOfAsync("quiz")).Question.Id);
        await SayAsync("stop");

        // Due after a day: first in the next round. Right once: box 2, back after three days.
        time.Advance(TimeSpan.FromHours(1));
        card = await CardOfAsync("quiz");
        Assert.Equal(missed.Id, Read(card).Question.Id);
        await ClickAsync(card, "quiz.answer", answer: Read(card).Right);
        await SayAsync("stop");

        time.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.NotEqual(missed.Id, Read(await CardOfAsync("quiz")).Question.Id);
        await SayAsync("stop");
        time.Advance(TimeSpan.FromMinutes(1));
        card = await CardOfAsync("quiz");
        Assert.Equal(missed.Id, Read(card).Question.Id);
        await ClickAsync(card, "quiz.answer", answer: Read(card).Right);
        await SayAsync("stop");

        var progress = (await factory.Services.GetRequiredService<IQuizStore>().ListProgressAsync("aad-new-1")).Single(p => p.QuestionId == missed.Id);
        Assert.True(progress.Mastered);
        Assert.Equal((3, 2), (progress.TimesAnswered, progress.TimesRight));
    }

    [Fact]
    public async Task The_overview_shows_aggregates_only_from_five_participants_on()
    {
        async Task AnswerOneAsync(string user)
        {
            var card = await CardOfAsync("quiz", user);
            await ClickAsync(card, "quiz.answer", user, Read(card).Right);
        }

        for (var i = 1; i <= 4; i++)
        {
            await AnswerOneAsync($"user-{i}");
        }

        Assert.Contains("minstens 5", (await SayAsync("quizoverzicht", "user-1"))[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await AnswerOneAsync("user-5");
        var overview = CardJson.Text(await CardOfAsync("quizoverzicht", "user-1"));
        Assert.Contains("Deelnemers", overview, StringComparison.Ordinal);
        Assert.Contains("5", overview, StringComparison.Ordinal);
        Assert.Contains("te weinig deelnemers", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe collega", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_me_removes_the_quiz_progress_and_rounds()
    {
        var card = await CardOfAsync("quiz");
        await ClickAsync(card, "quiz.answer", answer: Read(card).Wrong);
        var store = factory.Services.GetRequiredService<IQuizStore>();
        Assert.NotEmpty(await store.ListProgressAsync("aad-new-1"));

        var confirm = await CardOfAsync("vergeet mij");
        await ClickAsync(confirm, "privacy.forget");

        Assert.Empty(await store.ListProgressAsync("aad-new-1"));
        Assert.Null(await store.GetOpenRoundAsync("aad-new-1"));
        Assert.Contains("ken ik niet", CardJson.Text(await ClickAsync(card, "quiz.answer", answer: "0")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_team_channel_the_quiz_points_to_the_personal_chat()
    {
        var message = Activities.Message("quiz", expectReplies: true, conversationType: "channel", conversationId: "19:general@thread.tacv2");
        var replies = await (await client.PostActivityAsync(message)).RepliesAsync();
        Assert.Contains("1-op-1-chat", replies[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
