using System.Globalization;

namespace SafetyBot.LoadTest;

/// <summary>The command line of the load run. Every phase is bounded by these numbers.</summary>
public sealed class LoadOptions
{
    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(60);
    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(5);
    public int Users { get; private set; } = 2000;
    public int Concurrency { get; private set; } = 16;

    /// <summary>RateLimit:PerUserPerMinute given to the bot for the run: high, so the limiter is passed through, not measured.</summary>
    public int RateLimitPerUserPerMinute { get; private set; } = 10_000;

    public int ColdStarts { get; private set; } = 3;
    public string Targets { get; private set; } = "both";
    public string? BotDll { get; private set; }
    public string? OutputFile { get; private set; }

    /// <summary>Extra environment for the bot (experiments such as DOTNET_gcServer=0), named in the report.</summary>
    public Dictionary<string, string> BotEnvironment { get; } = [];

    public const string Usage = """
        SafetyBot load test: starts the bot (and a bare ASP.NET Core echo app) on 127.0.0.1 and
        measures POST /api/messages with expectReplies.

          dotnet run -c Release --project tests/LoadTest -- [options]

          --duration <s>       measured load per target (default 60)
          --warmup <s>         unmeasured load before it (default 5)
          --users <n>          simulated users, each in their own conversation (default 2000)
          --concurrency <n>    requests in flight = connections (default 16)
          --rate-limit <n>     RateLimit:PerUserPerMinute for the bot during the run (default 10000)
          --cold-starts <n>    bot starts measured to the first answer (default 3; the last one takes the load)
          --target <t>         bot, echo or both (default both)
          --bot-dll <path>     the built bot (default Bot/bin/<configuration>/net10.0/SafetyBot.Bot.dll)
          --bot-env <K=V>      extra environment variable for the bot, repeatable (e.g. DOTNET_gcServer=0)
          --out <file>         also write the Markdown report to this file

          echo --port <n>      (internal) run the echo app
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Value(), CultureInfo.InvariantCulture) is var n && n > 0 ? n : throw new ArgumentException($"{args[i]} must be positive");
            switch (args[i])
            {
                case "--duration": options.Duration = TimeSpan.FromSeconds(Int()); break;
                case "--warmup": options.Warmup = TimeSpan.FromSeconds(int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--users": options.Users = Int(); break;
                case "--concurrency": options.Concurrency = Int(); break;
                case "--rate-limit": options.RateLimitPerUserPerMinute = Int(); break;
                case "--cold-starts": options.ColdStarts = Int(); break;
                case "--target": options.Targets = Value() is "bot" or "echo" or "both" ? args[i] : throw new ArgumentException("--target is bot, echo or both"); break;
                case "--bot-dll": options.BotDll = Value(); break;
                case "--out": options.OutputFile = Value(); break;
                case "--bot-env":
                    var pair = Value().Split('=', 2);
                    options.BotEnvironment[pair[0]] = pair.Length == 2 && pair[0].Length > 0 ? pair[1] : throw new ArgumentException("--bot-env takes KEY=VALUE");
                    break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (options.Duration > TimeSpan.FromMinutes(10) || options.Warmup > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException("keep the run bounded: --duration at most 600, --warmup at most 60");
        }

        return options;
    }

    public bool Runs(string target) => Targets == "both" || Targets == target;
}
