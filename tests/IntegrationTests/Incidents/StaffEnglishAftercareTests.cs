using System.Net;
using System.Text.Json.Nodes;
using SafetyBot.Cards;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Incidents;

/// <summary>
/// Issue #27 through <c>/api/messages</c> with the bundled content: a staff member as the victim gets the
/// plan's staff steps (read from the message, or chosen with the card's one button), an English message gets
/// the English plan under English card text with the translation note, and after self-harm, threats and
/// images the card points the teacher to support for themselves.
/// </summary>
public sealed class StaffEnglishAftercareTests : IAsyncLifetime
{
    private const string TeacherThreatened = "Ik word sinds vanochtend bedreigd door een vader op Instagram, hij stuurde een foto van mijn huis. Wat moet ik doen?";
    private const string PupilThreat = "een leerling uit 2b zegt in een snap dat hij morgen met een mes naar school komt";
    private const string PupilSelfHarm = "een leerling appte me net dat ze niet meer wil leven";
    private const string PupilAccountHacked = "het account van een leerling is gehackt en er worden nu rare berichten verstuurd";
    private const string EnglishSextortion = "A student in my class just told me someone is blackmailing him with a nude photo and wants 100 euros tonight. What do I do?";
    private const string EnglishOwnAccountHacked = "My Instagram account was hacked this morning and the hacker is messaging my students. What should I do?";

    private BotFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new BotFactory()
            .With("School:Contacts:ConfidentialAdviser", "M. Bakker, 06-33334444")
            .With("School:Contacts:Management", "directie@school.nl");
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private async Task<JsonObject> ActNowCardAsync(string text)
    {
        var replies = await (await client.PostActivityAsync(Activities.Message(text, expectReplies: true))).RepliesAsync();
        return replies[0]!["attachments"]![0]!["content"]!.AsObject();
    }

    private static JsonObject? Action(JsonObject card, string verb) =>
        card["actions"]!.AsArray().Select(a => a!.AsObject()).SingleOrDefault(a => a["verb"]?.GetValue<string>() == verb);

    private static List<string> LineTitles(JsonObject card) =>
        CardJson.Descendants(card).Last(n => n["type"]?.GetValue<string>() == "FactSet")["facts"]!.AsArray()
            .Select(f => f!["title"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task A_threatened_teacher_gets_the_staff_steps_with_the_school_address_and_victim_support()
    {
        var card = await ActNowCardAsync(TeacherThreatened);
        var text = CardJson.Text(card);

        Assert.Contains(CardStrings.IncidentNowStaff, text, StringComparison.Ordinal);
        Assert.Contains("zorgplicht voor psychosociale arbeidsbelasting", text, StringComparison.Ordinal);
        Assert.Contains("adres van de school", text, StringComparison.Ordinal);
        Assert.Contains("de vertrouwenspersoon (M. Bakker, 06-33334444)", text, StringComparison.Ordinal);
        Assert.Contains("bedrijfsarts", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorg voor de bedreigde", text, StringComparison.Ordinal);
        Assert.Contains("Slachtofferhulp Nederland", LineTitles(card));
        Assert.Equal(CardStrings.IncidentAskPupil, Action(card, IncidentCard.VictimVerb)!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Korter_after_a_staff_card_keeps_the_staff_steps()
    {
        await ActNowCardAsync(TeacherThreatened);

        // Tried in the client: "korter" after "mijn insta is gehackt" gave the pupil's steps ("Laat de eigenaar …").
        var shorter = CardJson.Text(await ActNowCardAsync("korter"));

        Assert.Contains(CardStrings.IncidentNowStaff, shorter, StringComparison.Ordinal);
        Assert.Contains("adres van de school", shorter, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorg voor de bedreigde", shorter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pupil_threat_card_asks_whether_it_concerns_the_teacher_and_its_button_shows_the_staff_steps()
    {
        var card = await ActNowCardAsync(PupilThreat);
        Assert.Contains(CardStrings.IncidentNow, CardJson.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.IncidentNowStaff, CardJson.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Slachtofferhulp Nederland", LineTitles(card));
        var ask = Action(card, IncidentCard.VictimVerb)!;
        Assert.Equal(CardStrings.IncidentAskStaff, ask["title"]!.GetValue<string>());

        await using var connector = await LoopbackConnector.StartAsync();
        var response = await client.PostActivityAsync(Activities.CardAction(IncidentCard.VictimVerb, ask["data"]!.DeepClone().AsObject(), connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var staffCard = (await connector.WaitForAsync(1))[^1].Body!["attachments"]![0]!["content"]!.AsObject();
        var staffText = CardJson.Text(staffCard);
        Assert.Contains(CardStrings.IncidentNowStaff, staffText, StringComparison.Ordinal);
        Assert.Contains("domicilie op het werk", staffText, StringComparison.Ordinal);
        Assert.Contains("Slachtofferhulp Nederland", LineTitles(staffCard));
        Assert.Equal(CardStrings.IncidentAskPupil, Action(staffCard, IncidentCard.VictimVerb)!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("online-pesten", "staff")]           // an ordinary article, not a plan
    [InlineData("../../etc/passwd", "staff")]        // no such document
    [InlineData("incident-bedreiging", "<script>")]  // a plan, with a victim the card never sends
    public async Task Forged_victim_card_data_gets_a_Dutch_message_with_a_200_and_never_another_documents_text(string articleId, string victim)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var data = new JsonObject { ["articleId"] = articleId, ["victim"] = victim };

        var response = await client.PostActivityAsync(Activities.CardAction(IncidentCard.VictimVerb, data, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (articleId == "incident-bedreiging")
        {
            // An unknown victim is read as a pupil: the plan's own pupil steps, nothing injected.
            var card = CardJson.Text((await connector.WaitForAsync(1))[^1].Body!["attachments"]![0]!["content"]!);
            Assert.Contains(CardStrings.IncidentNow, card, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", card, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(SafetyBot.Bot.Flows.Incident.IncidentStrings.PlanGone, body, StringComparison.Ordinal);
            Assert.Empty(connector.Requests);
        }
    }

    [Fact]
    public async Task After_a_self_harm_signal_the_card_points_the_teacher_to_the_confidential_adviser_and_the_company_doctor()
    {
        var text = CardJson.Text(await ActNowCardAsync(PupilSelfHarm));

        Assert.Contains("Zorg ook voor jezelf", text, StringComparison.Ordinal);
        Assert.Contains("de vertrouwenspersoon (M. Bakker, 06-33334444) of de vertrouwenspersoon voor personeel", text, StringComparison.Ordinal);
        Assert.Contains("de bedrijfsarts er ook voor jou", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pupils_hacked_account_has_no_aftercare_part()
    {
        var text = CardJson.Text(await ActNowCardAsync(PupilAccountHacked));

        Assert.Contains("Gehackt account", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorg ook voor jezelf", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_acute_message_gets_the_english_plan_under_english_card_text_marked_as_a_translation()
    {
        var card = await ActNowCardAsync(EnglishSextortion);
        var text = CardJson.Text(card);

        Assert.Contains(CardStrings.IncidentEnglish.Banner, text, StringComparison.Ordinal);
        Assert.Contains("Sextortion (extortion with nude images)", text, StringComparison.Ordinal);
        Assert.Contains("don't pay, don't give in to demands", text, StringComparison.Ordinal);
        Assert.Contains("Confidential adviser (vertrouwenspersoon)", text, StringComparison.Ordinal);
        Assert.Contains("Look after yourself", text, StringComparison.Ordinal);
        Assert.Contains("company doctor (bedrijfsarts)", text, StringComparison.Ordinal);
        Assert.Contains(CardStrings.IncidentEnglish.Translation!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.IncidentBanner, text, StringComparison.Ordinal);
        Assert.Contains("Police (non-emergency)", LineTitles(card));
        Assert.Equal("incident-sextortion-en", Action(card, IncidentCard.PlanVerb)!["data"]!["articleId"]!.GetValue<string>());
        Assert.Equal(CardStrings.IncidentEnglish.AskStaff, Action(card, IncidentCard.VictimVerb)!["title"]!.GetValue<string>());

        await using var connector = await LoopbackConnector.StartAsync();
        var response = await client.PostActivityAsync(Activities.CardAction(IncidentCard.PlanVerb, Action(card, IncidentCard.PlanVerb)!["data"]!.DeepClone().AsObject(), connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fullPlan = CardJson.Text((await connector.WaitForAsync(1))[^1].Body!["attachments"]![0]!["content"]!);
        Assert.Contains("Sextortion (extortion with nude images)", fullPlan, StringComparison.Ordinal);
        Assert.Contains("the safeguarding officer", fullPlan, StringComparison.Ordinal);
        Assert.Contains("Victim Support Netherlands (Slachtofferhulp Nederland) (call 0900-0101", fullPlan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_message_about_the_teachers_own_account_gets_the_english_staff_steps()
    {
        var card = await ActNowCardAsync(EnglishOwnAccountHacked);
        var text = CardJson.Text(card);

        Assert.Contains(CardStrings.IncidentEnglish.NowStaff, text, StringComparison.Ordinal);
        Assert.Contains("Change your password at once", text, StringComparison.Ordinal);
        Assert.Contains("Helpwanted also helps adults", text, StringComparison.Ordinal);
        Assert.Equal(CardStrings.IncidentEnglish.AskPupil, Action(card, IncidentCard.VictimVerb)!["title"]!.GetValue<string>());
    }
}
