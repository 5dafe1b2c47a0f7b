using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Privacy;

/// <summary>
/// "wat weet je over mij" through <c>/api/messages</c> (issue 26, item 5): a teacher who chose a school
/// type, rated an answer with a reason, asked what the bot could not answer and has a 1:1 chat sees all
/// of it (names masked, article titles from the knowledge base); in a channel nothing is shown; after
/// "vergeet mij" nothing is left to show.
/// </summary>
public sealed class RightOfAccessTests : IAsyncLifetime
{
    private const string User = "user-access";
    private const string Marker = "kwispeltrompetklas";
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new BotFactory();
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private static JsonObject WithUser(JsonObject activity, string aadObjectId = User)
    {
        activity["from"]!["aadObjectId"] = aadObjectId;
        return activity;
    }

    private async Task<JsonArray> SayAsync(string text, string conversationType = "personal", string conversationId = "a:personal-conv-1") =>
        await (await client.PostActivityAsync(WithUser(Activities.Message(text, expectReplies: true, conversationType: conversationType, conversationId: conversationId)))).RepliesAsync();

    private async Task<string> MyDataCardTextAsync(string command = "wat weet je over mij")
    {
        var replies = await SayAsync(command);
        var reply = Assert.Single(replies);
        return CardJson.Text(reply!["attachments"]![0]!["content"]!);
    }

    private async Task StoreSomethingOfEveryKindAsync()
    {
        await client.PostActivityAsync(WithUser(Activities.Installation("add", "a:personal-conv-1")));
        await client.PostActivityAsync(WithUser(Activities.CardAction("welcome.audience", new JsonObject { ["audience"] = "vo" })));

        var answer = (await SayAsync("mag ik een leerling volgen op instagram?"))[0]!["attachments"]![0]!["content"]!;
        var rate = CardJson.Descendants(answer).First(n => n["verb"]?.GetValue<string>() == "feedback.rate" && n["data"]?["rating"]?.GetValue<string>() == "down");
        var data = rate["data"]!.DeepClone().AsObject();
        data["reason"] = "Ik miste wat ik tegen Sanne de Vries moet zeggen";
        await client.PostActivityAsync(WithUser(Activities.CardAction("feedback.rate", data)));

        await SayAsync($"Wanneer begint de kerstvakantie voor de {Marker}?");
    }

    [Fact]
    public async Task A_teacher_sees_everything_stored_about_them_with_titles_dates_and_names_masked()
    {
        await StoreSomethingOfEveryKindAsync();
        var feedback = Assert.Single(await factory.Services.GetRequiredService<IFeedbackStore>().ListAsync(50), f => f.UserKey == User);
        var title = factory.Services.GetRequiredService<LoadedKnowledge>().Content.Find(feedback.Subject)!.Title;

        var card = await MyDataCardTextAsync();

        Assert.Contains(CardStrings.MyDataIntro, card, StringComparison.Ordinal);
        Assert.Contains("vo (gekozen op ", card, StringComparison.Ordinal);
        Assert.Contains($"{title}: niet nuttig", card, StringComparison.Ordinal);
        Assert.Contains("[naam]", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", card, StringComparison.Ordinal);
        Assert.Contains(Marker, card, StringComparison.Ordinal);
        Assert.Contains("Onze 1-op-1-chat: sinds ", card, StringComparison.Ordinal);
        Assert.Contains(CardStrings.MyDataNotStored, card, StringComparison.Ordinal);
        Assert.Matches(@"\d{2}-\d{2}-\d{4}", card);

        // The English form gives the same card; another teacher sees none of it.
        Assert.Contains(Marker, await MyDataCardTextAsync("what do you know about me?"), StringComparison.Ordinal);
        var other = Assert.Single(await (await client.PostActivityAsync(WithUser(Activities.Message("wat weet je over mij", expectReplies: true), "user-other"))).RepliesAsync());
        var otherCard = CardJson.Text(other!["attachments"]![0]!["content"]!);
        Assert.Contains(CardStrings.MyDataNothing, otherCard, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, otherCard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_team_channel_nothing_is_shown_only_where_to_ask()
    {
        await StoreSomethingOfEveryKindAsync();

        var reply = Assert.Single(await SayAsync("wat weet je over mij", "channel", "19:general@thread.tacv2"));

        Assert.Null(reply!["attachments"]);
        Assert.Contains("1-op-1-chat", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_forget_me_there_is_nothing_left_to_show()
    {
        await StoreSomethingOfEveryKindAsync();
        Assert.Contains(Marker, await MyDataCardTextAsync(), StringComparison.Ordinal);

        await SayAsync("vergeet mij");
        await client.PostActivityAsync(WithUser(Activities.CardAction("privacy.forget", new JsonObject { ["confirm"] = true })));

        var card = await MyDataCardTextAsync();
        Assert.Contains(CardStrings.MyDataNothing, card, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, card, StringComparison.Ordinal);
        Assert.DoesNotContain("gekozen op", card, StringComparison.Ordinal);
        Assert.DoesNotContain("1-op-1-chat: sinds", card, StringComparison.Ordinal);
    }
}
