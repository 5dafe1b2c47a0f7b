using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>
/// Keeps the shared weekly card current with batched <c>PUT</c>s: a change marks the card dirty; the
/// card is replaced at once when it was not updated for <see cref="WeeklyOptions.TallyUpdateSeconds"/>,
/// else once when that interval has passed, with the tally read from the store at that moment. Fifty
/// votes in a second cost two PUTs, and no vote is left out of the last one.
/// </summary>
public sealed partial class WeeklyTallyUpdater(
    IServiceProvider services,
    IConnectorClient connector,
    IOptions<WeeklyOptions> options,
    TimeProvider time,
    ILogger<WeeklyTallyUpdater> logger) : IHostedService
{
    private readonly ConcurrentDictionary<(string Team, string Week), CardState> cards = new();
    private readonly ConcurrentDictionary<Task, bool> running = new();

    /// <summary>How many PUTs this instance sent (for tests and the load report).</summary>
    public int UpdatesSent => Volatile.Read(ref updatesSent);

    private int updatesSent;

    public void Invalidate(string teamId, string week)
    {
        var state = cards.GetOrAdd((teamId, week), _ => new CardState());
        TimeSpan due;
        lock (state)
        {
            if (state.Scheduled)
            {
                return;
            }

            state.Scheduled = true;
            var next = state.LastUpdate + options.Value.TallyUpdateInterval;
            var now = time.GetUtcNow();
            due = next > now ? next - now : TimeSpan.Zero;
        }

        var task = RunAsync(teamId, week, state, due);
        running.TryAdd(task, true);
        _ = task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>Waits until every scheduled update has been sent (tests, shutdown).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (!running.IsEmpty)
        {
            await Task.WhenAll(running.Keys).WaitAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>On shutdown the pending updates still go out, so the cards show every acknowledged vote.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DrainAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogShutdownPending(logger, running.Count);
        }
    }

    private async Task RunAsync(string teamId, string week, CardState state, TimeSpan due)
    {
        if (due > TimeSpan.Zero)
        {
            await Task.Delay(due, time);
        }

        lock (state)
        {
            // From here on a new change schedules the next update; this one reads the tally after it.
            state.Scheduled = false;
            state.LastUpdate = time.GetUtcNow();
        }

        try
        {
            // A vote can arrive while the post that carries the card is still being recorded as Sent
            // (the teacher clicked as soon as the card appeared): wait for it rather than drop the update.
            for (var attempt = 0; !await UpdateAsync(teamId, week) && attempt < MaxWaitsForSent; attempt++)
            {
                await Task.Delay(WaitForSent, time);
            }
        }
        catch (Exception ex)
        {
            // A background update has no caller to fail: whatever went wrong is logged (its type only),
            // and the next vote or reveal schedules another update.
            LogUpdateFailed(logger, week, ex.GetType().Name);
        }
    }

    private const int MaxWaitsForSent = 10;

    private static readonly TimeSpan WaitForSent = TimeSpan.FromSeconds(1);

    /// <summary>Sends the update; false while the post is still being sent (try again shortly).</summary>
    private async Task<bool> UpdateAsync(string teamId, string week)
    {
        var store = services.GetRequiredService<IWeeklyStore>();
        var cardsBuilder = services.GetRequiredService<WeeklyCards>();
        var post = await store.GetPostAsync(teamId, week, CancellationToken.None);
        if (post is { Status: WeeklyPostStatus.Sending })
        {
            return false;
        }

        if (post is not { Status: WeeklyPostStatus.Sent, ActivityId: { } activityId } || cardsBuilder.Dilemma(post.DilemmaId) is not { } dilemma)
        {
            return true;
        }

        var view = await cardsBuilder.SharedAsync(post, dilemma, CancellationToken.None);
        await connector.UpdateAsync(post.ServiceUrl, post.ConversationId, activityId, OutgoingActivity.FromCard(WeeklyCard.Build(view), $"Weekkaart: {dilemma.Title}"), CancellationToken.None);
        Interlocked.Increment(ref updatesSent);
        LogUpdated(logger, week, view.Voters);
        return true;
    }

    private sealed class CardState
    {
        public bool Scheduled { get; set; }
        public DateTimeOffset LastUpdate { get; set; } = DateTimeOffset.MinValue;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Weekly card for {Week} updated ({Voters} voters)")]
    private static partial void LogUpdated(ILogger logger, string week, int voters);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly card for {Week} could not be updated: {Error}; the next vote or reveal tries again")]
    private static partial void LogUpdateFailed(ILogger logger, string week, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutting down with {Count} weekly card update(s) still pending")]
    private static partial void LogShutdownPending(ILogger logger, int count);
}
