using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Channel;

/// <summary><c>RateLimit:*</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public int PerUserPerMinute { get; set; } = 30;

    /// <summary>Turns (messages, invokes) running at once on this instance; beyond it a turn is answered as busy.</summary>
    public int MaxConcurrentTurns { get; set; } = 64;
}

public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var failures = new List<string>();
        if (options.PerUserPerMinute is < 1 or > 10_000)
        {
            failures.Add("RateLimit:PerUserPerMinute must be between 1 and 10000.");
        }

        if (options.MaxConcurrentTurns is < 1 or > 10_000)
        {
            failures.Add("RateLimit:MaxConcurrentTurns must be between 1 and 10000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
