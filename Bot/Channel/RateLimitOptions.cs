using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Channel;

/// <summary><c>RateLimit:*</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public int PerUserPerMinute { get; set; } = 30;
}

public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options) =>
        options.PerUserPerMinute is >= 1 and <= 10_000
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("RateLimit:PerUserPerMinute must be between 1 and 10000.");
}
