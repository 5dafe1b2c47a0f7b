using Microsoft.Playwright;

namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>The bot in a team channel of the emulated Teams client (the team comes from playground/.m365agentsplayground.yml).</summary>
[Collection(TeamsClientCollection.Name)]
public sealed class TeamChannelTests(TeamsClientFixture teams) : IAsyncLifetime
{
    private TeamsChatPage chat = null!;

    public async Task InitializeAsync() => chat = await teams.OpenTeamsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_team_member_mentions_the_bot_in_General_and_gets_the_help_card_in_the_thread()
    {
        await chat.OpenChannelAsync("General");

        await chat.SendAsync("help");

        var reply = await chat.WaitForBotMessageAsync("Hoi, ik ben SafetyBot");
        Assert.True(await reply.Locator(".ac-adaptiveCard").CountAsync() > 0, "the help reply is not an Adaptive Card");
        var channel = chat.Page.GetByRole(AriaRole.Treeitem, new PageGetByRoleOptions { Name = "General" }).First;
        Assert.Contains(TeamsClientFixture.TeamName, await channel.InnerTextAsync(), StringComparison.Ordinal);
        await chat.ScreenshotAsync();
    }
}
