using SafetyBot.Bot.Channel;

namespace SafetyBot.Bot.Storage;

/// <summary>The key every per-user record is stored under: the Entra object id, else the channel's user id.</summary>
public static class UserKey
{
    public static string? Of(Activity activity) =>
        NullIfBlank(activity.From?.AadObjectId) ?? NullIfBlank(activity.From?.Id);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
