using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Flows.Feedback;
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

    private const string Question = "mag ik een leerling volgen op instagram?";
    private const string Phishing = "[Log opnieuw in](https://evil.example/login) Sanne de Vries uit 3b";

    private Task<HttpResponseMessage> RateAsync(JsonObject data, string user) =>
        client.PostActivityAsync(WithUser(Activities.CardAction("feedback.rate", data.DeepClone().AsObject()), user));

    private async Task<List<FeedbackEntry>> StoredFeedbackAsync(string user) =>
        (await factory.Services.GetRequiredService<IFeedbackStore>().ListAsync(1000)).Where(f => f.UserKey == user).ToList();

    /// <summary>The invoke's inline answer: a card ("Bedankt!") or <c>{statusCode: 400, value: {message}}</c>.</summary>
    private static async Task<JsonObject> InvokeBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static void AssertRefused(JsonObject body, string message)
    {
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal(message, body["value"]!["message"]!.GetValue<string>());
    }

    private async Task<JsonNode> InsightsCardAsync()
    {
        var replies = await (await client.PostActivityAsync(WithUser(Activities.Message("inzichten", expectReplies: true), AdminId))).RepliesAsync();
        return replies[0]!["attachments"]![0]!["content"]!;
    }

    private async Task<string> InsightsTextAsync() => CardJson.Text(await InsightsCardAsync());

    /// <summary>Every text field of the view the card data carries, replaced by <paramref name="text"/> (the article id too when asked).</summary>
    private static JsonObject Forged(JsonObject data, string text, bool articleId)
    {
        var forged = data.DeepClone().AsObject();
        var answer = forged["answer"]!.AsObject();
        answer["answer"] = text;
        answer["audienceLabel"] = text;
        foreach (var item in new[] { answer["article"] }.Concat(answer["sources"]!.AsArray()).Concat(answer["followUps"]!.AsArray()).OfType<JsonObject>())
        {
            item["title"] = text;
            if (articleId)
            {
                item["articleId"] = text;
            }
        }

        return forged;
    }

    [Fact]
    public async Task A_rating_for_an_article_id_that_is_not_in_the_knowledge_base_is_refused_in_dutch_and_nothing_is_stored()
    {
        var data = FeedbackData(await AnswerCardAsync(Question, "user-forged-id"), "up");

        var body = await InvokeBodyAsync(await RateAsync(Forged(data, "https://evil.example/login", articleId: true), "user-forged-id"));

        AssertRefused(body, FeedbackStrings.UnknownArticle);
        Assert.Empty(await StoredFeedbackAsync("user-forged-id"));
    }

    [Fact]
    public async Task A_phishing_link_and_a_pupils_name_in_forged_card_data_never_reach_inzichten()
    {
        var data = FeedbackData(await AnswerCardAsync(Question, "user-phish"), "down");
        var title = data["answer"]!["article"]!["title"]!.GetValue<string>();

        // The real article id with every text forged, then a forged article id as well.
        var forgedText = Forged(data, Phishing, articleId: false);
        forgedText["reason"] = Phishing;
        Assert.Contains("Bedankt!", CardJson.Text((await InvokeBodyAsync(await RateAsync(forgedText, "user-phish")))["value"]!), StringComparison.Ordinal);
        AssertRefused(await InvokeBodyAsync(await RateAsync(Forged(data, Phishing, articleId: true), "user-phish")), FeedbackStrings.UnknownArticle);

        var insights = await InsightsTextAsync();
        Assert.Contains($"{title}: 👍 0 · 👎 1", insights, StringComparison.Ordinal);
        foreach (var forbidden in new[] { "evil.example", "Log opnieuw in", "Sanne", "Vries" })
        {
            Assert.DoesNotContain(forbidden, insights, StringComparison.Ordinal);
        }

        var stored = Assert.Single(await StoredFeedbackAsync("user-phish"));
        Assert.Equal(data["answer"]!["article"]!["articleId"]!.GetValue<string>(), stored.Subject);
        Assert.DoesNotContain("Sanne", stored.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_ratings_with_varied_answer_text_from_one_user_count_once_and_the_last_one_counts()
    {
        var data = FeedbackData(await AnswerCardAsync(Question, "user-twenty"), "up");
        var title = data["answer"]!["article"]!["title"]!.GetValue<string>();

        for (var i = 0; i < 20; i++)
        {
            var varied = data.DeepClone().AsObject();
            varied["answer"]!["answer"] = $"Een ander antwoord, nummer {i}";
            varied["rating"] = i % 2 == 0 ? "up" : "down";
            Assert.Contains("Bedankt!", CardJson.Text((await InvokeBodyAsync(await RateAsync(varied, "user-twenty")))["value"]!), StringComparison.Ordinal);
        }

        Assert.False(Assert.Single(await StoredFeedbackAsync("user-twenty")).Useful);
        Assert.Contains($"{title}: 👍 0 · 👎 1", await InsightsTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sources", "[null]")]
    [InlineData("sources", """[{"articleId":null,"title":null}]""")]
    [InlineData("followUps", "[null]")]
    [InlineData("followUps", """[{"articleId":"online-pesten","title":null}]""")]
    [InlineData("article", """{"articleId":null,"title":null}""")]
    [InlineData("points", """{"label":null,"paragraph":null,"items":[null]}""")]
    [InlineData("advice", """{"label":"Wat je kunt doen","paragraph":null,"items":null}""")]
    [InlineData("caution", """{"label":"Let op","paragraph":null,"items":["Eerst dit.",null]}""")]
    [InlineData("answer", "null")]
    [InlineData("audienceLabel", "null")]
    public async Task Nulls_inside_the_feedback_data_are_refused_in_dutch_never_a_500_and_nothing_is_stored(string field, string json)
    {
        var data = FeedbackData(await AnswerCardAsync(Question, "user-nulls"), "up");
        data["answer"]![field] = JsonNode.Parse(json);

        var body = await InvokeBodyAsync(await RateAsync(data, "user-nulls"));

        AssertRefused(body, FeedbackStrings.Unreadable);
        Assert.Empty(await StoredFeedbackAsync("user-nulls"));
    }

    [Fact]
    public async Task A_quarter_megabyte_reason_is_stored_capped_and_masked_and_a_quarter_megabyte_article_id_is_refused()
    {
        var data = FeedbackData(await AnswerCardAsync(Question, "user-huge"), "down");
        var hugeReason = data.DeepClone().AsObject();
        hugeReason["reason"] = "Ik miste wat ik tegen Sanne de Vries moet zeggen. " + new string('x', 240_000);
        var hugeId = data.DeepClone().AsObject();
        hugeId["answer"]!["article"] = null;
        hugeId["answer"]!["sources"] = new JsonArray(new JsonObject { ["articleId"] = new string('a', 240_000), ["title"] = "Bron" });

        Assert.Contains("Bedankt!", CardJson.Text((await InvokeBodyAsync(await RateAsync(hugeReason, "user-huge")))["value"]!), StringComparison.Ordinal);
        AssertRefused(await InvokeBodyAsync(await RateAsync(hugeId, "user-huge")), FeedbackStrings.UnknownArticle);

        var stored = Assert.Single(await StoredFeedbackAsync("user-huge"));
        Assert.InRange(stored.Reason!.Length, 1, FeedbackFlow.MaxReasonLength);
        Assert.DoesNotContain("Sanne", stored.Reason, StringComparison.Ordinal);
        Assert.InRange(stored.Subject.Length, 1, 100);
    }

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
