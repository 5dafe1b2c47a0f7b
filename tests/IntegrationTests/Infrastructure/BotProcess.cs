using System.Diagnostics;
using System.Net;
using System.Reflection;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>The built bot (Bot/bin/&lt;Configuration&gt;/net10.0/SafetyBot.Bot.dll) as a real process on a loopback port.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    private BotProcess(ChildProcess process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var dll = BotDll();
        var port = LoopbackPort.Free();
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Auth__AllowUnauthenticated"] = "true",
            ["Auth__AllowedServiceUrlHosts"] = BotFactory.LoopbackServiceUrlHosts,
        };
        foreach (var (key, value) in environment)
        {
            variables[key] = value;
        }

        // The logs are drained (so a full pipe never blocks the bot) and not kept.
        var process = ChildProcess.Start("The bot", "dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"], Path.GetDirectoryName(dll)!, variables, outputLimit: 0);

        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited at start with code {process.ExitCode}");
            }

            try
            {
                if ((await client.GetAsync("readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        await bot.DisposeAsync();
        throw new TimeoutException($"the bot was not ready within {timeout}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, exactly what a crash or an OOM kill does.</summary>
    public void Kill() => process.Kill();

    public ValueTask DisposeAsync()
    {
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string BotDll()
    {
        var configuration = typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = RepositoryPaths.BotDll(RepositoryPaths.Root, configuration);
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the bot first ({configuration}): {dll} is missing");
    }
}
