namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>What a teacher sees in the 1:1 chat with the bot in the emulated Teams client, in a real browser.</summary>
[Collection(TeamsClientCollection.Name)]
public sealed class TeacherScenarioTests(TeamsClientFixture teams) : IAsyncLifetime
{
    private const string Welcome = "Hoi, ik ben SafetyBot";

    private TeamsChatPage chat = null!;

    public async Task InitializeAsync() => chat = await teams.OpenTeamsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Teacher_sees_welcome_and_gets_help_answer()
    {
        var greeting = await chat.WaitForBotMessageAsync(Welcome);
        Assert.True(await greeting.Locator(".ac-adaptiveCard").CountAsync() > 0, "the greeting is not an Adaptive Card");
        var before = await chat.BotMessages.CountAsync();

        await chat.SendAsync("help");

        var reply = await chat.WaitForBotMessageAsync(Welcome);
        Assert.Equal(before + 1, await chat.BotMessages.CountAsync());
        Assert.True(await reply.Locator(".ac-adaptiveCard").CountAsync() > 0, "the help reply is not an Adaptive Card");
        await chat.ScreenshotAsync();
    }

    [Fact]
    public async Task A_question_in_the_teachers_own_words_gets_an_answer_card_with_what_to_do_and_its_source()
    {
        await chat.WaitForBotMessageAsync(Welcome);

        await chat.SendAsync("een leerling wordt buitengesloten uit de klassenapp, wat kan ik doen?");

        var answer = await chat.WaitForBotMessageAsync("Was dit nuttig?");
        var text = await answer.InnerTextAsync();
        Assert.Contains("Wat je kunt doen", text, StringComparison.Ordinal);
        Assert.Contains("Bron", text, StringComparison.Ordinal);
        Assert.Contains("Lees het hele artikel", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dat weet ik niet", text, StringComparison.Ordinal);
        await chat.ScreenshotAsync();
    }

    [Fact]
    public async Task The_feedback_button_updates_the_card_in_place()
    {
        await chat.WaitForBotMessageAsync(Welcome);
        await chat.SendAsync("mag ik foto's van leerlingen op het schoolaccount zetten?");
        await chat.WaitForBotMessageAsync("Was dit nuttig?");

        await chat.ClickCardButtonAsync("👍 Ja");

        await chat.WaitForTextAsync("Bedankt!");
        await chat.ScreenshotAsync();
    }

    [Fact]
    public async Task An_incident_message_shows_the_act_now_card_with_the_schools_contacts()
    {
        await chat.WaitForBotMessageAsync(Welcome);

        await chat.SendAsync("er gaat een naaktfoto van een meisje uit 2b rond in de klassenapp, wat moet ik doen?");

        var card = await chat.WaitForBotMessageAsync("Acute situatie");
        var text = await card.InnerTextAsync();
        Assert.Contains("A. de Wit, 06-11112222", text, StringComparison.Ordinal);
        Assert.Contains("Niet doen", text, StringComparison.Ordinal);
        await chat.ScreenshotAsync();
    }
}
