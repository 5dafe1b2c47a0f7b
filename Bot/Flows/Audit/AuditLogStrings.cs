using System.Globalization;
using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Audit;

/// <summary>All the audit log card says about an entry, in Dutch, from the stored kinds and values.</summary>
public static class AuditLogStrings
{
    public const string NotAllowed = "Het logboek van beheeracties is alleen voor de beheerders van SafetyBot op jouw school (in een 1-op-1-chat).";
    public const string TeamTarget = "team {0}";
    public const string You = "jij";
    public const string ErasedActor = "iemand die 'vergeet mij' gebruikte ({0})";
    public const string Default = "standaard";

    private static readonly string[] Days = ["zo", "ma", "di", "wo", "do", "vr", "za"];

    public static string Action(string action, string? detail) => action switch
    {
        AuditActions.TeamSettingChanged => "Instelling van de weekkaart gewijzigd",
        AuditActions.WeeklyRevealed => WithWeek("Uitslag van de weekkaart getoond", detail),
        AuditActions.WeeklyPosted => WithWeek("Weekkaart op verzoek geplaatst", detail),
        AuditActions.InsightsViewed => "Inzichten bekeken",
        AuditActions.TeamBotAdded => "SafetyBot aan het team toegevoegd",
        AuditActions.TeamBotRemoved => "SafetyBot uit het team verwijderd (de instellingen van het team zijn gewist)",

        // A kind added by a later version, read by an older instance: shown as stored.
        _ => action,
    };

    public static string Actor(string actorKey, string? viewerKey) =>
        AuditActor.IsPseudonym(actorKey) ? string.Format(CultureInfo.InvariantCulture, ErasedActor, actorKey)
        : string.Equals(actorKey, viewerKey, StringComparison.OrdinalIgnoreCase) ? $"{You} ({actorKey})"
        : actorKey;

    public static string Change(string setting, string? oldValue, string? newValue) =>
        $"{SettingName(setting)}: {Value(setting, oldValue)} → {Value(setting, newValue)}";

    private static string WithWeek(string text, string? week) => week is null ? text : $"{text} (week {week})";

    private static string SettingName(string setting) => setting switch
    {
        TeamSettingsFlow.ScheduleSetting => "moment",
        TeamSettingsFlow.RegionSetting => "regio",
        TeamSettingsFlow.AudienceSetting => "schooltype",
        TeamSettingsFlow.PausedSetting => "gepauzeerd",
        _ => setting,
    };

    private static string Value(string setting, string? value)
    {
        if (value is null)
        {
            return Default;
        }

        return setting switch
        {
            TeamSettingsFlow.ScheduleSetting when WeeklySchedules.ToDayAndTime(value) is (var day, var at) =>
                $"{Days[day % 7]} {at.ToString("HH:mm", CultureInfo.InvariantCulture)}",
            TeamSettingsFlow.AudienceSetting => string.Join(", ", AudienceCodes.Codes(AudienceCodes.ParseList(value))),
            TeamSettingsFlow.PausedSetting => value == "true" ? "ja" : "nee",
            _ => value,
        };
    }
}
