using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SafetyBot.Cards;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Coaching;

/// <summary>The coaching flows as a teacher meets them, through POST /api/messages.</summary>
public sealed class CoachingFlowTests : IAsyncLifetime
{
    private readonly string protocolFile = Path.Combine(Path.GetTempPath(), $"protocol-{Guid.NewGuid():N}.md");
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
        File.Delete(protocolFile);
    }

    private static async Task<JsonObject> SingleCardAsync(HttpClient http, string text)
    {
        var replies = await (await http.PostActivityAsync(Activities.Message(text, expectReplies: true))).RepliesAsync();
        var reply = Assert.Single(replies)!;
        return reply["attachments"]![0]!["content"]!.AsObject();
    }

    [Fact]
    public async Task A_dilemma_question_gets_an_answer_card_with_sources_and_feedback()
    {
        var card = (await SingleCardAsync(client, "een leerling stuurt me een volgverzoek op instagram, moet ik dat accepteren?")).ToJsonString();

        Assert.Contains("Bronnen", card, StringComparison.Ordinal);
        Assert.Contains("Was dit nuttig?", card, StringComparison.Ordinal);
        Assert.Contains("feedback.rate", card, StringComparison.Ordinal);
        Assert.Contains("rolmodel-contact-met-leerlingen", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_what_to_do_question_gets_the_articles_advice_list_whole_and_a_button_for_the_whole_article()
    {
        var card = await SingleCardAsync(client, "een leerling wordt buitengesloten uit de klassenapp, wat kan ik doen?");
        var texts = card["body"]!.AsArray().Select(b => b?["text"]?.GetValue<string>()).OfType<string>().ToList();
        var json = card.ToJsonString();

        // The advice list follows its label whole (a "Let op" list may follow it too).
        var label = texts.IndexOf(CardStrings.AdviceLabel);
        Assert.True(label >= 0 && label + 1 < texts.Count, "no advice label with a list after it");
        var list = texts[label + 1];
        Assert.Contains("\r", list, StringComparison.Ordinal);
        Assert.All(list.Split('\r'), item => Assert.Matches(@"^- [A-Z]", item));
        Assert.Contains(CardStrings.ReadWholeArticle, json, StringComparison.Ordinal);
        Assert.DoesNotContain("Een ouder mailt", json, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) < 28 * 1024);
    }

    [Fact]
    public async Task A_question_outside_the_knowledge_base_gets_the_honest_unknown_card()
    {
        var card = (await SingleCardAsync(client, "wat vind jij van kwantumverstrengeling?")).ToJsonString();

        Assert.Contains("Dat weet ik niet", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Bronnen", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_question_outside_the_domain_gets_the_referral_of_its_subject_not_an_article()
    {
        var card = (await SingleCardAsync(client, "wanneer begint de kerstvakantie?")).ToJsonString();

        Assert.Contains("Daar kan ik je niet mee helpen", card, StringComparison.Ordinal);
        Assert.Contains("roostermaker", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Bronnen", card, StringComparison.Ordinal);
        Assert.DoesNotContain(AnswerCard.TopicVerb, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_greeting_gets_a_friendly_reply_not_a_search()
    {
        var replies = await (await client.PostActivityAsync(Activities.Message("hoi!", expectReplies: true))).RepliesAsync();

        Assert.StartsWith("Hoi!", Assert.Single(replies)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protocol_with_a_topic_shows_the_matching_section_of_the_model_labelled_as_a_model()
    {
        var card = (await SingleCardAsync(client, "protocol foto's van leerlingen")).ToJsonString();

        Assert.Contains("Modelprotocol", card, StringComparison.Ordinal);
        Assert.Contains("toestemming", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_schools_own_protocol_is_shown_and_a_deviating_section_shows_the_model_too()
    {
        await File.WriteAllTextAsync(protocolFile, """
            ---
            id: protocol-lyceum
            title: Protocol sociale media Het Lyceum
            audience: [vo]
            kind: protocol
            tags: [protocol]
            source: "Eigen protocol van de school"
            reviewed: 2026-09-01
            ---

            # Protocol sociale media Het Lyceum

            ## Foto's en video {#beeldmateriaal .afwijkend .verplicht}

            Op Het Lyceum maken medewerkers nooit foto's van leerlingen met hun eigen telefoon.
            """);
        await using var schoolFactory = new BotFactory().With("School:ProtocolPath", protocolFile).With("School:Name", "Het Lyceum");
        using var schoolClient = schoolFactory.CreateClient();

        var card = (await SingleCardAsync(schoolClient, "protocol foto's")).ToJsonString();

        Assert.Contains("Protocol van Het Lyceum", card, StringComparison.Ordinal);
        Assert.Contains("eigen telefoon", card, StringComparison.Ordinal);
        Assert.Contains("wijkt jullie protocol af", card, StringComparison.Ordinal);
        Assert.Contains("Bindende afspraak", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Modelprotocol — dit is een voorbeeld", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rolmodel_shows_dos_and_donts_from_the_role_model_guide()
    {
        var card = (await SingleCardAsync(client, "rolmodel")).ToJsonString();

        Assert.Contains("Wel doen", card, StringComparison.Ordinal);
        Assert.Contains("Niet doen", card, StringComparison.Ordinal);
        Assert.Contains("Leerlingen toevoegen of volgen", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("channel")]
    public async Task Every_quick_start_button_on_the_welcome_card_sends_a_command_the_bot_has(string conversationType)
    {
        var replies = await (await client.PostActivityAsync(Activities.Message("help", expectReplies: true, conversationType: conversationType))).RepliesAsync();
        var routes = factory.Services.GetRequiredService<SafetyBot.Bot.Routing.RouteTable>();
        var buttons = System.Text.RegularExpressions.Regex.Matches(replies[0]!.ToJsonString(), "\"type\":\"imBack\",\"value\":\"(?<text>[^\"]+)\"")
            .Select(m => m.Groups["text"].Value)
            .ToList();

        Assert.NotEmpty(buttons);
        Assert.All(buttons, text =>
        {
            var command = SafetyBot.Bot.Routing.CommandParser.Parse(text);
            Assert.True(command is not null && routes.Commands.ContainsKey(command.Key), $"'{text}' has no route");
        });
    }

    [Fact]
    public async Task A_follow_up_topic_click_sends_the_whole_article()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var click = Activities.CardAction("ask.topic", new JsonObject { ["articleId"] = "rolmodel-privacy" }, connector.ServiceUrl);

        var response = await client.PostActivityAsync(click);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = Assert.Single(await connector.WaitForAsync(1));
        Assert.Contains("AdaptiveCard", posted.Body!.ToJsonString(), StringComparison.Ordinal);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
    }
}
