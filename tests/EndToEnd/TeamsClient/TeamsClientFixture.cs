using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SafetyBot.EndToEnd.CardRendering;

namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>
/// The built bot and the Microsoft 365 Agents Playground (the Teams client emulator) as real
/// processes on loopback, and Debian's Chromium driven by Playwright. Every wait is bounded; when
/// something cannot start, the failure names it.
/// </summary>
public sealed partial class TeamsClientFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly StringBuilder botOutput = new();
    private readonly StringBuilder playgroundOutput = new();
    private readonly string workDirectory = Path.Combine(Path.GetTempPath(), "safetybot-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? bot;
    private Process? playground;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The address the Playground serves its Teams-like web UI on.</summary>
    public string PlaygroundUrl { get; private set; } = string.Empty;

    public string BotUrl { get; private set; } = string.Empty;

    /// <summary>Settings given to the bot for every scenario (the school's contacts on the act-now card).</summary>
    public static readonly IReadOnlyDictionary<string, string> BotSettings = new Dictionary<string, string>
    {
        ["School__Name"] = "OBS De Regenboog",
        ["School__Contacts__SafeguardingOfficer"] = "Aandachtsfunctionaris A. de Wit, 06-11112222",
        ["School__Contacts__Management"] = "Directie, 030-1234567",
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(workDirectory);
        var botPort = FreePort();
        BotUrl = $"http://127.0.0.1:{botPort}";
        bot = Start("dotnet", [BotDll(), "--urls", BotUrl], workDirectory, botOutput, new Dictionary<string, string>(BotSettings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__DataDirectory"] = Path.Combine(workDirectory, "data"),
        });
        await WaitUntilAsync("the bot (/healthz)", () => IsUp($"{BotUrl}/healthz"), bot, botOutput);

        var cli = Path.Combine(RepoPaths.Root, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The Teams client emulator is not installed ({cli}); run 'npm ci' (scripts/test.sh does).");
        }

        var playgroundPort = FreePort();
        playground = Start("node", [cli, "-e", $"{BotUrl}/api/messages", "-c", "msteams", "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt"],
            workDirectory, playgroundOutput, new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });

        // The emulator silently takes another port when its port is busy: read the address it prints.
        await WaitUntilAsync("the Teams client emulator", () => Task.FromResult(ListeningAddress() is not null), playground, playgroundOutput);
        PlaygroundUrl = ListeningAddress()!;
        await WaitUntilAsync("the Teams client emulator's page", () => IsUp(PlaygroundUrl), playground, playgroundOutput);

        try
        {
            playwright = await Playwright.CreateAsync();
            Browser = await BrowserLauncher.LaunchAsync(playwright);
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Chromium could not start for the end-to-end tests: {ex.Message}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        Stop(playground);
        Stop(bot);
        try
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; nothing in it matters.
        }
    }

    public string BotLog
    {
        get
        {
            lock (botOutput)
            {
                return botOutput.ToString();
            }
        }
    }

    private string? ListeningAddress()
    {
        string text;
        lock (playgroundOutput)
        {
            text = playgroundOutput.ToString();
        }

        var match = ListeningLine().Match(text);
        return match.Success ? $"http://127.0.0.1:{match.Groups["port"].Value}" : null;
    }

    private static string BotDll()
    {
        var configured = Environment.GetEnvironmentVariable("SAFETYBOT_BOT_DLL");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, "Bot", "bin", configuration, "net10.0", "SafetyBot.Bot.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The bot is not built ({dll}); run 'dotnet build SafetyBot.sln' first.");
    }

    private static Process Start(string file, string[] arguments, string workingDirectory, StringBuilder output, IDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        void Collect(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAsync(string what, Func<Task<bool>> ready, Process process, StringBuilder output)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{what} exited with code {process.ExitCode} while starting:\n{Tail(output)}");
            }

            if (await ready())
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{what} did not start within {StartTimeout.TotalSeconds:0} s:\n{Tail(output)}");
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length <= 3000 ? text : text[^3000..];
        }
    }

    private static async Task<bool> IsUp(string url)
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

    private static void Stop(Process? process)
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The emulator prints "Listening on PORT" once it serves.</summary>
    [GeneratedRegex(@"Listening on (?<port>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListeningLine();
}

[CollectionDefinition(Name)]
public sealed class TeamsClientCollection : ICollectionFixture<TeamsClientFixture>
{
    public const string Name = "Teams client";
}
