using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Flows.Ask;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Coaching;

/// <summary>
/// Issue #25 through <c>/api/messages</c>: within 10 minutes in a 1:1 chat a follow-up is answered with
/// the question it continues (the card says which topic, never the earlier question's text) and is not
/// referred out on its own words; after 10 minutes, after "vergeet mij" or in a group chat it is a
/// question of its own; the context is shared by two instances on one PostgreSQL; English questions are
/// answered from the Dutch knowledge base under one English line, never referred out.
/// </summary>
public sealed class FollowUpTests : IAsyncLifetime
{
    private const string First = "wat is cyberpesten precies?";
    private const string FollowUp = "heb je daar ook lesmateriaal over?";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new BotFactory().WithServices(services => services.AddSingleton<TimeProvider>(time));
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private static async Task<string> CardTextAsync(HttpClient http, string text, string conversationType = "personal", string conversationId = "a:personal-conv-1")
    {
        var replies = await (await http.PostActivityAsync(Activities.Message(text, expectReplies: true, conversationType: conversationType, conversationId: conversationId))).RepliesAsync();
        var reply = Assert.Single(replies)!;
        return CardJson.Text(reply["attachments"]![0]!["content"]!);
    }

    private static string Continues(string title) => string.Format(System.Globalization.CultureInfo.InvariantCulture, CardStrings.ContinuesQuestion, title);

    private const string CyberbullyingTitle = "Online pesten (cyberpesten) herkennen en aanpakken";

    [Fact]
    public async Task Within_ten_minutes_a_follow_up_continues_the_last_answer_and_is_not_referred_out()
    {
        Assert.Contains(CyberbullyingTitle, await CardTextAsync(client, First), StringComparison.Ordinal);
        time.Advance(TimeSpan.FromMinutes(9));

        var card = await CardTextAsync(client, FollowUp);

        Assert.Contains(Continues(CyberbullyingTitle), card, StringComparison.Ordinal);
        Assert.Contains(CardStrings.FeedbackQuestion, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.OutOfScopeTitle, card, StringComparison.Ordinal);
        Assert.DoesNotContain(First, card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task After_ten_minutes_the_same_message_is_a_question_of_its_own()
    {
        await CardTextAsync(client, First);
        time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var card = await CardTextAsync(client, FollowUp);

        // Answered (or referred) on its own words: not as the cyberbullying question's follow-up.
        Assert.DoesNotContain(Continues(CyberbullyingTitle), card, StringComparison.Ordinal);
        Assert.DoesNotContain(CyberbullyingTitle, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_question_within_ten_minutes_is_not_taken_for_a_follow_up()
    {
        await CardTextAsync(client, First);
        time.Advance(TimeSpan.FromMinutes(2));

        var card = await CardTextAsync(client, "wat is de MediaDiamant?");

        Assert.DoesNotContain(Continues(CyberbullyingTitle), card, StringComparison.Ordinal);
        Assert.Contains("MediaDiamant", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_chat_there_are_no_follow_ups()
    {
        const string group = "19:group-chat@thread.v2";
        await CardTextAsync(client, First, "groupChat", group);

        var card = await CardTextAsync(client, FollowUp, "groupChat", group);

        Assert.DoesNotContain(Continues(CyberbullyingTitle), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stored_context_is_shown_by_wat_weet_je_over_mij_without_the_question_text_and_erased_by_vergeet_mij()
    {
        var answered = await CardTextAsync(client, "hoe voorkom ik cyberpesten in de klas van Sanne?");
        Assert.Contains(CardStrings.FeedbackQuestion, answered, StringComparison.Ordinal);
        Assert.Contains(CyberbullyingTitle, answered, StringComparison.Ordinal);

        var shown = await CardTextAsync(client, "wat weet je over mij");
        Assert.Contains(CardStrings.MyDataFollowUpTitle, shown, StringComparison.Ordinal);
        Assert.Contains($"Beantwoord met \"{CyberbullyingTitle}\"", shown, StringComparison.Ordinal);
        Assert.Contains("cyberpest", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("voorkom ik", shown, StringComparison.OrdinalIgnoreCase);

        await client.PostActivityAsync(Activities.Message("vergeet mij", expectReplies: true));
        await client.PostActivityAsync(Activities.CardAction("privacy.forget", new JsonObject { ["confirm"] = true }));

        var card = await CardTextAsync(client, FollowUp);
        Assert.DoesNotContain(Continues(CyberbullyingTitle), card, StringComparison.Ordinal);
        Assert.DoesNotContain(CyberbullyingTitle, await CardTextAsync(client, "wat weet je over mij"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_question_is_answered_from_the_dutch_knowledge_base_under_one_english_line()
    {
        var card = await CardTextAsync(client, "what goes into a social media protocol for a school");

        Assert.StartsWith(CardStrings.EnglishNote, card, StringComparison.Ordinal);
        Assert.Contains("Het sociale-media-protocol", card, StringComparison.Ordinal);
        Assert.Contains(CardStrings.FeedbackQuestion, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task And_in_english_please_after_a_dutch_answer_gives_that_answer_again_under_the_english_line()
    {
        Assert.Contains(CyberbullyingTitle, await CardTextAsync(client, First), StringComparison.Ordinal);
        time.Advance(TimeSpan.FromMinutes(2));

        // Before, this got the Dutch answer again without a word on the language.
        var card = await CardTextAsync(client, "and in English please?");

        Assert.StartsWith(CardStrings.EnglishNote, card, StringComparison.Ordinal);
        Assert.Contains(CyberbullyingTitle, card, StringComparison.Ordinal);
        Assert.Contains(Continues(CyberbullyingTitle), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_english_please_after_a_dutch_act_now_card_gives_the_english_plan()
    {
        var first = await RepliesTextAsync(client, "Een leerling laat me een bericht zien waarin een klasgenoot dreigt hem morgen neer te steken.");
        Assert.Contains(ThreatPlan, first[0], StringComparison.Ordinal);

        var replies = await RepliesTextAsync(client, "can you say that in English?");

        Assert.StartsWith(CardStrings.IncidentEnglish.Banner, Assert.Single(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_english_please_with_nothing_before_says_the_knowledge_base_is_dutch()
    {
        var replies = await RepliesTextAsync(client, "English please");

        Assert.Equal(AskStrings.NothingInEnglish, Assert.Single(replies));
    }

    [Fact]
    public async Task An_english_question_off_the_topic_is_not_answered_and_not_sent_to_the_ict_desk()
    {
        var card = await CardTextAsync(client, "How do I reset my password for the student administration system?");

        Assert.StartsWith(CardStrings.EnglishNote, card, StringComparison.Ordinal);
        Assert.Contains(CardStrings.UnknownTitle, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.OutOfScopeTitle, card, StringComparison.Ordinal);
    }

    /// <summary>Every reply's text: a card's text, or the message's own text.</summary>
    private static async Task<List<string>> RepliesTextAsync(HttpClient http, string text)
    {
        var replies = await (await http.PostActivityAsync(Activities.Message(text, expectReplies: true))).RepliesAsync();
        return replies.Select(r => r!["attachments"] is JsonArray { Count: > 0 } attachments
            ? CardJson.Text(attachments[0]!["content"]!)
            : r["text"]?.GetValue<string>() ?? string.Empty).ToList();
    }

    private const string NudeImagesPlan = "Naaktbeelden van een minderjarige";
    private const string ThreatPlan = "Online bedreiging (van leerling, medewerker of school)";
    private const string HackedPlan = "Gehackt account, nepprofiel of iemand die zich voordoet als een ander";

    private static void AssertAnswered(string card)
    {
        Assert.Contains(CardStrings.FeedbackQuestion, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.UnknownTitle, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.OutOfScopeTitle, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_follow_up_the_act_now_model_alone_reads_as_bullying_continues_the_answer_instead()
    {
        var first = await CardTextAsync(client, "Hoe ga ik om met een klassenapp in groep 8 waarin steeds gescholden wordt en kinderen buitengesloten worden?");
        Assert.DoesNotContain(CardStrings.IncidentBanner, first, StringComparison.Ordinal);
        time.Advance(TimeSpan.FromMinutes(2));

        // Alone, the act-now model reads this as cyberbullying (0.66) and set F got the serious-bullying card.
        var card = await CardTextAsync(client, "en bij groep 5? die hebben ook al een groepje");

        AssertAnswered(card);
        Assert.DoesNotContain(CardStrings.IncidentBanner, card, StringComparison.Ordinal);
        Assert.Contains(CardStrings.ContinuesQuestion.Split('{')[0], card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_act_now_card_an_age_follow_up_is_answered_within_the_plan_with_the_law_for_minors()
    {
        var first = await RepliesTextAsync(client, "Er gaat een naaktfoto van een meisje uit mijn mentorklas rond in de klassenapp. Ze is 18.");
        Assert.Contains(CardStrings.IncidentBanner, first[0], StringComparison.Ordinal);
        Assert.Contains(NudeImagesPlan, first[0], StringComparison.Ordinal);
        time.Advance(TimeSpan.FromMinutes(3));

        // Before, the act-now card left no context and this was refused ("Dat weet ik niet").
        var card = await CardTextAsync(client, "en als ze 17 is?");

        AssertAnswered(card);
        Assert.Contains(Continues(NudeImagesPlan), card, StringComparison.Ordinal);
        Assert.Contains("Ongewenste sexting en het doorsturen van naaktfoto's", card, StringComparison.Ordinal);
        Assert.Contains("art. 252", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_act_now_card_en_dan_gets_the_plans_article_not_a_refusal()
    {
        var first = await RepliesTextAsync(client, "Een leerling laat me een bericht zien waarin een klasgenoot dreigt hem morgen neer te steken.");
        Assert.Contains(ThreatPlan, first[0], StringComparison.Ordinal);

        var card = await CardTextAsync(client, "en dan?");

        AssertAnswered(card);
        Assert.Contains(Continues(ThreatPlan), card, StringComparison.Ordinal);
        Assert.Contains("Online bedreigingen tegen leerlingen, personeel of de school", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_act_now_card_a_platform_follow_up_stays_with_the_plan_instead_of_drifting_to_another_topic()
    {
        var first = await RepliesTextAsync(client, "Een leerling heeft zijn Instagram-account gehackt gekregen, wat nu?");
        Assert.Contains(HackedPlan, first[0], StringComparison.Ordinal);

        // Before, this was answered on its own words with the dangerous-challenge dilemma.
        var card = await CardTextAsync(client, "en bij tiktok?");

        AssertAnswered(card);
        Assert.Contains(Continues(HackedPlan), card, StringComparison.Ordinal);
        Assert.Contains("Gehackte accounts, nepprofielen en iemand die zich als een ander voordoet", card, StringComparison.Ordinal);
        Assert.DoesNotContain("challenge", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_follow_up_asking_for_lesson_material_gets_the_lesson_material_of_that_topic()
    {
        Assert.Contains("Ongewenste sexting", await CardTextAsync(client, "Hoe praat ik met mijn klas over het doorsturen van naaktfoto's?"), StringComparison.Ordinal);

        // Before, this stayed in the sexting article, which has no lesson material.
        var card = await CardTextAsync(client, "heb je daar ook lesmateriaal voor?");

        AssertAnswered(card);
        Assert.Contains(Continues("Ongewenste sexting en het doorsturen van naaktfoto's"), card, StringComparison.Ordinal);
        Assert.Contains("Lesmateriaal over online veiligheid en sexting", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Korter_gives_a_short_version_of_the_last_answer_from_its_stored_ids()
    {
        var full = await CardTextAsync(client, "hoe voorkom ik cyberpesten in de klas?");
        Assert.Contains(CyberbullyingTitle, full, StringComparison.Ordinal);

        // Before, this was refused ("Dat weet ik niet").
        var card = await CardTextAsync(client, "kun je dat korter maken, voor in een mail aan mijn team?");

        AssertAnswered(card);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, CardStrings.ShortVersion, CyberbullyingTitle), card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.CautionLabel, card, StringComparison.Ordinal);
        Assert.True(card.Length < full.Length, "the short version is shorter than the answer");
        Assert.DoesNotContain("voorkom ik", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Korter_after_an_act_now_card_gives_the_card_with_its_first_steps_and_without_context_says_so()
    {
        Assert.Equal(SafetyBot.Bot.Flows.Ask.AskStrings.NothingToShorten, Assert.Single(await RepliesTextAsync(client, "korter")));

        var first = await RepliesTextAsync(client, "Een leerling laat me een bericht zien waarin een klasgenoot dreigt hem morgen neer te steken.");
        var shorter = Assert.Single(await RepliesTextAsync(client, "samenvatting"));

        Assert.Contains(CardStrings.IncidentBanner, shorter, StringComparison.Ordinal);
        Assert.Contains(ThreatPlan, shorter, StringComparison.Ordinal);
        Assert.Contains(CardStrings.IncidentFullPlan, shorter, StringComparison.Ordinal);
        Assert.True(shorter.Length < first[0].Length, "the short act-now card is shorter than the first");
    }

    [Fact]
    public async Task The_context_of_an_act_now_card_is_shown_by_wat_weet_je_over_mij_and_erased_by_vergeet_mij()
    {
        await RepliesTextAsync(client, "Mijn leerling Daan laat me een bericht zien waarin een klasgenoot dreigt hem morgen neer te steken.");

        var shown = await CardTextAsync(client, "wat weet je over mij");
        Assert.Contains($"Beantwoord met \"{ThreatPlan}\"", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Daan", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("neer te steken", shown, StringComparison.OrdinalIgnoreCase);

        await client.PostActivityAsync(Activities.Message("vergeet mij", expectReplies: true));
        await client.PostActivityAsync(Activities.CardAction("privacy.forget", new JsonObject { ["confirm"] = true }));

        Assert.DoesNotContain(Continues(ThreatPlan), await CardTextAsync(client, "en dan?"), StringComparison.Ordinal);
        Assert.Null(await factory.Services.GetRequiredService<IFollowUpContextStore>().GetAsync("29:user-1"));
    }

    [PostgresFact]
    public async Task Two_instances_on_one_PostgreSQL_share_the_context_its_expiry_and_its_erasure()
    {
        await using var schema = await PostgresServer.CreateSchemaAsync();
        BotFactory OnPostgres() => new BotFactory()
            .With("Storage:Provider", "Postgres")
            .With("Storage:ConnectionString", schema.ConnectionString)
            .WithServices(services => services.AddSingleton<TimeProvider>(time));
        await using var a = OnPostgres();
        await using var b = OnPostgres();
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();

        await CardTextAsync(clientA, First);
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Contains(Continues(CyberbullyingTitle), await CardTextAsync(clientB, FollowUp), StringComparison.Ordinal);

        // The follow-up's answer is the new context; ten minutes after it, it is gone on both.
        time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(Continues(CyberbullyingTitle), await CardTextAsync(clientA, FollowUp), StringComparison.Ordinal);

        await CardTextAsync(clientB, First);
        await clientA.PostActivityAsync(Activities.Message("vergeet mij", expectReplies: true));
        await clientA.PostActivityAsync(Activities.CardAction("privacy.forget", new JsonObject { ["confirm"] = true }));
        Assert.DoesNotContain(Continues(CyberbullyingTitle), await CardTextAsync(clientB, FollowUp), StringComparison.Ordinal);
        Assert.Null(await b.Services.GetRequiredService<IFollowUpContextStore>().GetAsync("29:user-1"));
    }
}
