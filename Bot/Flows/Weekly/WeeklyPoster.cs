using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Weekly;

public enum WeeklyPostOutcome
{
    Posted,
    AlreadyPosted,

    /// <summary>Claimed by another request or instance, not finished (or it crashed mid-send): never sent again.</summary>
    InProgress,

    NoDilemma,
    NotDelivered,
    Ambiguous,
    ConversationGone,
}

public sealed record WeeklyPostResult(WeeklyPostOutcome Outcome, WeeklyPost? Post, WeeklyDilemma? Dilemma);

/// <summary>Where a team's card goes: a channel conversation of the team.</summary>
public sealed record WeeklyTarget(string TeamId, string ConversationId, string ServiceUrl);

/// <summary>
/// Posts a team's card of one ISO week at most once: the (team, week) row is claimed in the store
/// before anything is sent, so a second request, a restart or a second instance finds the claim.
/// Only a send the connector proved undelivered gives the claim up for a later try. Once the send has
/// ended, its outcome is saved whatever happens to the caller's token (a turn's deadline may fire right
/// after the send): that save is bounded by <see cref="StatusSaveTimeout"/> instead.
/// </summary>
public sealed partial class WeeklyPoster(
    IWeeklyStore store,
    ITeamSettingsStore settings,
    IConnectorClient connector,
    LoadedKnowledge knowledge,
    IOptions<SchoolOptions> school,
    TimeProvider time,
    ILogger<WeeklyPoster> logger)
{
    /// <summary>How long saving a send's outcome may take; it does not depend on the caller's cancellation.</summary>
    public static readonly TimeSpan StatusSaveTimeout = TimeSpan.FromSeconds(5);

    public async Task<WeeklyPostResult> PostAsync(WeeklyTarget target, string week, CancellationToken cancellationToken)
    {
        var existing = await store.GetPostAsync(target.TeamId, week, cancellationToken);
        if (existing is not null && !existing.MayBeSentAgain)
        {
            return new WeeklyPostResult(OutcomeOf(existing.Status), existing, knowledge.Content.WeeklyDilemma(existing.DilemmaId));
        }

        var teamSettings = await settings.GetAsync(target.TeamId, cancellationToken);
        var audience = AudienceCodes.ParseList(teamSettings?.Audience ?? school.Value.Audience);
        var history = await store.ListPostsAsync(target.TeamId, cancellationToken);
        var dilemma = WeeklyDilemmaSelector.Choose(knowledge.Content.Weekly, target.TeamId, audience, week, history);
        if (dilemma is null)
        {
            return new WeeklyPostResult(WeeklyPostOutcome.NoDilemma, null, null);
        }

        var claim = new WeeklyPost
        {
            TeamId = target.TeamId, Week = week, DilemmaId = dilemma.Id,
            ConversationId = target.ConversationId, ServiceUrl = target.ServiceUrl, Status = WeeklyPostStatus.Sending,
        };
        if (!await store.TryClaimPostAsync(claim, cancellationToken))
        {
            var winner = await store.GetPostAsync(target.TeamId, week, cancellationToken);
            LogLostClaim(logger, week);
            return new WeeklyPostResult(winner is null ? WeeklyPostOutcome.InProgress : OutcomeOf(winner.Status), winner, winner is null ? null : knowledge.Content.WeeklyDilemma(winner.DilemmaId));
        }

        // Re-read for the version the claim got (a takeover of a failed send bumps it).
        var claimed = await store.GetPostAsync(target.TeamId, week, cancellationToken) ?? claim;
        var card = WeeklyCard.Build(WeeklyCards.Fresh(week, dilemma));
        try
        {
            var sent = await connector.SendAsync(target.ServiceUrl, target.ConversationId, null, OutgoingActivity.FromCard(card, $"Weekkaart: {dilemma.Title}"), cancellationToken);
            var post = await SaveOutcomeAsync(claimed with { Status = WeeklyPostStatus.Sent, ActivityId = sent.Id });
            LogPosted(logger, week);
            return new WeeklyPostResult(WeeklyPostOutcome.Posted, post, dilemma);
        }
        catch (ConnectorException ex)
        {
            var status = ex.Failure switch
            {
                DeliveryFailure.NotDelivered => WeeklyPostStatus.NotDelivered,
                DeliveryFailure.ConversationGone => WeeklyPostStatus.ConversationGone,
                _ => WeeklyPostStatus.Ambiguous,
            };
            var reason = ex.Status is { } code ? $"HTTP {(int)code}" : ex.Failure.ToString();
            var post = await SaveOutcomeAsync(claimed with { Status = status, Failure = reason });
            LogFailed(logger, week, status, reason);
            if (status == WeeklyPostStatus.ConversationGone)
            {
                await MarkUnreachableAsync(target.TeamId);
            }

            return new WeeklyPostResult(OutcomeOf(status), post, dilemma);
        }
    }

    /// <summary>
    /// Saves how the send ended, on its own short timeout: a card that went out must not stay Sending
    /// because the turn that posted it ran out of time a moment later.
    /// </summary>
    private async Task<WeeklyPost> SaveOutcomeAsync(WeeklyPost post)
    {
        using var timeout = new CancellationTokenSource(StatusSaveTimeout);
        return await store.SavePostAsync(post, timeout.Token);
    }

    private async Task MarkUnreachableAsync(string teamId)
    {
        var now = time.GetUtcNow();
        using var timeout = new CancellationTokenSource(StatusSaveTimeout);
        await settings.UpdateAsync(teamId, current => current with { UnreachableSince = current.UnreachableSince ?? now }, cancellationToken: timeout.Token);
    }

    private static WeeklyPostOutcome OutcomeOf(WeeklyPostStatus status) => status switch
    {
        WeeklyPostStatus.Sent => WeeklyPostOutcome.AlreadyPosted,
        WeeklyPostStatus.Sending => WeeklyPostOutcome.InProgress,
        WeeklyPostStatus.NotDelivered => WeeklyPostOutcome.NotDelivered,
        WeeklyPostStatus.ConversationGone => WeeklyPostOutcome.ConversationGone,
        _ => WeeklyPostOutcome.Ambiguous,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly card for {Week} posted")]
    private static partial void LogPosted(ILogger logger, string week);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly card for {Week} was already claimed elsewhere")]
    private static partial void LogLostClaim(ILogger logger, string week);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly card for {Week} not posted: {Status} ({Reason}); it is not resent automatically unless the connector proved it did not land")]
    private static partial void LogFailed(ILogger logger, string week, WeeklyPostStatus status, string reason);
}
