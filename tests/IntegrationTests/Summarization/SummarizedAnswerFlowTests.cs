using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Flows.Incident;
using SafetyBot.Bot.Flows.Privacy;
using SafetyBot.Bot.Summarization;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Summarization;

/// <summary>
/// LLM summarisation as a teacher meets it, through POST /api/messages, with the model endpoint on
/// loopback. The name masker and the incident classifier are the real ones.
/// </summary>
public sealed class SummarizedAnswerFlowTests : IAsyncLifetime
{
    private const string Question = "Sanne wordt gepest in de klassenapp, wat doe ik als leraar?";

    private readonly SmallKnowledgeBase content = new();
    private FakeChatCompletionsServer model = null!;
    private readonly List<BotFactory> factories = [];

    public async Task InitializeAsync() => model = await FakeChatCompletionsServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var factory in factories)
        {
            await factory.DisposeAsync();
        }

        await model.DisposeAsync();
        content.Dispose();
    }

    private BotFactory Bot(bool azure = true, bool streaming = false)
    {
        var factory = new BotFactory()
            .With("Knowledge:ContentPath", content.Root)
            .With("AzureOpenAI:Streaming", streaming ? "true" : "false");
        if (azure)
        {
            factory.With("AzureOpenAI:Endpoint", model.Endpoint)
                .With("AzureOpenAI:ApiKey", FakeChatCompletionsServer.ApiKey)
                .With("AzureOpenAI:Deployment", FakeChatCompletionsServer.Deployment);
        }
        else
        {
            factory.With("OpenAI:BaseUrl", model.V1BaseUrl).With("OpenAI:Model", "test-model");
        }

        factories.Add(factory);
        return factory;
    }

    private static async Task<JsonArray> AskAsync(BotFactory bot, string text)
    {
        using var client = bot.CreateClient();
        return await (await client.PostActivityAsync(Activities.Message(text, expectReplies: true))).RepliesAsync();
    }

    private static string CardOf(JsonArray replies) => Assert.Single(replies)!["attachments"]![0]!["content"]!.ToJsonString();

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public async Task A_cited_summary_is_shown_labelled_AI_generated_with_its_numbered_sources(bool azure, bool streaming)
    {
        model.Script(new ChatReply("Bespreek het pesten met de klas en maak afspraken over de toon [1]."));

        var card = CardOf(await AskAsync(Bot(azure, streaming), Question));

        Assert.Contains("AI-gegenereerd", card, StringComparison.Ordinal);
        Assert.Contains("maak afspraken over de toon [1].", card, StringComparison.Ordinal);
        Assert.Contains("[1] Pesten in de klassenapp", card, StringComparison.Ordinal);
        Assert.Contains("Was dit nuttig?", card, StringComparison.Ordinal);
        Assert.Equal(streaming, Assert.Single(model.Requests).Streamed);
    }

    [Fact]
    public async Task The_model_gets_only_the_sections_the_answer_card_shows_of_the_one_answering_article()
    {
        model.Script(new ChatReply("Bespreek het pesten met de klas [1]."));

        var card = CardOf(await AskAsync(Bot(), "leerlingen pesten elkaar in de klassenapp en op instagram, wat doe ik?"));

        var prompt = Assert.Single(model.Requests).MessageText;
        Assert.Contains("Pesten in de klassenapp", prompt, StringComparison.Ordinal);
        Assert.Contains("Bespreek het pesten in de klassenapp met de klas.", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Leerlingen volgen op Instagram", prompt, StringComparison.Ordinal);
        Assert.Contains("AI-gegenereerd", card, StringComparison.Ordinal);
        Assert.Contains("Lees het hele artikel", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bespreek het pesten met de klas.")]
    [InlineData("Bespreek het pesten met de klas [9].")]
    public async Task An_uncited_or_wrongly_cited_summary_gives_the_extractive_answer(string reply)
    {
        model.Script(new ChatReply(reply));

        var card = CardOf(await AskAsync(Bot(), Question));

        Assert.DoesNotContain("AI-gegenereerd", card, StringComparison.Ordinal);
        Assert.Contains("Bronnen", card, StringComparison.Ordinal);
        Assert.Contains("klassenapp", card, StringComparison.Ordinal);
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task A_failing_endpoint_gives_the_extractive_answer()
    {
        model.Script(new ChatReply(string.Empty, Status: 500));

        var card = CardOf(await AskAsync(Bot(), Question));

        Assert.DoesNotContain("AI-gegenereerd", card, StringComparison.Ordinal);
        Assert.Contains("Bronnen", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_endpoint_gives_the_extractive_answer_within_the_turn()
    {
        model.Script(new ChatReply("Te laat [1].", Delay: TimeSpan.FromSeconds(30)));
        var bot = Bot().With("AzureOpenAI:TimeoutSeconds", "1");

        var card = CardOf(await AskAsync(bot, Question));

        Assert.DoesNotContain("AI-gegenereerd", card, StringComparison.Ordinal);
        Assert.Contains("Bronnen", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_question_is_name_masked_before_it_is_sent_and_nothing_about_the_user_goes_out()
    {
        await AskAsync(Bot(), Question);

        var request = Assert.Single(model.Requests);
        Assert.DoesNotContain("Sanne", request.RawBody, StringComparison.Ordinal);
        Assert.Contains("[naam] wordt gepest in de klassenapp", request.MessageText, StringComparison.Ordinal);
        foreach (var userDetail in new[] { "29:user-1", "Docent", "personal-conv-1", "tenant-1", "00000000-0000-0000-0000-000000000001" })
        {
            Assert.DoesNotContain(userDetail, request.RawBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_incident_message_never_goes_to_the_model()
    {
        var replies = await AskAsync(Bot(), "een leerling is slachtoffer van sextortion in de klassenapp");

        Assert.NotEmpty(replies);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task A_question_the_knowledge_base_cannot_answer_never_goes_to_the_model()
    {
        var card = CardOf(await AskAsync(Bot(), "wanneer begint de kerstvakantie?"));

        Assert.Contains("Dat weet ik niet", card, StringComparison.Ordinal);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task A_typing_indicator_is_sent_before_the_answer_card()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var client = Bot().CreateClient();

        await client.PostActivityAsync(Activities.Message(Question, serviceUrl: connector.ServiceUrl));

        var posted = await connector.WaitForAsync(2);
        Assert.Equal(2, posted.Count);
        Assert.Equal("typing", posted[0].Body!["type"]!.GetValue<string>());
        Assert.Contains("AI-gegenereerd", posted[1].Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_endpoint_answers_are_extractive_and_nothing_is_sent()
    {
        var bot = new BotFactory()
            .With("Knowledge:ContentPath", content.Root);
        factories.Add(bot);

        var card = CardOf(await AskAsync(bot, Question));

        Assert.False(bot.Services.GetRequiredService<IAnswerSummarizer>().IsEnabled);
        Assert.DoesNotContain("AI-gegenereerd", card, StringComparison.Ordinal);
        Assert.Contains("Bronnen", card, StringComparison.Ordinal);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public void A_bad_endpoint_stops_the_bot_at_start_naming_the_key_not_the_value()
    {
        var bot = Bot().With("AzureOpenAI:Endpoint", "ftp://secret-host.example/");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => bot.CreateClient());

        Assert.Contains("AzureOpenAI:Endpoint", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-host", error.Message, StringComparison.Ordinal);
    }
}
