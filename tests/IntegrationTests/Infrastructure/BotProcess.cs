using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>The built bot (Bot/bin/&lt;Configuration&gt;/net10.0/SafetyBot.Bot.dll) as a real process on a loopback port.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;

    private BotProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var dll = BotDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Auth__AllowUnauthenticated"] = "true";
        start.Environment["Auth__AllowedServiceUrlHosts"] = BotFactory.LoopbackServiceUrlHosts;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");

        // Drain the logs so a full pipe never blocks the bot.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

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
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static string BotDll()
    {
        var configuration = typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SafetyBot.sln")))
            {
                var dll = Path.Combine(directory.FullName, "Bot", "bin", configuration, "net10.0", "SafetyBot.Bot.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the bot first ({configuration}): {dll} is missing");
            }
        }

        throw new DirectoryNotFoundException("SafetyBot.sln not found above the test output");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
