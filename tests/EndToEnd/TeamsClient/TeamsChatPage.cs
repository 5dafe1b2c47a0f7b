using Microsoft.Playwright;
using SafetyBot.EndToEnd.CardRendering;

namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>The emulated Teams client as a teacher uses it: open a chat, type, read the bot's messages, click card buttons.</summary>
public sealed class TeamsChatPage(IPage page)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private const string ComposeBox = "[data-lexical-editor=\"true\"][role=\"textbox\"]";
    private const string BotMessage = ".fai-OutputCard";

    public IPage Page => page;

    public ILocator Messages => page.Locator(BotMessage);

    public async Task OpenAsync(string url)
    {
        await page.GotoAsync(url, new PageGotoOptions { Timeout = (float)Wait.TotalMilliseconds });
        await page.Locator(ComposeBox).First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
    }

    /// <summary>Opens a conversation from the left rail ("Personal Chat", "Group Chat", "General", …).</summary>
    public async Task OpenConversationAsync(string name)
    {
        await page.GetByRole(AriaRole.Treeitem, new PageGetByRoleOptions { Name = name }).First.ClickAsync(new LocatorClickOptions { Timeout = (float)Wait.TotalMilliseconds });
        await page.Locator(ComposeBox).First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
    }

    public async Task SendAsync(string text)
    {
        var box = page.Locator(ComposeBox).First;
        await box.ClickAsync();
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Waits until more bot messages than <paramref name="before"/> are shown and the newest contains the text.</summary>
    public async Task<ILocator> WaitForBotMessageAsync(string containing, int before)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            var count = await Messages.CountAsync();
            for (var i = count - 1; i >= before && i >= 0; i--)
            {
                var message = Messages.Nth(i);
                if ((await message.InnerTextAsync()).Contains(containing, StringComparison.OrdinalIgnoreCase))
                {
                    return message;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No bot message containing '{containing}' appeared within {Wait.TotalSeconds:0} s.");
    }

    /// <summary>Waits until the page shows the text anywhere (e.g. a card updated in place).</summary>
    public async Task WaitForTextAsync(string text) =>
        await page.GetByText(text).First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });

    public async Task ClickCardButtonAsync(ILocator message, string title) =>
        await message.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title }).First.ClickAsync(new LocatorClickOptions { Timeout = (float)Wait.TotalMilliseconds });

    public Task ScreenshotAsync(string scenario) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts("teams"), $"{scenario}.png"), FullPage = true });
}
