using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Storage;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Cards;

/// <summary>The card flows that keep state: feedback, the audience choice, unanswered questions, forget me, insights.</summary>
public sealed class CardFlowStateTests : IAsyncLifetime
{
    private const string AdminId = "00000000-0000-0000-0000-0000000000a1";
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "safetybot-cards-" + Guid.NewGuid().ToString("N"));
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new BotFactory()
            .With("Storage:DataDirectory", dataDirectory)
            .With("School:Admins", AdminId)
            .With("School:Contacts:SafeguardingOfficer", "A. de Wit, 06-11112222");
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static JsonObject WithUser(JsonObject activity, string aadObjectId)
    {
        activity["from"]!["aadObjectId"] = aadObjectId;
        return activity;
    }

    private async Task<JsonObject> AnswerCardAsync(string question, string user)
    {
        var replies = await (await client.PostActivityAsync(WithUser(Activities.Message(question, expectReplies: true), user))).RepliesAsync();
        return replies[0]!["attachments"]![0]!["content"]!.AsObject();
    }

    private static JsonObject FeedbackData(JsonObject card, string rating)
    {
        var action = Descendants(card).First(n => n["verb"]?.GetValue<string>() == "feedback.rate" && n["data"]?["rating"]?.GetValue<string>() == rating);
        return action["data"]!.DeepClone().AsObject();
    }

    [Fact]
    public async Task An_incident_message_gets_the_act_now_card_with_the_configured_contacts_then_the_article()
    {
        var replies = await (await client.PostActivityAsync(Activities.Message("er gaat een naaktfoto van een leerling uit 3b rond in de klassenapp, wat nu?", expectReplies: true))).RepliesAsync();

        var first = replies[0]!.ToJsonString();
        Assert.Contains("Acute situatie", first, StringComparison.Ordinal);
        Assert.Contains("A. de Wit, 06-11112222", first, StringComparison.Ordinal);
        Assert.Contains("screenshot", first, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("incident.plan", first, StringComparison.Ordinal);
        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task Feedback_is_stored_once_with_a_masked_reason_and_the_card_says_thanks()
    {
        var card = await AnswerCardAsync("mag ik een leerling volgen op instagram?", "user-feedback");
        var data = FeedbackData(card, "down");
        data["reason"] = "Ik miste wat ik tegen Sanne de Vries moet zeggen";

        var first = await client.PostActivityAsync(WithUser(Activities.CardAction("feedback.rate", data.DeepClone().AsObject()), "user-feedback"));
        var second = await client.PostActivityAsync(WithUser(Activities.CardAction("feedback.rate", data.DeepClone().AsObject()), "user-feedback"));

        var body = await first.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.card.adaptive", body!["type"]!.GetValue<string>());
        Assert.Contains("Bedankt!", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var stored = (await factory.Services.GetRequiredService<IFeedbackStore>().ListAsync(100)).Where(f => f.UserKey == "user-feedback").ToList();
        var entry = Assert.Single(stored);
        Assert.False(entry.Useful);
        Assert.DoesNotContain("Sanne", entry.Reason!, StringComparison.Ordinal);
        Assert.Contains("[naam]", entry.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_with_data_that_is_not_an_answer_is_refused_politely()
    {
        var response = await client.PostActivityAsync(Activities.CardAction("feedback.rate", new JsonObject { ["rating"] = "up", ["answer"] = "nope" }));

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, body!["statusCode"]!.GetValue<int>());
    }

    private async Task<JsonNode> InsightsCardAsync()
    {
        var replies = await (await client.PostActivityAsync(WithUser(Activities.Message("inzichten", expectReplies: true), AdminId))).RepliesAsync();
        return replies[0]!["attachments"]![0]!["content"]!;
    }

    private async Task<string> InsightsTextAsync() => CardJson.Text(await InsightsCardAsync());

    [Fact]
    public async Task An_unanswered_question_with_a_link_an_address_emphasis_and_a_heading_is_inert_in_inzichten()
    {
        await client.PostActivityAsync(WithUser(Activities.Message("Wanneer begint de kerstvakantie? **Klik** [hier](https://evil.example/a) of op www.evil.example\n# Kop", expectReplies: true), "user-markdown"));
        Assert.Single(await factory.Services.GetRequiredService<IUnansweredQuestionStore>().ListAsync(50), q => q.UserKey == "user-markdown");

        // The list is one TextBlock with an item per line; the question must stay on its own line, inert.
        var list = Descendants(await InsightsCardAsync())
            .Select(o => o["text"]?.GetValue<string>())
            .Single(text => text?.Contains("kerstvakantie", StringComparison.Ordinal) == true)!;
        var line = list.Split('\r').Single(l => l.Contains("kerstvakantie", StringComparison.Ordinal));

        // No line break, so "# Kop" cannot start a heading; no link, no address a client makes clickable, no emphasis.
        foreach (var markup in new[] { "\n", "](", "://", "www.evil.example", "evil.example", "*" })
        {
            Assert.DoesNotContain(markup, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Inzichten_counts_unanswered_questions_over_the_whole_retention_window_not_only_the_newest_rows()
    {
        var questions = factory.Services.GetRequiredService<IUnansweredQuestionStore>();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        for (var i = 0; i < 30; i++)
        {
            await questions.AddAsync(new UnansweredQuestion { UserKey = $"user-old-{i}", MaskedText = "Hoe lang bewaart de school camerabeelden?", CreatedAt = now.AddDays(-20) });
        }

        // 500 newer questions, each asked once: the old one is no longer among the newest 500 rows.
        for (var i = 0; i < 500; i++)
        {
            await questions.AddAsync(new UnansweredQuestion { UserKey = "user-new", MaskedText = $"Losse vraag nummer {i}", CreatedAt = now.AddDays(-1).AddSeconds(i) });
        }

        Assert.Contains("Hoe lang bewaart de school camerabeelden? (30×)", await InsightsTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audience_choice_is_kept_and_the_welcome_stops_asking()
    {
        var before = (await (await client.PostActivityAsync(WithUser(Activities.Message("help", expectReplies: true), "user-audience"))).RepliesAsync())[0]!.ToJsonString();
        var choice = await client.PostActivityAsync(WithUser(Activities.CardAction("welcome.audience", new JsonObject { ["audience"] = "mbo" }), "user-audience"));
        var after = (await (await client.PostActivityAsync(WithUser(Activities.Message("help", expectReplies: true), "user-audience"))).RepliesAsync())[0]!.ToJsonString();

        Assert.Contains("welcome.audience", before, StringComparison.Ordinal);
        Assert.Contains("mbo", (await choice.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("welcome.audience", after, StringComparison.Ordinal);
        Assert.Equal("mbo", (await factory.Services.GetRequiredService<IUserPreferenceStore>().GetAsync("user-audience"))!.Audience);
    }

    [Fact]
    public async Task An_unanswered_question_is_recorded_with_names_masked_and_shown_to_an_admin_only()
    {
        await client.PostActivityAsync(WithUser(Activities.Message("Wanneer begint de kerstvakantie voor Daan Jansen?", expectReplies: true), "user-unknown"));

        var stored = await factory.Services.GetRequiredService<IUnansweredQuestionStore>().ListAsync(50);
        var question = Assert.Single(stored, q => q.UserKey == "user-unknown");
        Assert.DoesNotContain("Daan", question.MaskedText, StringComparison.Ordinal);

        var asAdmin = (await (await client.PostActivityAsync(WithUser(Activities.Message("inzichten", expectReplies: true), AdminId))).RepliesAsync())[0]!.ToJsonString();
        var asTeacher = (await (await client.PostActivityAsync(WithUser(Activities.Message("inzichten", expectReplies: true), "user-unknown"))).RepliesAsync())[0]!.ToJsonString();
        Assert.Contains("Vragen zonder antwoord", asAdmin, StringComparison.Ordinal);
        Assert.Contains("kerstvakantie", asAdmin, StringComparison.Ordinal);
        Assert.DoesNotContain("Vragen zonder antwoord", asTeacher, StringComparison.Ordinal);
        Assert.Contains("alleen voor de beheerders", asTeacher, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_me_asks_first_then_erases_everything_about_the_user()
    {
        await client.PostActivityAsync(WithUser(Activities.CardAction("welcome.audience", new JsonObject { ["audience"] = "po" }), "user-forget"));
        await client.PostActivityAsync(WithUser(Activities.Message("wanneer is de herfstvakantie?", expectReplies: true), "user-forget"));

        var confirm = (await (await client.PostActivityAsync(WithUser(Activities.Message("vergeet mij", expectReplies: true), "user-forget"))).RepliesAsync())[0]!.ToJsonString();
        Assert.Contains("privacy.forget", confirm, StringComparison.Ordinal);
        Assert.NotNull(await factory.Services.GetRequiredService<IUserPreferenceStore>().GetAsync("user-forget"));

        var done = await client.PostActivityAsync(WithUser(Activities.CardAction("privacy.forget", new JsonObject { ["confirm"] = true }), "user-forget"));

        Assert.Contains("gewist", (await done.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await factory.Services.GetRequiredService<IUserPreferenceStore>().GetAsync("user-forget"));
        Assert.DoesNotContain(await factory.Services.GetRequiredService<IUnansweredQuestionStore>().ListAsync(100), q => q.UserKey == "user-forget");
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => CardJson.Descendants(node);
}
