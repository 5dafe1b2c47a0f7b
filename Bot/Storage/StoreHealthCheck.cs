using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SafetyBot.Bot.Storage;

/// <summary>/readyz: the store answers within a few seconds. The reason never includes the connection string.</summary>
public sealed class StoreHealthCheck(StoreDatabase database) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await database.PingAsync(deadline.Token);
            return HealthCheckResult.Healthy($"{database.Provider} store reachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{database.Provider} store unreachable ({ex.GetType().Name})");
        }
    }
}
