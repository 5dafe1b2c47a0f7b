using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>The quiz in the 1:1 chat, the weekly card in the team channel, help in the group chat.</summary>
[Collection(TeamsClientCollection.Name)]
public sealed partial class QuizAndWeeklyTests(TeamsClientFixture teams) : IAsyncLifetime
{
    private TeamsChatPage chat = null!;

    public async Task InitializeAsync() => chat = await teams.OpenTeamsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_quiz_round_is_clicked_through_to_the_score_card()
    {
        await chat.WaitForBotMessageAsync("Hoi, ik ben SafetyBot");
        await chat.SendAsync("quiz");
        var card = await chat.WaitForBotMessageAsync("Vraag 1 van 10");

        for (var i = 1; i <= 10; i++)
        {
            await chat.WaitForTextInAsync(card, $"Vraag {i} van 10");
            await chat.ChooseFirstOptionAsync(card);
            await chat.ClickInPlaceAsync(card, "Controleer");
            await card.GetByText(RightOrWrong()).First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)TeamsChatPage.Wait.TotalMilliseconds });
            if (i == 3)
            {
                await chat.ScreenshotAsync("A_quiz_answer_with_its_explanation");
            }

            await chat.ClickInPlaceAsync(card, i < 10 ? "Volgende" : "Bekijk je score");
        }

        await card.GetByText(Score()).First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)TeamsChatPage.Wait.TotalMilliseconds });
        Assert.Contains("Per onderwerp", await card.InnerTextAsync(), StringComparison.Ordinal);
        await chat.ScreenshotAsync();
    }

    [Fact]
    public async Task In_the_team_channel_the_weekly_card_is_posted_voted_on_and_its_result_waits_for_five_voters()
    {
        await chat.OpenChannelAsync("General");
        await chat.SendAsync("weekkaart");

        // The card is a new post of its own in the channel; the bot's short answer goes in the thread of the mention.
        var card = await chat.WaitForBotPostAsync("Weekkaart · week");
        await WaitForConfirmationAsync();
        var updatesBefore = teams.WeeklyUpdates;
        await chat.ChooseFirstOptionAsync(card);
        await chat.ClickInPlaceAsync(card, "Stem");

        // The voter's own view ("Je stemde: …") comes first; the shared update (only the count) follows.
        await card.GetByText(Voted()).First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)TeamsChatPage.Wait.TotalMilliseconds });
        await chat.ScreenshotAsync("A_vote_on_the_weekly_card");

        // The vote's shared update must land before the next click: arriving after that click's answer, it
        // replaces the answer (the emulator does not refresh a card per user the way Teams does), and the
        // refusal below was gone before it was read (the flake in CI, 2026-12-07).
        await teams.WaitForWeeklyUpdateAsync(updatesBefore);

        // One voter: the result stays hidden until five colleagues voted, so nobody can tell who chose what.
        // Wait for the refusal only the click gets: the shared card also says "De uitslag is te zien vanaf 5 stemmen".
        await chat.ClickInPlaceAsync(card, "Toon uitslag");
        await chat.WaitForTextInAsync(card, "zodat niemand kan afleiden wie wat koos");
        await chat.WaitForTextInAsync(card, "Je stemde");
        Assert.DoesNotContain("1 stem", await card.InnerTextAsync(), StringComparison.Ordinal);
        await chat.ScreenshotAsync();
    }

    /// <summary>
    /// The bot's confirmation in the thread of the mention. It is waited for in the page, attached rather than
    /// visible: in CI (twice, 2026-12-07) it was not visible within 30 s although the bot had sent it (201), most
    /// likely because the emulator shows an older post's thread collapsed once the card's new post lands above it.
    /// A failure leaves a screenshot.
    /// </summary>
    private async Task WaitForConfirmationAsync()
    {
        try
        {
            await chat.Page.GetByText("De weekkaart van deze week staat in het kanaal").First
                .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = (float)TeamsChatPage.Wait.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            await chat.ScreenshotAsync("FAILED_weekly_confirmation");
            throw;
        }
    }

    [Fact]
    public async Task Help_in_the_group_chat_gets_the_help_card()
    {
        await chat.OpenGroupChatAsync("Sectie Mentoren");
        await chat.SendAsync("help");

        var reply = await chat.WaitForBotMessageAsync("Hoi, ik ben SafetyBot");
        Assert.Contains("weekkaart", await reply.InnerTextAsync(), StringComparison.Ordinal);
        await chat.ScreenshotAsync();
    }

    [GeneratedRegex("Goed!|Helaas, dat klopt niet")]
    private static partial Regex RightOrWrong();

    [GeneratedRegex("Je stemde:|1 collega heeft gestemd")]
    private static partial Regex Voted();

    [GeneratedRegex(@"\d+ van de 10 goed")]
    private static partial Regex Score();
}
