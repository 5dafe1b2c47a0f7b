using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Robustness;

/// <summary>
/// The store down is not the bot down (docs/storage.md, "When the store is down"): with the SQLite file
/// gone, or the store refusing writes, acute messages and questions are still answered through
/// POST /api/messages, a greeting still goes out, /healthz stays 200, and /readyz says what is wrong as data.
/// </summary>
public sealed class StoreDownTests
{
    private const string Acute = "er gaat een naaktfoto van een leerling uit 3b rond in de klassenapp, wat nu?";
    private const string Question = "mag ik een leerling volgen op instagram?";
    private const string Unanswerable = "wat vind jij van kwantumverstrengeling?";

    private static BotFactory Bot() => new BotFactory()
        .With("Weekly:SchedulerEnabled", "false")
        .With("School:Audience", "vo");

    /// <summary>
    /// Takes the SQLite file away under the running bot: every open fails. A plain file takes the data
    /// folder's place, so nothing (a background job, a store that creates its folder) can bring it back.
    /// </summary>
    private static void TakeTheStoreAway(BotFactory factory)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(factory.DataDirectory, recursive: true);
        File.WriteAllText(factory.DataDirectory, "not a folder");
    }

    private static async Task<JsonArray> AskAsync(HttpClient client, JsonObject activity)
    {
        var response = await client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.RepliesAsync();
    }

    [Fact]
    public async Task An_acute_message_gets_the_act_now_card_while_the_store_is_gone()
    {
        await using var factory = Bot();
        using var client = factory.CreateClient();
        TakeTheStoreAway(factory);

        var replies = await AskAsync(client, Activities.Message(Acute, expectReplies: true));

        Assert.Contains(CardStrings.IncidentBanner, replies[0]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("incident.plan", replies[0]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_is_answered_for_School_Audience_while_the_store_is_gone()
    {
        await using var factory = Bot();
        using var client = factory.CreateClient();
        TakeTheStoreAway(factory);

        var card = Assert.Single(await AskAsync(client, Activities.Message(Question, expectReplies: true)))!.ToJsonString();

        Assert.Contains(CardStrings.Sources, card, StringComparison.Ordinal);
        Assert.Contains(AnswerCard.RateVerb, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_nobody_can_answer_gets_the_unknown_card_while_the_store_is_gone()
    {
        await using var factory = Bot();
        using var client = factory.CreateClient();
        TakeTheStoreAway(factory);

        var card = Assert.Single(await AskAsync(client, Activities.Message(Unanswerable, expectReplies: true)))!.ToJsonString();

        Assert.Contains(CardStrings.UnknownTitle, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_added_to_a_chat_still_greets_while_the_store_is_gone()
    {
        await using var factory = Bot();
        using var client = factory.CreateClient();
        TakeTheStoreAway(factory);

        var replies = await AskAsync(client, Activities.BotAdded(expectReplies: true));

        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(replies)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_reports_the_store_unreachable_as_data_with_503_while_healthz_stays_200()
    {
        await using var factory = Bot();
        using var client = factory.CreateClient();
        var before = await StoreCheckAsync(client);
        Assert.True(before["data"]!["writable"]!.GetValue<bool>());
        TakeTheStoreAway(factory);

        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var store = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!["store"]!;
        Assert.Equal("Unhealthy", store["status"]!.GetValue<string>());
        Assert.Equal("Sqlite", store["data"]!["provider"]!.GetValue<string>());
        Assert.False(store["data"]!["reachable"]!.GetValue<bool>());
        Assert.False(store["data"]!["writable"]!.GetValue<bool>());
        Assert.Equal(StoreFaults.Unreachable, store["data"]!["fault"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_store_that_refuses_writes_shows_in_readyz_as_degraded_and_the_bot_still_answers_and_greets()
    {
        await using var factory = Bot();
        await using var database = new ReadOnlySwitchDatabase(Path.Combine(factory.DataDirectory, StoreDatabase.DefaultFileName));
        factory.WithServices(services => services.AddSingleton<StoreDatabase>(database));
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", (await StoreCheckAsync(client))["status"]!.GetValue<string>());

        database.ReadOnly = true;

        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Degraded", report["status"]!.GetValue<string>());
        var store = report["checks"]!["store"]!;
        Assert.True(store["data"]!["reachable"]!.GetValue<bool>());
        Assert.False(store["data"]!["writable"]!.GetValue<bool>());
        Assert.Equal(StoreFaults.ReadOnly, store["data"]!["fault"]!.GetValue<string>());

        // Recording the unanswered question and the install both fail; neither fails the turn.
        var unknown = Assert.Single(await AskAsync(client, Activities.Message(Unanswerable, expectReplies: true)))!.ToJsonString();
        Assert.Contains(CardStrings.UnknownTitle, unknown, StringComparison.Ordinal);
        var greeting = await AskAsync(client, Activities.BotAdded(expectReplies: true));
        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(greeting)!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await factory.Services.GetRequiredService<IConversationReferenceStore>().ListAsync());
    }

    [Theory]
    [InlineData("quiz")]
    [InlineData("wat weet je over mij")]
    public async Task A_command_that_needs_the_store_says_so_in_Dutch_with_a_200_while_the_store_is_gone(string command)
    {
        await using var factory = Bot();
        using var client = factory.CreateClient();
        TakeTheStoreAway(factory);

        var reply = Assert.Single(await AskAsync(client, Activities.Message(command, expectReplies: true)))!;

        Assert.Equal(ChannelStrings.StoreDown, reply["text"]?.GetValue<string>() ?? reply.ToJsonString());
    }

    [Fact]
    public async Task Feedback_on_an_answer_gets_an_inline_Dutch_message_with_a_200_while_the_store_is_gone()
    {
        await using var factory = Bot();
        using var client = factory.CreateClient();
        var answer = Assert.Single(await AskAsync(client, Activities.Message(Question, expectReplies: true)))!;
        var data = CardJson.Descendants(answer["attachments"]![0]!["content"]!)
            .First(o => o["verb"]?.GetValue<string>() == AnswerCard.RateVerb)["data"]!.AsObject().DeepClone().AsObject();
        TakeTheStoreAway(factory);

        var response = await client.PostActivityAsync(Activities.CardAction(AnswerCard.RateVerb, data));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(ChannelStrings.StoreDown, body["value"]!.GetValue<string>());
    }

    private static async Task<JsonNode> StoreCheckAsync(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync("/readyz"))!["checks"]!["store"]!;

    /// <summary>
    /// The real SQLite store, made to refuse writes with <c>PRAGMA query_only</c>: SQLite then answers every
    /// write with SQLITE_READONLY, as it does on a read-only file system (tests may run as root, which file
    /// modes do not stop).
    /// </summary>
    private sealed class ReadOnlySwitchDatabase(string filePath) : SqliteStoreDatabase(filePath)
    {
        public bool ReadOnly { get; set; }

        protected override string ConnectionPragmas => ReadOnly ? base.ConnectionPragmas + " PRAGMA query_only = ON;" : base.ConnectionPragmas;
    }
}
