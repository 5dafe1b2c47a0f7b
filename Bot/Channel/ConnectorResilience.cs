using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SafetyBot.Bot.Channel;

/// <summary>
/// Retries for Connector calls, only where the answer proves the message did not land: 429, 412, or a
/// connection that was never made. A timeout, 502 or 504 may have landed and goes back to the caller.
/// </summary>
public static class ConnectorResilience
{
    /// <summary>Four attempts in all.</summary>
    public const int MaxRetries = 3;

    /// <summary>No single wait is longer, whatever Retry-After says; with <see cref="MaxRetries"/> this bounds the total wait.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Per attempt. HttpClient.Timeout (set where the client is registered) bounds all attempts and waits
    /// together, and the turn's own deadline cancels sooner still.
    /// </summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(8);

    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("connector", (pipeline, context) =>
        {
            var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(400),
                MaxDelay = MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(IsCertainlyNotDelivered(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
            });
            pipeline.AddTimeout(AttemptTimeout);
        });
        return builder;
    }

    public static bool IsCertainlyNotDelivered(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed } => true,
        // No connection was made (refused, unreachable): nothing was sent.
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } } => true,
        _ => false,
    };

    /// <summary>The server's Retry-After (seconds or a date), capped; null lets the jittered backoff decide.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxDelay ? MaxDelay : wait;
    }
}
