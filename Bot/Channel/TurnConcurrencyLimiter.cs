using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Channel;

/// <summary>
/// The global cap beside the per-user limit: at most <c>RateLimit:MaxConcurrentTurns</c> user-driven turns
/// (messages and invokes) run at once on this instance. A turn beyond it is not queued (a queue would only
/// move the wait past Teams' 15 seconds): it is answered at once as busy. Conversation events (installs,
/// greetings) are rare, keep state in step with Teams, and are never refused.
/// </summary>
public sealed class TurnConcurrencyLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentTurns,
        QueueLimit = 0,
    });

    public int Limit { get; } = options.Value.MaxConcurrentTurns;

    /// <summary>
    /// A slot for the turn, held until it is disposed; null when the turn does not count (an event). A lease
    /// that is not acquired means every slot is taken.
    /// </summary>
    public RateLimitLease? TryEnter(Activity activity) =>
        activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.Invoke) ? limiter.AttemptAcquire() : null;

    public void Dispose() => limiter.Dispose();
}
