using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// /readyz: the store's state as data (<c>provider</c>, <c>reachable</c>, <c>writable</c>, <c>fault</c>).
/// Unreachable: the registration's failure status (503). Reachable but refusing writes (read-only, full):
/// Degraded, which /readyz still answers with 200, because the bot still answers questions and acute
/// messages without its store (docs/storage.md, "When the store is down"). The description never
/// includes the connection string or an exception's message.
/// </summary>
public sealed class StoreHealthCheck(StoreDatabase database) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        var provider = database.Provider.ToString();
        try
        {
            await database.PingAsync(deadline.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{provider} store unreachable ({ex.GetType().Name})", data: Data(provider, reachable: false, StoreFaults.Unreachable));
        }

        string? fault;
        string? reason = null;
        try
        {
            fault = await database.ProbeWriteAsync(deadline.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            fault = StoreFaults.Of(ex);
            reason = ex.GetType().Name;
        }

        return fault is null
            ? HealthCheckResult.Healthy($"{provider} store reachable and writable", Data(provider, reachable: true, fault: null))
            : HealthCheckResult.Degraded($"{provider} store reachable but refuses writes ({fault}{(reason is null ? string.Empty : ", " + reason)})", data: Data(provider, reachable: true, fault));
    }

    private static Dictionary<string, object> Data(string provider, bool reachable, string? fault)
    {
        var data = new Dictionary<string, object>
        {
            ["provider"] = provider,
            ["reachable"] = reachable,
            ["writable"] = fault is null,
        };
        if (fault is not null)
        {
            data["fault"] = fault;
        }

        return data;
    }
}
