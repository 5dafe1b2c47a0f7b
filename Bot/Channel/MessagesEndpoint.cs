using System.Diagnostics;
using System.Text.Json.Nodes;
using SafetyBot.Bot.Routing;

namespace SafetyBot.Bot.Channel;

/// <summary>
/// <c>POST /api/messages</c>: read and check the activity, run the turn inline within its deadline,
/// then answer: the invoke result, the buffered replies (expectReplies), or 200.
/// </summary>
public sealed partial class MessagesEndpoint(
    ActivityRouter router,
    IEnumerable<IActivityGate> gates,
    IConnectorClient connector,
    UserRateLimiter rateLimiter,
    TurnConcurrencyLimiter concurrency,
    IEnumerable<IUrgentTurn> urgentTurns,
    ILogger<MessagesEndpoint> logger)
{
    /// <summary>Under Teams' 15 seconds, so the user always hears back.</summary>
    public static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(10);

    internal const string Apology = ChannelStrings.Apology;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var parsed = await ActivityParser.ReadAsync(http.Request, http.RequestAborted);
        if (!parsed.Succeeded)
        {
            LogRejected(logger, parsed.StatusCode, parsed.Reason!);
            return Results.Json(new { error = parsed.Reason }, statusCode: parsed.StatusCode);
        }

        var activity = parsed.Activity!;
        foreach (var gate in gates)
        {
            if (await gate.CheckAsync(http, activity) is { } rejection)
            {
                LogRejected(logger, rejection.StatusCode, rejection.Reason);
                return Results.Json(new { error = rejection.Reason }, statusCode: rejection.StatusCode);
            }
        }

        IReplySink sink = activity.ExpectsReplies ? new BufferedReplySink() : new ConnectorReplySink(connector);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(TurnTimeout);
        var turn = new TurnContext(activity, sink, http.RequestServices, deadline.Token);
        var started = Stopwatch.GetTimestamp();

        try
        {
            if (rateLimiter.Check(activity) is var decision && decision != RateDecision.Allowed)
            {
                await AnswerRateLimitedAsync(turn, decision);
            }
            else
            {
                using var slot = concurrency.TryEnter(activity);
                if (slot is { IsAcquired: false } && !urgentTurns.Any(u => u.IsUrgent(activity)))
                {
                    await AnswerBusyAsync(turn);
                }
                else
                {
                    await router.RouteAsync(turn);
                }
            }
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested && IsStoreFailure(ex))
        {
            // The store is down or refuses writes: what needs it (feedback, quiz, votes, "vergeet mij")
            // says so in Dutch and the turn ends with a 200; questions and acute messages never get here.
            LogStoreUnavailable(logger, ActivityTypes.ForLog(activity.Type), turn.RouteName ?? "none", ex.GetType().FullName ?? "?");
            await SayAsync(turn, ChannelStrings.StoreDown);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            // Only the exception's type and stack: its message may quote user text.
            LogTurnFailed(logger, ActivityTypes.ForLog(activity.Type), turn.RouteName ?? "none", ex.GetType().FullName ?? "?", ex.StackTrace ?? string.Empty);

            // After an ambiguous send the reply may have landed: no apology on top of it.
            if (ex is not ConnectorException { Failure: DeliveryFailure.Ambiguous })
            {
                await TryApologizeAsync(turn, sink);
            }

            return Results.Json(Body(sink, new JsonObject { ["error"] = "the bot could not handle this activity" }), statusCode: StatusCodes.Status500InternalServerError);
        }

        LogTurnHandled(logger, ActivityTypes.ForLog(activity.Type), turn.RouteName ?? "none", Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        if (turn.InvokeResponse is { } invoke)
        {
            return invoke.Body is null ? Results.StatusCode(invoke.Status) : Results.Json(invoke.Body, statusCode: invoke.Status);
        }

        return sink is BufferedReplySink ? Results.Json(Body(sink, []), statusCode: StatusCodes.Status200OK) : Results.Ok();
    }

    /// <summary>Over the limit: a polite word (inline for invokes), and a 200 — never a 429 the user would not see.</summary>
    private async Task AnswerRateLimitedAsync(TurnContext turn, RateDecision decision)
    {
        turn.RouteName = "rate-limited";
        LogRateLimited(logger, ActivityTypes.ForLog(turn.Activity.Type));
        await SayAsync(turn, ChannelStrings.RateLimited, tellInChat: decision == RateDecision.LimitedTellUser);
    }

    /// <summary>Every turn slot taken: a polite word at once (inline for invokes) and a 200, never a hang or a 5xx.</summary>
    private async Task AnswerBusyAsync(TurnContext turn)
    {
        turn.RouteName = "busy";
        LogBusy(logger, concurrency.Limit, ActivityTypes.ForLog(turn.Activity.Type));
        await SayAsync(turn, ChannelStrings.Busy);
    }

    /// <summary>
    /// The protocol layer's own word to the user: inline for a card action (an invoke), otherwise a chat
    /// message unless <paramref name="tellInChat"/> is false; a failed send is logged, never thrown.
    /// </summary>
    private async Task SayAsync(TurnContext turn, string text, bool tellInChat = true)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = InvokeResponse.Message(text);
            return;
        }

        if (!tellInChat)
        {
            return;
        }

        try
        {
            await turn.SendTextAsync(text);
        }
        catch (ConnectorException ex)
        {
            LogApologyFailed(logger, ex.GetType().Name);
        }
    }

    /// <summary>A database error anywhere in the exception chain: the store, not the turn, failed.</summary>
    private static bool IsStoreFailure(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is System.Data.Common.DbException)
            {
                return true;
            }
        }

        return false;
    }

    private async Task TryApologizeAsync(TurnContext turn, IReplySink sink)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            return;
        }

        try
        {
            using var shortWait = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await sink.SendAsync(turn.Activity, turn.Address(OutgoingActivity.FromText(Apology)), shortWait.Token);
        }
        catch (Exception ex)
        {
            LogApologyFailed(logger, ex.GetType().Name);
        }
    }

    private static JsonObject Body(IReplySink sink, JsonObject body)
    {
        if (sink is BufferedReplySink buffered)
        {
            body["activities"] = System.Text.Json.JsonSerializer.SerializeToNode(buffered.Replies, ChannelJson.Options);
        }

        return body;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn {ActivityType} in {Route} could not use the store: {ExceptionType}")]
    private static partial void LogStoreUnavailable(ILogger logger, string activityType, string route, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected activity: {Status} {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {ActivityType} by {Route} in {ElapsedMs:0.0} ms")]
    private static partial void LogTurnHandled(ILogger logger, string activityType, string route, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn {ActivityType} failed in {Route}: {ExceptionType}\n{StackTrace}")]
    private static partial void LogTurnFailed(ILogger logger, string activityType, string route, string exceptionType, string stackTrace);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limited a {ActivityType} turn")]
    private static partial void LogRateLimited(ILogger logger, string activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "All {Limit} turn slots are taken: answered a {ActivityType} turn as busy")]
    private static partial void LogBusy(ILogger logger, int limit, string activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology: {ExceptionType}")]
    private static partial void LogApologyFailed(ILogger logger, string exceptionType);
}
