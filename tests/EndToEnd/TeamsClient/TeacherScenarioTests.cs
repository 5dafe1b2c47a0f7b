using Microsoft.Playwright;

namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>What a teacher sees in the emulated Teams client, in a real browser.</summary>
[Collection(TeamsClientCollection.Name)]
public sealed class TeacherScenarioTests(TeamsClientFixture teams) : IAsyncLifetime
{
    private IBrowserContext context = null!;
    private TeamsChatPage chat = null!;

    public async Task InitializeAsync()
    {
        context = await teams.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        chat = new TeamsChatPage(await context.NewPageAsync());
        await chat.OpenAsync(teams.PlaygroundUrl);
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task Teacher_sees_welcome_and_gets_help_answer()
    {
        await chat.WaitForBotMessageAsync("Hoi, ik ben SafetyBot", before: 0);
        var before = await chat.Messages.CountAsync();

        await chat.SendAsync("help");

        var reply = await chat.WaitForBotMessageAsync("Hoi, ik ben SafetyBot", before);
        Assert.True(await reply.Locator(".ac-adaptiveCard").CountAsync() > 0, "the help reply is not an Adaptive Card");
        await chat.ScreenshotAsync("welcome-and-help");
    }

    [Fact]
    public async Task A_dilemma_question_is_answered_with_a_card_that_shows_its_sources()
    {
        await chat.WaitForBotMessageAsync("Hoi, ik ben SafetyBot", before: 0);
        var before = await chat.Messages.CountAsync();

        await chat.SendAsync("een leerling stuurt me een volgverzoek op instagram, moet ik dat accepteren?");

        var answer = await chat.WaitForBotMessageAsync("Bronnen", before);
        Assert.Contains("Was dit nuttig?", await answer.InnerTextAsync(), StringComparison.Ordinal);
        await chat.ScreenshotAsync("answer-with-sources");
    }

    [Fact]
    public async Task The_feedback_button_updates_the_card_in_place()
    {
        await chat.WaitForBotMessageAsync("Hoi, ik ben SafetyBot", before: 0);
        var before = await chat.Messages.CountAsync();
        await chat.SendAsync("mag ik foto's van leerlingen op het schoolaccount zetten?");
        var answer = await chat.WaitForBotMessageAsync("Was dit nuttig?", before);

        await chat.ClickCardButtonAsync(answer, "👍 Ja");

        await chat.WaitForTextAsync("Bedankt!");
        await chat.ScreenshotAsync("feedback-thanked");
    }

    [Fact]
    public async Task An_incident_message_shows_the_act_now_card_with_the_schools_contacts()
    {
        await chat.WaitForBotMessageAsync("Hoi, ik ben SafetyBot", before: 0);
        var before = await chat.Messages.CountAsync();

        await chat.SendAsync("er gaat een naaktfoto van een meisje uit 2b rond in de klassenapp, wat moet ik doen?");

        var card = await chat.WaitForBotMessageAsync("Acute situatie", before);
        var text = await card.InnerTextAsync();
        Assert.Contains("A. de Wit, 06-11112222", text, StringComparison.Ordinal);
        Assert.Contains("Niet doen", text, StringComparison.Ordinal);
        await chat.ScreenshotAsync("incident-act-now");
    }
}
