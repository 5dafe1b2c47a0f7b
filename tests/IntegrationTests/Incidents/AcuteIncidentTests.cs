using System.Net;
using System.Text.Json.Nodes;
using SafetyBot.Cards;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Incidents;

/// <summary>
/// Issue #27 through <c>/api/messages</c> with the bundled content: grooming gets its own plan, grooming with
/// images sent leads with the nude-image plan and offers grooming, a teacher who has an image gets the
/// steps for it, and the card marks the lines that answer around the clock.
/// </summary>
public sealed class AcuteIncidentTests : IAsyncLifetime
{
    private const string Grooming = "een meisje uit groep 8 chat op roblox met een man van 34, hij stuurt haar cadeautjes en wil dat ze het geheim houdt, wat moet ik doen?";
    private const string GroomingWithImagesSent = "een leerling van 13 heeft naaktfoto's gestuurd naar een volwassen man die ze via instagram kent, hij gaf haar cadeaus en wil nu afspreken";
    private const string ImageReceived = "een collega heeft me net een naaktfoto van een leerling uit 3b doorgestuurd in de app, ik heb hem nu op mijn telefoon. wat moet ik doen?";

    private BotFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new BotFactory().With("School:Contacts:SafeguardingOfficer", "A. de Wit, 06-11112222");
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private async Task<JsonArray> RepliesAsync(string text) =>
        await (await client.PostActivityAsync(Activities.Message(text, expectReplies: true))).RepliesAsync();

    private static JsonObject Card(JsonNode? reply) => reply!["attachments"]![0]!["content"]!.AsObject();

    private static List<JsonObject> PlanActions(JsonObject card) =>
        card["actions"]!.AsArray().Select(a => a!.AsObject()).Where(a => a["verb"]?.GetValue<string>() == IncidentCard.PlanVerb).ToList();

    private static string ArticleId(JsonObject action) => action["data"]!["articleId"]!.GetValue<string>();

    [Fact]
    public async Task A_grooming_message_gets_the_grooming_plan_then_the_background_article()
    {
        var replies = await RepliesAsync(Grooming);

        var card = Card(replies[0]);
        var text = CardJson.Text(card);
        Assert.Contains(CardStrings.IncidentBanner, text, StringComparison.Ordinal);
        Assert.Contains("Online grooming", text, StringComparison.Ordinal);
        Assert.Contains("Bel dan meteen 112", text, StringComparison.Ordinal);
        Assert.Contains("A. de Wit, 06-11112222", text, StringComparison.Ordinal);
        Assert.Equal("incident-grooming", ArticleId(Assert.Single(PlanActions(card))));
        Assert.Equal(2, replies.Count);
        Assert.Contains("online benaderd door een onbekende volwassene", CardJson.Text(Card(replies[1])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_harm_signal_gets_the_plan_then_the_dilemma_on_a_worrying_message_not_an_article_on_harmful_content()
    {
        // Tried in the Teams client emulator in session 9: a pupil's message at night ("ik zie het niet meer zitten")
        // got the self-harm plan followed by the article on harmful content online, which answers another question.
        var replies = await RepliesAsync("een leerling appte me gisteravond dat ze het echt niet meer ziet zitten en dat het voor haar allemaal niet meer hoeft, wat nu?");

        Assert.Equal("incident-zelfbeschadiging", ArticleId(Assert.Single(PlanActions(Card(replies[0])))));
        Assert.Equal(2, replies.Count);
        var article = CardJson.Text(Card(replies[1]));
        Assert.Contains("een leerling stuurt 's avonds een zorgelijk bericht", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Schadelijke content", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grooming_with_images_sent_leads_with_the_nude_image_plan_and_the_grooming_plan_is_one_click_away()
    {
        var card = Card((await RepliesAsync(GroomingWithImagesSent))[0]);

        Assert.Contains("Naaktbeelden van een minderjarige", CardJson.Text(card), StringComparison.Ordinal);
        var actions = PlanActions(card);
        Assert.Equal(["incident-naaktbeelden", "incident-grooming"], actions.Select(ArticleId));
        Assert.Equal(CardStrings.IncidentAlsoPlan + "Online grooming", actions[1]["title"]!.GetValue<string>());

        await using var connector = await LoopbackConnector.StartAsync();
        var response = await client.PostActivityAsync(Activities.CardAction(IncidentCard.PlanVerb, actions[1]["data"]!.DeepClone().AsObject(), connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = await connector.WaitForAsync(1);
        Assert.Contains("Online grooming", posted[^1].Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_who_received_an_image_gets_the_steps_for_it_including_automatic_copies_and_the_colleague()
    {
        var text = CardJson.Text(Card((await RepliesAsync(ImageReceived))[0]));

        Assert.Contains("Naaktbeelden van een minderjarige", text, StringComparison.Ordinal);
        Assert.Contains("Zelf een beeld gekregen of gezien", text, StringComparison.Ordinal);
        Assert.Contains("ook niet naar de directie of de politie", text, StringComparison.Ordinal);
        Assert.Contains("veiligstellen", text, StringComparison.Ordinal);
        Assert.Contains("recent verwijderd", text, StringComparison.Ordinal);
        Assert.Contains("Spreek de collega niet zelf aan", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_act_now_card_marks_the_lines_that_answer_around_the_clock_for_evenings_and_holidays()
    {
        var card = Card((await RepliesAsync(Grooming))[0]);
        var lines = CardJson.Descendants(card).Last(n => n["type"]?.GetValue<string>() == "FactSet")["facts"]!.AsArray()
            .Select(f => f!["title"]!.GetValue<string>()).ToList();

        Assert.Contains("Alarmnummer 112 (dag en nacht)", lines);
        Assert.Contains("Veilig Thuis (dag en nacht)", lines);
        Assert.Contains("Politie (geen spoed)", lines);
        Assert.Contains("Helpwanted (Offlimits)", lines);
        Assert.Contains(CardStrings.IncidentAfterHours, CardJson.Text(card), StringComparison.Ordinal);
    }
}
