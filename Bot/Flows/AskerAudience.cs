using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows;

/// <summary>
/// docs/design.md, "Audience and rights": the asker's audience is their one-time choice (stored), else
/// School:Audience, else all. When the store cannot be read the choice counts as not made: the question
/// is still answered, for School:Audience (docs/storage.md, "When the store is down").
/// </summary>
public sealed partial class AskerAudience(IUserPreferenceStore preferences, IOptions<SchoolOptions> school, ILogger<AskerAudience> logger)
{
    public async Task<Audience> ResolveAsync(TurnContext turn)
    {
        if (await ChosenAsync(turn) is { } chosen)
        {
            return chosen;
        }

        return AudienceCodes.ParseList(school.Value.Audience);
    }

    /// <summary>The user's own choice, when they made one and the store can say so.</summary>
    public async Task<Audience?> ChosenAsync(TurnContext turn)
    {
        if (UserKey.Of(turn.Activity) is not { } key)
        {
            return null;
        }

        try
        {
            return await preferences.GetAsync(key, turn.Cancellation) is { Audience: { } code } ? AudienceCodes.TryParse(code) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPreferenceUnreadable(logger, ex.GetType().Name);
            return null;
        }
    }

    public Task SaveAsync(TurnContext turn, Audience audience)
    {
        var key = UserKey.Of(turn.Activity) ?? throw new InvalidOperationException("The activity has no user to store a choice for.");
        var code = AudienceCodes.Codes(audience).Single();
        return preferences.UpdateAsync(key, current => current with { Audience = code }, cancellationToken: turn.Cancellation);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the user's audience choice, using School:Audience: {ExceptionType}")]
    private static partial void LogPreferenceUnreadable(ILogger logger, string exceptionType);
}
