using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
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
    public async Task An_english_question_off_the_topic_is_not_answered_and_not_sent_to_the_ict_desk()
    {
        var card = await CardTextAsync(client, "How do I reset my password for the student administration system?");

        Assert.StartsWith(CardStrings.EnglishNote, card, StringComparison.Ordinal);
        Assert.Contains(CardStrings.UnknownTitle, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.OutOfScopeTitle, card, StringComparison.Ordinal);
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
