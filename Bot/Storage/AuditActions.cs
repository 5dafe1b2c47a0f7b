namespace SafetyBot.Bot.Storage;

/// <summary>
/// The kinds of admin action the audit log records, stored as these strings (so an entry stays readable
/// after a kind is added). Content-owner actions get their own <c>content.*</c> kinds when they come.
/// </summary>
public static class AuditActions
{
    /// <summary>A team's weekly setting changed (one entry per setting, with old and new value).</summary>
    public const string TeamSettingChanged = "team.setting-changed";

    /// <summary>A weekly card's counts were shown to the whole team.</summary>
    public const string WeeklyRevealed = "weekly.revealed";

    /// <summary>This week's card was posted on request (<c>@SafetyBot weekkaart</c>), not by the schedule.</summary>
    public const string WeeklyPosted = "weekly.posted";

    /// <summary>An admin opened <c>inzichten</c> (masked questions of colleagues, feedback).</summary>
    public const string InsightsViewed = "insights.viewed";

    /// <summary>The app was added to a team (by a team owner).</summary>
    public const string TeamBotAdded = "team.bot-added";

    /// <summary>The app was removed from a team (by a team owner); the team's settings went with it.</summary>
    public const string TeamBotRemoved = "team.bot-removed";

    public static IReadOnlyList<string> All { get; } = [TeamSettingChanged, WeeklyRevealed, WeeklyPosted, InsightsViewed, TeamBotAdded, TeamBotRemoved];
}
