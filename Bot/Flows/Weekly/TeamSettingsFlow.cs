using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>
/// <c>@SafetyBot instellingen</c> in a team channel: the team's weekly settings (day, time, region,
/// school type, pause). Rights (docs/design.md, "Audience and rights"): with <c>School:Admins</c> set
/// only they may change them, otherwise anyone in the team.
/// </summary>
public sealed partial class TeamSettingsFlow(
    ITeamSettingsStore settings,
    IOptions<WeeklyOptions> weekly,
    IOptions<SchoolOptions> school,
    AuditRecorder audit,
    ILogger<TeamSettingsFlow> logger) : IBotFlow
{
    /// <summary>The settings' names in the audit log (<see cref="AuditActions.TeamSettingChanged"/>).</summary>
    public const string ScheduleSetting = "weekly_schedule";
    public const string RegionSetting = "region";
    public const string AudienceSetting = "audience";
    public const string PausedSetting = "weekly_paused";

    public static readonly IReadOnlySet<string> Regions = new HashSet<string>(StringComparer.Ordinal) { "noord", "midden", "zuid" };

    public void MapRoutes(RouteTableBuilder routes) => routes
        .OnCommand(Commands.Settings, ShowAsync)
        .OnVerb(TeamSettingsCard.SaveVerb, SaveAsync);

    private async Task ShowAsync(TurnContext turn)
    {
        if (turn.Activity.ChannelData?.Team?.Id is not { Length: > 0 } teamId)
        {
            await turn.SendTextAsync(SettingsStrings.OnlyInTeams);
            return;
        }

        var current = await settings.GetAsync(teamId, turn.Cancellation) ?? new TeamSettings { TeamId = teamId };
        await turn.SendCardAsync(TeamSettingsCard.Build(View(current, CanEdit(turn))), CardStrings.SettingsTitle);
    }

    private async Task<InvokeResponse> SaveAsync(TurnContext turn)
    {
        if (turn.Activity.ChannelData?.Team?.Id is not { Length: > 0 } teamId || turn.ActionData is not { } data)
        {
            return InvokeResponse.BadRequest(SettingsStrings.OnlyInTeams);
        }

        var current = await settings.GetAsync(teamId, turn.Cancellation) ?? new TeamSettings { TeamId = teamId };
        if (!CanEdit(turn))
        {
            return InvokeResponse.Card(TeamSettingsCard.Build(View(current, canEdit: false) with { Notice = CardStrings.SettingsAdminsOnly, NoticeIsError = true }));
        }

        var (change, error) = Read(data);
        if (change is null)
        {
            return InvokeResponse.Card(TeamSettingsCard.Build(View(current, canEdit: true) with { Notice = error, NoticeIsError = true }));
        }

        var replaced = current;
        var saved = await settings.UpdateAsync(
            teamId,
            existing => (replaced = existing) with
            {
                TenantId = existing.TenantId ?? turn.Activity.TenantId,
                WeeklySchedule = change.Schedule,
                Region = change.Region,
                Audience = change.Audience,
                WeeklyPaused = change.Paused,
            },
            cancellationToken: turn.Cancellation);
        LogSaved(logger, saved.WeeklyPaused);
        foreach (var changed in Changes(replaced, saved))
        {
            await audit.RecordAsync(turn.Activity, AuditActions.TeamSettingChanged, teamId, changed, cancellationToken: turn.Cancellation);
        }

        return InvokeResponse.Card(TeamSettingsCard.Build(View(saved, canEdit: true) with { Notice = CardStrings.SettingsSaved }));
    }

    /// <summary>The settings a save changed, with their stored values before and after (no free text: all are checked choices).</summary>
    private static IEnumerable<(string Name, string? Old, string? New)> Changes(TeamSettings before, TeamSettings after)
    {
        (string, string?, string?)[] all =
        [
            (ScheduleSetting, before.WeeklySchedule, after.WeeklySchedule),
            (RegionSetting, before.Region, after.Region),
            (AudienceSetting, before.Audience, after.Audience),
            (PausedSetting, before.WeeklyPaused ? "true" : "false", after.WeeklyPaused ? "true" : "false"),
        ];
        return all.Where(s => !string.Equals(s.Item2, s.Item3, StringComparison.Ordinal));
    }

    private bool CanEdit(TurnContext turn)
    {
        var admins = school.Value.AdminIds;
        return admins.Count == 0 || (turn.Activity.From?.AadObjectId is { } id && admins.Contains(id));
    }

    private TeamSettingsView View(TeamSettings current, bool canEdit)
    {
        var (day, at) = WeeklySchedules.ToDayAndTime(current.WeeklySchedule)
            ?? WeeklySchedules.ToDayAndTime(weekly.Value.Schedule)
            ?? (1, new TimeOnly(8, 0));
        var audience = current.Audience is null ? [] : AudienceCodes.Codes(AudienceCodes.ParseList(current.Audience)).ToList();
        return new TeamSettingsView(day, at.ToString("HH:mm", CultureInfo.InvariantCulture), current.Region, audience, current.WeeklyPaused, canEdit);
    }

    private sealed record Change(string Schedule, string? Region, string? Audience, bool Paused);

    /// <summary>The card's inputs, checked; a Dutch reason when one is not acceptable.</summary>
    private static (Change? Change, string? Error) Read(JsonElement data)
    {
        string? Field(string name) => data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;

        if (!int.TryParse(Field("day"), NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 5)
        {
            return (null, SettingsStrings.BadDay);
        }

        if (!TimeOnly.TryParseExact(Field("time"), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return (null, SettingsStrings.BadTime);
        }

        if (at.Hour is < 6 or > 20)
        {
            return (null, SettingsStrings.TimeOutsideDay);
        }

        var region = Field("region");
        if (string.IsNullOrEmpty(region) || region == TeamSettingsCard.DefaultRegion)
        {
            region = null;
        }
        else if (!Regions.Contains(region))
        {
            return (null, SettingsStrings.BadRegion);
        }

        var codes = (Field("audience") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Any(c => AudienceCodes.TryParse(c) is null))
        {
            return (null, SettingsStrings.BadAudience);
        }

        var audience = codes.Length == 0 ? null : string.Join(',', AudienceCodes.Codes(AudienceCodes.ParseList(string.Join(',', codes))));
        var paused = string.Equals(Field("paused"), "true", StringComparison.OrdinalIgnoreCase);
        return (new Change(WeeklySchedules.FromDayAndTime(day, new TimeOnly(at.Hour, at.Minute)), region, audience, paused), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Team weekly settings saved (paused: {Paused})")]
    private static partial void LogSaved(ILogger logger, bool paused);
}

public static class SettingsStrings
{
    public const string OnlyInTeams = "De instellingen van de weekkaart horen bij een team: typ **@SafetyBot instellingen** in een teamkanaal.";
    public const string BadDay = "Kies een dag van maandag tot en met vrijdag.";
    public const string BadTime = "Kies een tijd, bijvoorbeeld 08:00.";
    public const string TimeOutsideDay = "Kies een tijd tussen 06:00 en 20:59, zodat de weekkaart op een werkmoment komt.";
    public const string BadRegion = "Kies als regio noord, midden of zuid.";
    public const string BadAudience = "Kies als schooltype po, vo of mbo.";
}
