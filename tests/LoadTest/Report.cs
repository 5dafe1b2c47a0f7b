using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SafetyBot.LoadTest;

/// <summary>The Markdown report: settings, one row per target, the reply mix, the goals.</summary>
internal sealed class Report
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public Report(LoadOptions options, TargetResult? bot, TargetResult? echo)
    {
        Errors = (bot?.Load.Errors ?? 0) + (echo?.Load.Errors ?? 0) + (bot?.WarmupErrors ?? 0) + (echo?.WarmupErrors ?? 0);
        var md = new StringBuilder();
        md.AppendLine(En, $"Load on `POST /api/messages` (expectReplies), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {Environment.ProcessorCount} cores, "
            + $"{RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}; the load generator runs on the same cores as the server. "
            + $"{options.Users:N0} users (each their own conversation), {options.Concurrency} requests in flight over {options.Concurrency} connections, "
            + $"{options.Warmup.TotalSeconds:0} s warm-up (not measured), then {options.Duration.TotalSeconds:0} s measured per target; "
            + $"bot with `RateLimit__PerUserPerMinute={options.RateLimitPerUserPerMinute}`{string.Concat(options.BotEnvironment.Select(e => $", `{e.Key}={e.Value}`"))}. "
            + $"Load average at the end: {SystemCpu.LoadAverage() ?? "?"}.");
        md.AppendLine();
        md.AppendLine("| target | requests | errors | throughput | p50 | p95 | p99 | max | peak RSS during load | peak RSS (VmHWM) | server CPU | generator CPU | other processes' CPU | start to first answer (process CPU) |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, result) in new[] { ("bot", bot), ("echo (bare ASP.NET Core)", echo) })
        {
            if (result is null)
            {
                continue;
            }

            var load = result.Load;
            var seconds = load.Elapsed.TotalSeconds;
            md.AppendLine(En, $"| {name} | {load.Requests:N0} | {load.Errors:N0} | {load.Throughput:N0} req/s | {Ms(load.PercentileMs(50))} | {Ms(load.PercentileMs(95))} | {Ms(load.PercentileMs(99))} | {Ms(load.PercentileMs(100))} "
                + $"| {Mb(result.PeakRssDuringLoad)} | {Mb(result.PeakRssLifetime)} | {result.ServerCpu.TotalSeconds:0.0} s ({result.ServerCpu.TotalSeconds / seconds:0.00} cores) "
                + $"| {result.GeneratorCpu.TotalSeconds:0.0} s ({result.GeneratorCpu.TotalSeconds / seconds:0.00} cores) "
                + $"| {result.OtherCpu.TotalSeconds:0.0} s ({result.OtherCpu.TotalSeconds / seconds:0.00} cores) | {string.Join(", ", result.ColdStarts.Zip(result.ColdStartCpu).Select(t => $"{t.First.TotalMilliseconds:0} ms ({t.Second.TotalMilliseconds:0} ms CPU)"))} |");
        }

        md.AppendLine();
        foreach (var (name, result) in new[] { ("bot", bot), ("echo", echo) })
        {
            if (result is null)
            {
                continue;
            }

            var load = result.Load;
            md.AppendLine(En, $"- {name}: replies {string.Join(", ", load.Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value:N0}"))}; "
                + $"HTTP {string.Join(", ", load.StatusCodes.OrderBy(k => k.Key).Select(k => $"{k.Key} × {k.Value:N0}"))}; exceptions {load.Exceptions}; warm-up errors {result.WarmupErrors}; "
                + $"{load.UsersSeen:N0} users sent at most {load.MaxPerUser} messages each ({load.MaxPerUser / load.Elapsed.TotalMinutes:0.0} a minute); "
                + $"RSS idle after start {Mb(result.IdleRss)}, after the load {Mb(result.RssAfterLoad)}.");
            if (name == "bot")
            {
                md.AppendLine(En, $"- bot, asked → got: {string.Join(", ", load.Mix.OrderBy(k => k.Key.Asked).ThenBy(k => k.Key.Got).Select(k => $"{k.Key.Asked} → {k.Key.Got} {k.Value:N0}"))}.");
            }

            if (load.FirstError is not null)
            {
                md.AppendLine(En, $"- {name}, first error: `{load.FirstError.ReplaceLineEndings(" ")}`");
            }
        }

        if (bot is not null)
        {
            var load = bot.Load;
            md.AppendLine();
            md.AppendLine("| goal | measured | met |");
            md.AppendLine("| --- | ---: | --- |");
            md.AppendLine(En, $"| ≥ 1,000 answered messages/s | {load.Throughput:N0}/s | {Met(load.Throughput >= 1000 && load.Errors == 0)} |");
            md.AppendLine(En, $"| p99 < 50 ms | {Ms(load.PercentileMs(99))} | {Met(load.PercentileMs(99) < 50)} |");
            md.AppendLine(En, $"| RSS < 200 MB (peak, VmHWM) | {Mb(bot.PeakRssLifetime)} | {Met(bot.PeakRssLifetime < 200L * 1024 * 1024)} |");
            md.AppendLine(En, $"| start to first answer < 2 s (slowest of {bot.ColdStarts.Count}) | {bot.ColdStarts.Max().TotalMilliseconds:0} ms | {Met(bot.ColdStarts.Max() < TimeSpan.FromSeconds(2))} |");
            md.AppendLine(En, $"| no errors | {load.Errors:N0} | {Met(load.Errors == 0)} |");
        }

        Markdown = md.ToString();
    }

    public string Markdown { get; }
    public long Errors { get; }

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", En) + " ms";
    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", En) + " MB";
    private static string Met(bool met) => met ? "met" : "**not met**";
}
