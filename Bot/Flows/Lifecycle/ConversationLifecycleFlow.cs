using SafetyBot.Bot.Flows.Welcome;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;

namespace SafetyBot.Bot.Flows.Lifecycle;

/// <summary>
/// The install/uninstall convention (docs/design.md, "Conversation events"): every install
/// (personal, group chat, team) stores the conversation reference, every uninstall deletes it, so
/// nothing is posted there afterwards. A team install also creates the team's default settings
/// (weekly card on, the deployment's defaults), and removal from the team deletes them.
/// A store that cannot be written is logged and does not fail the turn: the greeting (WelcomeFlow, on
/// the same conversationUpdate) still goes out (docs/storage.md, "When the store is down").
/// </summary>
public sealed partial class ConversationLifecycleFlow(
    IConversationReferenceStore references,
    ITeamSettingsStore teamSettings,
    AuditRecorder audit,
    TimeProvider time,
    ILogger<ConversationLifecycleFlow> logger) : IBotFlow
{
    private static readonly string[] InstallActions = ["add", "add-upgrade"];
    private static readonly string[] UninstallActions = ["remove", "remove-upgrade"];

    public void MapRoutes(RouteTableBuilder routes)
    {
        routes.OnEvent("lifecycle.installed", ActivityTypes.InstallationUpdate, turn => HasAction(turn, InstallActions), turn => KeepTurnAsync(turn, StoreReferenceAsync, AuditActions.TeamBotAdded));
        routes.OnEvent("lifecycle.uninstalled", ActivityTypes.InstallationUpdate, turn => HasAction(turn, UninstallActions), turn => KeepTurnAsync(turn, DeleteReferenceAsync, AuditActions.TeamBotRemoved));
        routes.OnEvent("lifecycle.bot-added", ActivityTypes.ConversationUpdate, WelcomeFlow.BotWasAdded, turn => KeepTurnAsync(turn, StoreReferenceAsync));
        routes.OnEvent("lifecycle.bot-removed", ActivityTypes.ConversationUpdate, BotWasRemoved, turn => KeepTurnAsync(turn, DeleteReferenceAsync));
    }

    public static bool BotWasRemoved(TurnContext turn)
    {
        var botId = turn.Activity.Recipient?.Id;
        return botId is not null
            && turn.Activity.MembersRemoved?.Any(member => string.Equals(member.Id, botId, StringComparison.Ordinal)) == true;
    }

    /// <summary>The reference of the incoming activity's conversation, or null when it lacks an address.</summary>
    public static ConversationReference? ReferenceOf(Activity activity, DateTimeOffset now)
    {
        var conversationId = BaseConversationId(activity.Conversation?.Id);
        if (conversationId is null || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return null;
        }

        var type = string.IsNullOrWhiteSpace(activity.Conversation?.ConversationType)
            ? ConversationTypes.Personal
            : activity.Conversation.ConversationType;
        var personal = string.Equals(type, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase);
        return new ConversationReference
        {
            ConversationId = conversationId,
            ConversationType = type,
            TenantId = activity.TenantId,
            TeamId = activity.ChannelData?.Team?.Id,
            ChannelId = activity.ChannelData?.Channel?.Id,
            ServiceUrl = activity.ServiceUrl,
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,

            // Only a personal chat belongs to one user; "forget me" deletes it by this key.
            UserKey = personal ? UserKey.Of(activity) : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>A channel message's conversation id carries <c>;messageid=…</c>; the conversation is the part before it.</summary>
    public static string? BaseConversationId(string? conversationId)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            return null;
        }

        var cut = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return cut > 0 ? conversationId[..cut] : conversationId;
    }

    private static bool HasAction(TurnContext turn, string[] actions) =>
        actions.Any(action => string.Equals(turn.Activity.Action, action, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The store down is not the bot down: a reference that cannot be stored or deleted is logged, and
    /// the turn goes on. An uninstall that could not be recorded is caught later: the Connector answers
    /// a post there with 403/404 and the weekly scheduler marks the team unreachable.
    /// </summary>
    private async Task KeepTurnAsync(TurnContext turn, Func<TurnContext, Task> change, string? auditedTeamAction = null)
    {
        try
        {
            await change(turn);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(logger, turn.RouteName ?? "lifecycle", ex.GetType().Name);
        }

        // A team owner added or removed the app (installationUpdate comes once per install, unlike
        // conversationUpdate); removal deletes the team's settings, so it is an admin action to record.
        if (auditedTeamAction is not null && turn.Activity.ChannelData?.Team?.Id is { Length: > 0 } teamId)
        {
            await audit.RecordAsync(turn.Activity, auditedTeamAction, teamId, cancellationToken: turn.Cancellation);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the conversation change in {Route}: {ExceptionType}")]
    private static partial void LogStoreFailed(ILogger logger, string route, string exceptionType);

    private async Task StoreReferenceAsync(TurnContext turn)
    {
        if (ReferenceOf(turn.Activity, time.GetUtcNow()) is { } reference)
        {
            await references.UpsertAsync(reference, turn.Cancellation);
            if (reference.TeamId is { Length: > 0 } teamId)
            {
                // Defaults are the empty overrides; a team added again is reachable again and keeps its choices.
                await teamSettings.UpdateAsync(
                    teamId,
                    current => current.Version == 0 || current.UnreachableSince is not null
                        ? current with { TenantId = current.TenantId ?? reference.TenantId, UnreachableSince = null }
                        : current,
                    cancellationToken: turn.Cancellation);
            }
        }
    }

    private async Task DeleteReferenceAsync(TurnContext turn)
    {
        if (BaseConversationId(turn.Activity.Conversation?.Id) is { } conversationId)
        {
            await references.DeleteAsync(conversationId, turn.Cancellation);
        }

        // Removing the bot from a team removes it from every channel of that team.
        if (turn.Activity.ChannelData?.Team?.Id is { Length: > 0 } teamId)
        {
            await references.DeleteTeamAsync(teamId, turn.Cancellation);
            await teamSettings.DeleteAsync(teamId, turn.Cancellation);
        }
    }
}
