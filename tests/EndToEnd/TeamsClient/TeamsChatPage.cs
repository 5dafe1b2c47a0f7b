using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Playwright;

namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>
/// The emulated Teams client (M365 Agents Playground 0.2.28) as a user drives it: open the personal
/// chat or a team channel, type, read the bot's messages, click card buttons. Every wait is bounded
/// by <see cref="Wait"/>.
/// </summary>
public sealed class TeamsChatPage
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    // Selectors checked against the Playground's UI (Fluent UI; most class names are hashed, so these
    // lean on roles, ARIA labels and the few stable class names).
    private const string ComposeBox = "[data-lexical-editor=\"true\"][role=\"textbox\"]";
    private const string PersonalBotMessage = ".fai-OutputCard";

    /// <summary>A channel post (a thread); the new-post composer is also a card but has no "more" menu.</summary>
    private const string ChannelPost = ".fui-Card[role=\"group\"]:has(> .fui-CardHeader button[aria-haspopup=\"menu\"])";

    private readonly string botName;
    private readonly string botAvatar;
    private bool inChannel;
    private bool mentionInChat;
    private int personalMark;
    private ILocator? thread;
    private ILocator? lastBotMessage;

    internal TeamsChatPage(IPage page, string botName)
    {
        Page = page;
        this.botName = botName;
        botAvatar = $"[role=\"img\"][aria-label=\"{botName}\"]";
        page.SetDefaultTimeout((float)Wait.TotalMilliseconds);
    }

    public IPage Page { get; }

    /// <summary>
    /// The bot's messages in view: in the personal chat oldest first; in a channel the bot's replies in the
    /// thread the last <see cref="SendAsync"/> started, or, before any, the bot's own posts (newest first).
    /// </summary>
    public ILocator BotMessages => !inChannel ? Page.Locator(PersonalBotMessage)
        : thread is not null ? thread.Locator($"div:has(> div > {botAvatar}):not(.fui-CardHeader__header)")
        : BotPosts;

    /// <summary>The channel's posts, newest first (the emulator shows the newest thread at the top).</summary>
    public ILocator Posts => Page.Locator(ChannelPost);

    private ILocator BotPosts => Page.Locator($"{ChannelPost}:has(> .fui-CardHeader {botAvatar})");

    /// <summary>Opening the page installs the bot and shows the personal chat with it.</summary>
    internal async Task LoadAsync(Uri playground)
    {
        // Not "load": the page also fetches fonts and animations from a CDN, which a closed network may leave hanging.
        await Page.GotoAsync(playground.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = Milliseconds });
        await WaitForComposeBoxAsync("the emulator's page");
        (inChannel, thread, personalMark) = (false, null, 0);
    }

    /// <summary>
    /// Readies the shared page for a new scenario: closes what an earlier one left open, reloads the page
    /// when it no longer shows a compose box, and shows the personal chat.
    /// </summary>
    internal async Task ResetAsync(Uri playground)
    {
        await Page.Keyboard.PressAsync("Escape");
        if (!await Page.Locator(ComposeBox).First.IsVisibleAsync())
        {
            await LoadAsync(playground);
        }

        await OpenPersonalChatAsync();
    }

    /// <summary>Shows the 1:1 chat with the bot; its messages so far count for <see cref="WaitForBotMessageAsync"/>.</summary>
    public async Task OpenPersonalChatAsync()
    {
        await OpenTreeItemAsync("Personal Chat");
        await WaitForComposeBoxAsync("the personal chat");
        (inChannel, thread, personalMark) = (false, null, 0);
        mentionInChat = false;
    }

    /// <summary>Shows a channel of the team ("General" or the one in the yml); the bot's posts there count for <see cref="WaitForBotMessageAsync"/>.</summary>
    public async Task OpenChannelAsync(string channel)
    {
        await OpenTreeItemAsync(channel);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Post", Exact = true }).WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds });
        (inChannel, thread) = (true, null);
        mentionInChat = false;
    }

    /// <summary>
    /// Types the text in the compose box and presses Enter. In a channel this starts a new post that
    /// @mentions the bot (the bot only hears mentions there), and later waits look in that post's thread.
    /// </summary>
    public async Task SendAsync(string text, bool? mentionBot = null)
    {
        var box = Page.Locator(ComposeBox).First;
        var postsBefore = inChannel ? await Posts.CountAsync() : 0;
        personalMark = inChannel ? 0 : await BotMessages.CountAsync();
        await box.ClickAsync();
        await box.PressAsync("Control+A");
        await box.PressAsync("Backspace");
        if (mentionBot ?? (inChannel || mentionInChat))
        {
            await box.PressSequentiallyAsync("@");
            await Page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = botName }).First.ClickAsync();
            await box.PressSequentiallyAsync(" " + text);
        }
        else
        {
            await box.FillAsync(text);
        }

        await box.PressAsync("Enter");
        if (inChannel)
        {
            await WaitUntilAsync($"the post '{text}' to appear", async () => await Posts.CountAsync() > postsBefore);
            thread = Posts.Filter(new LocatorFilterOptions { HasText = text }).First;
            if (!(await Posts.First.InnerTextAsync()).Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The newest channel post is not '{text}': the emulator no longer shows the newest post first; update TeamsChatPage.");
            }
        }
    }

    /// <summary>
    /// Waits for a bot message containing the text that is newer than the last send (personal chat) or
    /// in the thread of the last post (channel); returns it and remembers it for <see cref="ClickCardButtonAsync(string)"/>.
    /// </summary>
    public async Task<ILocator> WaitForBotMessageAsync(string containing)
    {
        var messages = BotMessages;
        IReadOnlyList<string> seen = [];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Wait)
        {
            seen = await messages.AllInnerTextsAsync();
            var first = inChannel ? 0 : personalMark;
            for (var i = seen.Count - 1; i >= first; i--)
            {
                if (seen[i].Contains(containing, StringComparison.OrdinalIgnoreCase))
                {
                    // Channel posts are newest first, so a post is pinned by its text rather than its position.
                    lastBotMessage = inChannel && thread is null ? messages.Filter(new LocatorFilterOptions { HasText = containing }).First : messages.Nth(i);
                    return lastBotMessage;
                }
            }

            await Task.Delay(200);
        }

        var screenshot = await FailureScreenshotAsync(containing);
        var shown = string.Join("\n", seen.Select(s => "  - " + Shorten(s)));
        throw new TimeoutException($"No bot message containing '{containing}' within {Wait.TotalSeconds:0} s. Bot messages in view:\n{(shown.Length == 0 ? "  (none)" : shown)}\nScreenshot: {screenshot}");
    }

    /// <summary>Clicks a button on the bot message last returned by <see cref="WaitForBotMessageAsync"/>.</summary>
    public Task ClickCardButtonAsync(string title) =>
        ClickCardButtonAsync(lastBotMessage ?? throw new InvalidOperationException("Wait for a bot message before clicking one of its buttons."), title);

    /// <summary>Clicks a card button by its title; a reply it causes counts as new for the next wait.</summary>
    public async Task ClickCardButtonAsync(ILocator message, string title)
    {
        personalMark = inChannel ? 0 : await BotMessages.CountAsync();
        await message.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true }).First.ClickAsync(new LocatorClickOptions { Timeout = Milliseconds });
    }

    /// <summary>Opens the group chat of the yml; the bot hears only @mentions there, so sends mention it.</summary>
    public async Task OpenGroupChatAsync(string name)
    {
        await OpenTreeItemAsync(name);
        await WaitForComposeBoxAsync("the group chat");
        (inChannel, thread, personalMark) = (false, null, 0);
        mentionInChat = true;
    }

    /// <summary>Ticks the first choice of a card's radio group (a quiz answer, a vote).</summary>
    public async Task ChooseFirstOptionAsync(ILocator message) =>
        await message.GetByRole(AriaRole.Radio).First.CheckAsync(new LocatorCheckOptions { Timeout = Milliseconds });

    /// <summary>Clicks a button of a card without treating what follows as a new message (the card updates in place).</summary>
    public async Task ClickInPlaceAsync(ILocator message, string title) =>
        await message.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true }).First.ClickAsync(new LocatorClickOptions { Timeout = Milliseconds });

    /// <summary>Waits until the message shows the text (a card replaced in place by an action's answer or an update).</summary>
    public async Task WaitForTextInAsync(ILocator message, string text) =>
        await message.GetByText(text).First.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds });

    /// <summary>Waits for a top-level post of the bot in the open channel that contains the text.</summary>
    public async Task<ILocator> WaitForBotPostAsync(string containing)
    {
        var post = BotPosts.Filter(new LocatorFilterOptions { HasText = containing }).First;
        await post.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds });
        return post;
    }

    /// <summary>Waits until the page shows the text anywhere (e.g. a card updated in place).</summary>
    public async Task WaitForTextAsync(string text) =>
        await Page.GetByText(text).First.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds });

    /// <summary>A full-page screenshot named after the scenario (the calling test by default); returns its path.</summary>
    public async Task<string> ScreenshotAsync([CallerMemberName] string scenario = "")
    {
        var path = Path.Combine(RepoPaths.Artifacts("teams"), $"{scenario}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static float Milliseconds => (float)Wait.TotalMilliseconds;

    private async Task OpenTreeItemAsync(string name) =>
        await Page.GetByRole(AriaRole.Treeitem, new PageGetByRoleOptions { Name = name }).First.ClickAsync(new LocatorClickOptions { Timeout = Milliseconds });

    private async Task WaitForComposeBoxAsync(string what)
    {
        try
        {
            await Page.Locator(ComposeBox).First.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds });
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{what} showed no compose box within {Wait.TotalSeconds:0} s. Screenshot: {await FailureScreenshotAsync(what)}", ex);
        }
    }

    private static async Task WaitUntilAsync(string what, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Wait)
            {
                throw new TimeoutException($"Waited {Wait.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(200);
        }
    }

    private async Task<string> FailureScreenshotAsync(string what)
    {
        var name = new StringBuilder();
        foreach (var c in what.Take(60))
        {
            name.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        var path = Path.Combine(RepoPaths.Artifacts(Path.Combine("teams", "failures")), $"{name}-{TimeProvider.System.GetUtcNow():HHmmss}.png");
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 10_000 });
            return path;
        }
        catch (PlaywrightException ex)
        {
            return $"(none: {ex.Message})";
        }
    }

    private static string Shorten(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
