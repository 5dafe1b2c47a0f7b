using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>
/// The built bot and the Microsoft 365 Agents Playground (the Teams client emulator) as real processes
/// on loopback, and Debian's Chromium driven by Playwright, shared by every Teams client scenario.
/// Every wait is bounded; when something cannot start, the failure names it and shows its output.
/// </summary>
public sealed partial class TeamsClientFixture : IAsyncLifetime
{
    /// <summary>The bot's display name in the emulator (bot.name in playground/.m365agentsplayground.yml).</summary>
    public const string BotName = "SafetyBot";

    /// <summary>The team in playground/.m365agentsplayground.yml; its General channel is implicit.</summary>
    public const string TeamName = "Team Onderbouw";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Settings given to the bot for every scenario (the school's contacts on the act-now card).</summary>
    private static readonly IReadOnlyDictionary<string, string> BotSettings = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",

        // The emulator is the Connector: replies go to its loopback address.
        ["Auth__AllowedServiceUrlHosts"] = "localhost,127.0.0.1",
        ["School__Name"] = "OBS De Regenboog",
        ["School__Contacts__SafeguardingOfficer"] = "Aandachtsfunctionaris A. de Wit, 06-11112222",
        ["School__Contacts__Management"] = "Directie, 030-1234567",

        // One emulated user clicks through every scenario (a quiz round alone is twenty clicks) faster
        // than a teacher could: the per-user limit of 30 a minute would stop the suite, not a person.
        ["RateLimit__PerUserPerMinute"] = "600",

        // The shared weekly card's update is logged at Debug: a scenario waits for it (WaitForWeeklyUpdateAsync).
        ["Logging__LogLevel__SafetyBot.Bot.Flows.Weekly.WeeklyTallyUpdater"] = "Debug",
    };

    private readonly string workDirectory = Path.Combine(Path.GetTempPath(), "safetybot-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private ChildProcess? bot;
    private ChildProcess? playground;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? context;
    private IPage? page;
    private int weeklyUpdates;

    public Uri BotUrl { get; private set; } = null!;

    /// <summary>The address the emulator actually serves its Teams-like web UI on (read from its output).</summary>
    public Uri PlaygroundUrl { get; private set; } = null!;

    private string PlaygroundLogFile => Path.Combine(workDirectory, "devTools", "m365agentsplayground.log");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(workDirectory);
        try
        {
            await StartBotAsync();
            await StartPlaygroundAsync();
            (playwright, browser) = await Chromium.LaunchAsync();
            await OpenPageAsync();
        }
        catch
        {
            // Stop what did start now, so no process outlives a failed start (disposing twice is harmless).
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The emulator's page for the next scenario, on the personal chat with the bot. Scenarios share one
    /// loaded page: loading it costs 6-9 s of script parsing on a 2-core machine, and a fresh page would
    /// not isolate much anyway, since the emulator's user, chats and the bot's store stay the same.
    /// </summary>
    public async Task<TeamsChatPage> OpenTeamsAsync()
    {
        var chat = new TeamsChatPage(page!, BotName);
        await chat.ResetAsync(PlaygroundUrl);
        return chat;
    }

    /// <summary>How many shared weekly card updates (PUTs to the emulator) the bot reported so far.</summary>
    public int WeeklyUpdates => Volatile.Read(ref weeklyUpdates);

    /// <summary>
    /// Waits until the bot has sent more than <paramref name="seen"/> shared weekly card updates. A vote's shared
    /// update races the voter's next click: landing after that click's answer, it replaces the answer's notice.
    /// </summary>
    public async Task WaitForWeeklyUpdateAsync(int seen)
    {
        var deadline = DateTime.UtcNow + TeamsChatPage.Wait;
        while (WeeklyUpdates <= seen)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The bot sent no shared weekly card update within {TeamsChatPage.Wait} ({seen} before).");
            }

            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (context is not null)
            {
                await context.DisposeAsync();
            }

            if (browser is not null)
            {
                await browser.CloseAsync();
            }
        }
        catch (PlaywrightException)
        {
            // The browser is gone already; its driver is stopped below.
        }

        (context, page, browser) = (null, null, null);
        playwright?.Dispose();
        playwright = null;
        SaveLogs();
        playground?.Dispose();
        bot?.Dispose();
        playground = bot = null;
        try
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder; the OS cleans it.
        }
    }

    private async Task OpenPageAsync()
    {
        context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
            Locale = "nl-NL",
        });
        page = await context.NewPageAsync();
        await new TeamsChatPage(page, BotName).LoadAsync(PlaygroundUrl);
    }

    private async Task StartBotAsync()
    {
        var dll = BotDll();

        // The port can be taken between probing and binding; a bot that fails to bind is retried on another.
        for (var attempt = 1; ; attempt++)
        {
            BotUrl = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
            var environment = new Dictionary<string, string>(BotSettings)
            {
                ["Storage__DataDirectory"] = Path.Combine(workDirectory, "bot-data"),
            };
            bot = ChildProcess.Start("The bot", "dotnet", [dll, "--urls", BotUrl.ToString().TrimEnd('/'), "--contentRoot", Path.GetDirectoryName(dll)!], workDirectory, environment,
                onLine: line =>
                {
                    if (WeeklyUpdated().IsMatch(line))
                    {
                        Interlocked.Increment(ref weeklyUpdates);
                    }
                });
            try
            {
                await bot.WaitUntilAsync($"answering {BotUrl}healthz", () => IsServingAsync(new Uri(BotUrl, "healthz")), StartTimeout);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && bot.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                bot.Dispose();
            }
        }
    }

    private async Task StartPlaygroundAsync()
    {
        var cli = Path.Combine(RepoPaths.Root, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The Teams client emulator is not installed ({cli}): run 'npm ci' in {RepoPaths.Root} (scripts/test.sh does).");
        }

        var config = Path.Combine(AppContext.BaseDirectory, "playground", ".m365agentsplayground.yml");
        var environment = new Dictionary<string, string>
        {
            ["TEAMSAPPTESTER_BROWSER"] = "none",
            ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = config,
        };
        var port = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);

        // Its working directory gets ./devTools/m365agentsplayground.log (kept with the artifacts).
        playground = ChildProcess.Start(
            "The Teams client emulator (M365 Agents Playground)",
            "node",
            [cli, "-e", new Uri(BotUrl, "api/messages").ToString(), "-c", "msteams", "-p", port, "--dt"],
            workDirectory,
            environment);

        // It silently takes another port when the one asked for is busy: read the one it prints.
        await playground.WaitUntilAsync("printing 'Listening on <port>'", () => Task.FromResult(ListeningPort() is not null), StartTimeout, PlaygroundLog);
        PlaygroundUrl = new Uri($"http://127.0.0.1:{ListeningPort()}/");
        await playground.WaitUntilAsync($"serving its page at {PlaygroundUrl}", () => IsServingAsync(PlaygroundUrl), StartTimeout, PlaygroundLog);
    }

    private string? ListeningPort()
    {
        var match = ListeningLine().Match(playground!.Output);
        return match.Success ? match.Groups["port"].Value : null;
    }

    private string PlaygroundLog() =>
        File.Exists(PlaygroundLogFile) ? $"--- {PlaygroundLogFile} ---\n{ChildProcess.Tail(File.ReadAllText(PlaygroundLogFile))}" : string.Empty;

    /// <summary>Keeps the processes' output with the screenshots, for a failure seen only in CI.</summary>
    private void SaveLogs()
    {
        try
        {
            var folder = RepoPaths.Artifacts("teams-client-logs");
            if (bot is not null)
            {
                File.WriteAllText(Path.Combine(folder, "bot.log"), bot.Output);
            }

            if (playground is not null)
            {
                File.WriteAllText(Path.Combine(folder, "playground-stdout.log"), playground.Output);
            }

            if (File.Exists(PlaygroundLogFile))
            {
                File.Copy(PlaygroundLogFile, Path.Combine(folder, "playground.log"), overwrite: true);
            }
        }
        catch (IOException)
        {
            // Logs are a convenience; a failure to write them must not hide the test result.
        }
    }

    private static string BotDll()
    {
        var configured = Environment.GetEnvironmentVariable("SAFETYBOT_BOT_DLL");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : throw new InvalidOperationException($"SAFETYBOT_BOT_DLL points to {configured}, which does not exist.");
        }

        // The test assembly is in tests/EndToEnd/bin/<Configuration>/net10.0/; the bot of the same configuration is in Bot/bin/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = RepositoryPaths.BotDll(RepositoryPaths.Root, configuration);
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The bot is not built ({dll}): run 'dotnet build SafetyBot.sln -c {configuration}' first, or set SAFETYBOT_BOT_DLL.");
    }

    private static async Task<bool> IsServingAsync(Uri url)
    {
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>The emulator writes "Listening on PORT" to stdout (when it is not a terminal) once it serves.</summary>
    /// <summary>The updater's Debug line after a shared weekly card PUT succeeded.</summary>
    [GeneratedRegex(@"Weekly card for \S+ updated \(")]
    private static partial Regex WeeklyUpdated();

    [GeneratedRegex(@"^Listening on (?<port>\d+)", RegexOptions.Multiline)]
    private static partial Regex ListeningLine();
}

[CollectionDefinition(Name)]
public sealed class TeamsClientCollection : ICollectionFixture<TeamsClientFixture>
{
    public const string Name = "Teams client";
}
