using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Storage;

/// <summary>Once at start and then daily: deletes the expiring records (see StoreSchema.Tables) older than Storage:RetentionDays.</summary>
public sealed partial class StoreRetentionService(
    IStoreRetention retention,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<StoreRetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>One pass; tests call it directly with a moved clock.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = await retention.DeleteExpiredAsync(cutoff, cancellationToken);
        LogPruned(logger, deleted, options.Value.RetentionDays);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The store may be briefly unreachable; the next day's pass catches up.
                LogFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage retention: deleted {Count} records older than {Days} days")]
    private static partial void LogPruned(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage retention failed: {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
