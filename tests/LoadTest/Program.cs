using System.Diagnostics;
using SafetyBot.LoadTest;

if (args is ["echo", .. var echoArgs])
{
    return await EchoServer.RunAsync(echoArgs);
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    await Console.Error.WriteLineAsync($"{ex.Message}\n\n{LoadOptions.Usage}");
    return 2;
}

var botDll = options.BotDll is { } given ? Path.GetFullPath(given) : RepositoryPaths.BotDll(RepoRoot(), BuildConfiguration);
if (options.Runs("bot") && !File.Exists(botDll))
{
    await Console.Error.WriteLineAsync($"The bot is not built at {botDll}: run `dotnet build -c Release` first.");
    return 2;
}

var runner = new Runner(options, botDll);

// The run stops itself: a watchdog kills the servers and exits if a phase hangs.
var bound = options.ColdStarts * TimeSpan.FromSeconds(30) + 2 * (options.Warmup + options.Duration + TimeSpan.FromSeconds(45));
_ = Task.Delay(bound).ContinueWith(_ =>
{
    Console.Error.WriteLine($"The run took longer than {bound.TotalSeconds:0} s: stopping.");
    runner.Dispose();
    Environment.Exit(3);
}, TaskScheduler.Default);
Console.CancelKeyPress += (_, _) => runner.Dispose();

try
{
    var report = await runner.RunAsync();
    Console.WriteLine();
    Console.WriteLine(report.Markdown);
    if (options.OutputFile is { } file)
    {
        await File.WriteAllTextAsync(file, report.Markdown);
    }

    return report.Errors == 0 ? 0 : 1;
}
catch (StartupFailedException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
finally
{
    runner.Dispose();
}

static string RepoRoot() => RepositoryPaths.TryFindRoot() ?? Directory.GetCurrentDirectory();

/// <summary>Marks the entry point's partial class so the build configuration is a constant.</summary>
internal static partial class Program
{
#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}

internal sealed class StartupFailedException(string message) : Exception(message);

/// <summary>One target's numbers: the load phase plus what the server process used.</summary>
internal sealed record TargetResult(
    PhaseResult Load,
    IReadOnlyList<TimeSpan> ColdStarts,
    IReadOnlyList<TimeSpan> ColdStartCpu,
    long IdleRss,
    long PeakRssDuringLoad,
    long PeakRssLifetime,
    long RssAfterLoad,
    TimeSpan ServerCpu,
    TimeSpan GeneratorCpu,
    TimeSpan OtherCpu,
    long WarmupErrors);

internal sealed class Runner(LoadOptions options, string botDll) : IDisposable
{
    private readonly List<ServerProcess> servers = [];
    private readonly Lock gate = new();

    public async Task<Report> RunAsync()
    {
        TargetResult? bot = null, echo = null;
        if (options.Runs("bot"))
        {
            bot = await MeasureAsync("bot", StartBot, options.ColdStarts);
        }

        if (options.Runs("echo"))
        {
            echo = await MeasureAsync("echo", StartEcho, 1);
        }

        return new Report(options, bot, echo);
    }

    private ServerProcess StartBot(int port)
    {
        var data = Directory.CreateTempSubdirectory("safetybot-load-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            // Production without an app id: the load test says explicitly that it runs unauthenticated.
            ["Auth__AllowUnauthenticated"] = "true",
            ["Storage__Provider"] = "Sqlite",
            ["Storage__DataDirectory"] = data,
            ["Weekly__SchedulerEnabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimit__PerUserPerMinute"] = options.RateLimitPerUserPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in options.BotEnvironment)
        {
            environment[key] = value;
        }

        return ServerProcess.Start(botDll, ["--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.GetDirectoryName(botDll)!], environment, port, data);
    }

    private static ServerProcess StartEcho(int port)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            // The bot's runtimeconfig has System.GC.Server = false (workstation GC); the baseline gets the same GC.
            ["DOTNET_gcServer"] = "0",
        };
        return ServerProcess.Start(typeof(EchoServer).Assembly.Location, ["echo", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], environment, port, null);
    }

    private async Task<TargetResult> MeasureAsync(string target, Func<int, ServerProcess> start, int coldStarts)
    {
        var startTimes = new List<TimeSpan>();
        var startCpu = new List<TimeSpan>();
        ServerProcess? server = null;
        for (var i = 0; i < coldStarts; i++)
        {
            if (server is not null)
            {
                Untrack(server);
                server.Dispose();
            }

            var port = ServerProcess.FreePort();
            var clock = Stopwatch.StartNew();
            server = Track(start(port));
            await FirstAnswerAsync(target, server);
            startTimes.Add(clock.Elapsed);
            startCpu.Add(server.CpuTime());
            Console.WriteLine($"{target}: start {i + 1}/{coldStarts}: first answer after {clock.Elapsed.TotalMilliseconds:0} ms, {startCpu[^1].TotalMilliseconds:0} ms CPU (pid {server.Pid}, port {server.Port})");
        }

        var idle = server!.Memory()?.Rss ?? 0;
        using var generator = new LoadGenerator(server.BaseAddress, options.Users, options.Concurrency);

        long warmupErrors = 0;
        if (options.Warmup > TimeSpan.Zero)
        {
            Console.WriteLine($"{target}: warm-up {options.Warmup.TotalSeconds:0} s (not measured)");
            warmupErrors = (await generator.RunAsync(target, options.Warmup)).Errors;
        }

        Console.WriteLine($"{target}: load {options.Duration.TotalSeconds:0} s, {options.Users} users, {options.Concurrency} in flight");
        var serverCpu = server.CpuTime();
        var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var machineCpu = SystemCpu.Busy();
        using var sampling = new CancellationTokenSource();
        var peakDuringLoad = SamplePeakRssAsync(server, sampling.Token);
        var load = await generator.RunAsync(target, options.Duration);
        await sampling.CancelAsync();
        var peak = await peakDuringLoad;
        serverCpu = server.CpuTime() - serverCpu;
        generatorCpu = Process.GetCurrentProcess().TotalProcessorTime - generatorCpu;
        var otherCpu = SystemCpu.Busy() - machineCpu - serverCpu - generatorCpu;
        var memory = server.Memory() ?? (0, 0);
        if (server.HasExited)
        {
            throw new StartupFailedException($"{target} exited during the load:\n{server.LastOutput()}");
        }

        Console.WriteLine($"{target}: {load.Requests} requests, {load.Errors} errors, {load.Throughput:0} req/s");
        if (load.FirstError is not null)
        {
            Console.WriteLine($"{target}: first error: {load.FirstError}");
        }

        Untrack(server);
        server.Dispose();
        return new TargetResult(load, startTimes, startCpu, idle, Math.Max(peak, memory.Rss), memory.Peak, memory.Rss, serverCpu, generatorCpu, otherCpu < TimeSpan.Zero ? TimeSpan.Zero : otherCpu, warmupErrors);
    }

    /// <summary>Polls every 10 ms until the first card comes back; the clock runs from before the process started.</summary>
    private static async Task FirstAnswerAsync(string target, ServerProcess server)
    {
        using var probe = new LoadGenerator(server.BaseAddress, 1, 1);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (server.HasExited)
            {
                throw new StartupFailedException($"{target} exited before answering:\n{server.LastOutput()}");
            }

            ReplyKind? kind;
            try
            {
                kind = await probe.AskOnceAsync(Questions.ColdStartProbe, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new StartupFailedException($"{target} did not answer within 30 s:\n{server.LastOutput()}");
            }

            if (kind is ReplyKind.Answer or ReplyKind.Echo)
            {
                return;
            }

            if (kind is not null)
            {
                throw new StartupFailedException($"{target}'s first reply was {kind}, not an answer card:\n{server.LastOutput()}");
            }

            await Task.Delay(10, timeout.Token);
        }
    }

    private static async Task<long> SamplePeakRssAsync(ServerProcess server, CancellationToken cancellationToken)
    {
        long peak = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, server.Memory()?.Rss ?? 0);
            try
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return peak;
    }

    private ServerProcess Track(ServerProcess server)
    {
        lock (gate)
        {
            servers.Add(server);
        }

        return server;
    }

    private void Untrack(ServerProcess server)
    {
        lock (gate)
        {
            servers.Remove(server);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var server in servers)
            {
                server.Dispose();
            }

            servers.Clear();
        }
    }
}
