using SafetyBot.Bot.Channel;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// Writes an admin action to the audit log after the action took effect: who (the user key of the
/// activity's sender), the tenant, and what the caller says (kind, target, setting with old and new value).
/// A store that cannot take the entry does not undo or fail the action (it is done, and the turn's own
/// writes went to the same store a moment before): a warning names the action kind and the exception
/// type, never an id or user text (docs/storage.md, "When the store is down").
/// </summary>
public sealed partial class AuditRecorder(IAuditLog log, ILogger<AuditRecorder> logger)
{
    /// <summary>True when the entry was stored.</summary>
    public async Task<bool> RecordAsync(
        Activity activity,
        string action,
        string? target,
        (string Name, string? Old, string? New)? setting = null,
        string? detail = null,
        CancellationToken cancellationToken = default)
    {
        if (UserKey.Of(activity) is not { } actor)
        {
            LogNoActor(logger, action);
            return false;
        }

        try
        {
            await log.AppendAsync(
                new AuditEntry
                {
                    ActorKey = actor,
                    Action = action,
                    TenantId = activity.TenantId,
                    Target = target,
                    Setting = setting?.Name,
                    OldValue = setting?.Old,
                    NewValue = setting?.New,
                    Detail = detail,
                },
                cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, action, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit log: the admin action {Action} took effect but could not be recorded: {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string action, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit log: the admin action {Action} took effect but has no sender to record")]
    private static partial void LogNoActor(ILogger logger, string action);
}
