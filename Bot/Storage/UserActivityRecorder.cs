using System.Collections.Concurrent;
using SafetyBot.Bot.Channel;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// Records that a user is still active (a message or card action), so their preference and 1:1
/// conversation reference do not expire. At most once an hour per user and instance, and never at the
/// cost of the turn: a store that cannot be reached is logged and the turn goes on.
/// </summary>
public sealed partial class UserActivityRecorder(IUserActivityStore store, TimeProvider time, ILogger<UserActivityRecorder> logger)
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromHours(1);

    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> touched = new(StringComparer.Ordinal);

    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!activity.IsType(ActivityTypes.Message) && !activity.IsType(ActivityTypes.Invoke))
        {
            return;
        }

        if (UserKey.Of(activity) is not { } userKey)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (touched.TryGetValue(userKey, out var last) && now - last < MinimumInterval && now >= last)
        {
            return;
        }

        if (touched.Count >= MaxRemembered)
        {
            touched.Clear();
        }

        touched[userKey] = now;
        try
        {
            await store.TouchAsync(userKey, cancellationToken);
        }
        catch (Exception ex)
        {
            touched.TryRemove(userKey, out _);
            LogFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record a user's activity: {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
