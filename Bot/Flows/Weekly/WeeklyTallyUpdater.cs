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
/// votes in a second cost two PUTs, and no vote is left out of the last one. A card's entry is dropped
/// once its update is sent and the interval has passed without a new change, so the state held here
/// grows with the cards being voted on, not with every card ever voted on.
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

    /// <summary>How many cards this instance holds state for (for tests: entries go once their update is sent).</summary>
    public int TrackedCards => cards.Count;

    private int updatesSent;

    public void Invalidate(string teamId, string week)
    {
        CardState state;
        TimeSpan due;
        while (true)
        {
            state = cards.GetOrAdd((teamId, week), _ => new CardState());
            lock (state)
            {
                if (state.Removed)
                {
                    // Dropped between the lookup and the lock: take the fresh entry.
                    continue;
                }

                if (state.Scheduled)
                {
                    return;
                }

                state.Scheduled = true;
                var next = state.LastUpdate + options.Value.TallyUpdateInterval;
                var now = time.GetUtcNow();
                due = next > now ? next - now : TimeSpan.Zero;
                break;
            }
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

        DateTimeOffset updatedAt;
        lock (state)
        {
            // From here on a new change schedules the next update; this one reads the tally after it.
            state.Scheduled = false;
            state.LastUpdate = updatedAt = time.GetUtcNow();
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

        // Not awaited (DrainAsync waits for updates, not for this): the entry keeps the interval until it passes.
        _ = DropWhenIdleAsync((teamId, week), state, updatedAt);
    }

    /// <summary>
    /// Removes the card's entry once its interval has passed with nothing scheduled; a change within the
    /// interval keeps it (and its <see cref="CardState.LastUpdate"/>, so PUTs stay one per interval).
    /// </summary>
    private async Task DropWhenIdleAsync((string Team, string Week) key, CardState state, DateTimeOffset updatedAt)
    {
        await Task.Delay(options.Value.TallyUpdateInterval, time);
        lock (state)
        {
            if (state.Scheduled || state.LastUpdate != updatedAt)
            {
                return;
            }

            state.Removed = true;
            cards.TryRemove(new KeyValuePair<(string Team, string Week), CardState>(key, state));
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

        var tally = await cardsBuilder.TallyAsync(post, dilemma, CancellationToken.None);
        if (post.Revealed)
        {
            // After the reveal the shared counts move only in steps (WeeklyTallyRules): claimed in the
            // store before the PUT, so neither a restart nor a second instance sends a smaller step.
            if (!WeeklyTallyRules.SharedUpdateDue(post.Revealed, post.ShownVoters, tally.Voters))
            {
                LogHeldBack(logger, week, tally.Voters - (post.ShownVoters ?? 0));
                return true;
            }

            try
            {
                post = await store.SavePostAsync(post with { ShownVoters = tally.Voters }, CancellationToken.None);
            }
            catch (ConcurrencyConflictException)
            {
                // Another instance took this step (or a reveal was saved): the next vote tries again.
                LogHeldBack(logger, week, tally.Voters - (post.ShownVoters ?? 0));
                return true;
            }
        }

        var view = WeeklyCards.Shared(post, dilemma, tally);
        await connector.UpdateAsync(post.ServiceUrl, post.ConversationId, activityId, OutgoingActivity.FromCard(WeeklyCard.Build(view), $"Weekkaart: {dilemma.Title}"), CancellationToken.None);
        Interlocked.Increment(ref updatesSent);
        LogUpdated(logger, week, view.Voters);
        return true;
    }

    private sealed class CardState
    {
        public bool Scheduled { get; set; }

        /// <summary>Dropped from the dictionary: a change that still holds this entry takes a fresh one.</summary>
        public bool Removed { get; set; }

        public DateTimeOffset LastUpdate { get; set; } = DateTimeOffset.MinValue;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Weekly card for {Week} updated ({Voters} voters)")]
    private static partial void LogUpdated(ILogger logger, string week, int voters);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Weekly card for {Week} not updated: {NewVoters} new voter(s) since the shown counts, fewer than a step")]
    private static partial void LogHeldBack(ILogger logger, string week, int newVoters);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly card for {Week} could not be updated: {Error}; the next vote or reveal tries again")]
    private static partial void LogUpdateFailed(ILogger logger, string week, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutting down with {Count} weekly card update(s) still pending")]
    private static partial void LogShutdownPending(ILogger logger, int count);
}
