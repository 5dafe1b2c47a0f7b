using System.Globalization;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;

namespace SafetyBot.Bot.Flows.Audit;

/// <summary>
/// <c>logboek</c> for the admins in <c>School:Admins</c>, in a 1:1 chat: the newest entries of the audit
/// log of admin actions (docs/privacy.md, "Audit log"), times in the deployment's time zone. Read only:
/// nothing in the bot edits or deletes an entry.
/// </summary>
public sealed class AuditLogFlow(
    IAuditLog log,
    IOptions<SchoolOptions> school,
    IOptions<StorageOptions> storage,
    IOptions<WeeklyOptions> weekly) : IBotFlow
{
    /// <summary>How many of the newest entries the card shows.</summary>
    public const int ShownEntries = 40;

    public void MapRoutes(RouteTableBuilder routes) => routes.OnCommand(Commands.AuditLog, ShowAsync);

    private async Task ShowAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || !school.Value.IsAdmin(turn.Activity.From?.AadObjectId))
        {
            await turn.SendTextAsync(AuditLogStrings.NotAllowed);
            return;
        }

        var entries = await log.LatestAsync(ShownEntries, turn.Cancellation);
        await turn.SendCardAsync(AuditLogCard.Build(View(entries, UserKey.Of(turn.Activity))), CardStrings.AuditLogTitle);
    }

    public AuditLogView View(IReadOnlyList<AuditEntry> entries, string? viewerKey)
    {
        var zone = weekly.Value.Zone;
        var lines = entries.Select(e => new AuditLogLine(
            TimeZoneInfo.ConvertTime(e.CreatedAt, zone).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
            AuditLogStrings.Action(e.Action, e.Detail),
            AuditLogStrings.Actor(e.ActorKey, viewerKey),
            e.Target is null ? null : string.Format(CultureInfo.InvariantCulture, AuditLogStrings.TeamTarget, e.Target),
            e.Setting is null ? null : AuditLogStrings.Change(e.Setting, e.OldValue, e.NewValue)))
            .ToList();
        return new AuditLogView(lines, ShownEntries, storage.Value.RetentionDays);
    }
}
