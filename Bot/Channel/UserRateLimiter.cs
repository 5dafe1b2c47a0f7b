using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Channel;

public enum RateDecision
{
    Allowed,

    /// <summary>Over the limit: tell the user (once per minute).</summary>
    LimitedTellUser,

    /// <summary>Over the limit and already told this minute: answer 200 and say nothing more.</summary>
    LimitedQuietly,
}

/// <summary>
/// Per-user limit on turns the user drives (messages and invokes), keyed by <c>from.aadObjectId</c>
/// (else <c>from.id</c>). The over-limit notice has its own limit of one a minute, so a flood of
/// messages does not become a flood of replies. The limiters keep their own clock (the
/// System.Threading.RateLimiting API takes no TimeProvider).
/// </summary>
public sealed class UserRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> turns;
    private readonly PartitionedRateLimiter<string> notices;

    public UserRateLimiter(IOptions<RateLimitOptions> options)
    {
        var perMinute = options.Value.PerUserPerMinute;
        turns = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        notices = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public RateDecision Check(Activity activity)
    {
        if (!activity.IsType(ActivityTypes.Message) && !activity.IsType(ActivityTypes.Invoke))
        {
            return RateDecision.Allowed;
        }

        var user = activity.From?.AadObjectId is { Length: > 0 } objectId ? objectId : activity.From?.Id ?? string.Empty;
        using var turn = turns.AttemptAcquire(user);
        if (turn.IsAcquired)
        {
            return RateDecision.Allowed;
        }

        using var notice = notices.AttemptAcquire(user);
        return notice.IsAcquired ? RateDecision.LimitedTellUser : RateDecision.LimitedQuietly;
    }

    public void Dispose()
    {
        turns.Dispose();
        notices.Dispose();
    }
}
