using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows;

/// <summary>docs/design.md, "Audience and rights": the asker's audience is their one-time choice (stored), else School:Audience, else all.</summary>
public sealed class AskerAudience(IUserPreferenceStore preferences, IOptions<SchoolOptions> school)
{
    public async Task<Audience> ResolveAsync(TurnContext turn)
    {
        if (await ChosenAsync(turn) is { } chosen)
        {
            return chosen;
        }

        return AudienceCodes.ParseList(school.Value.Audience);
    }

    /// <summary>The user's own choice, when they made one.</summary>
    public async Task<Audience?> ChosenAsync(TurnContext turn) =>
        UserKey.Of(turn.Activity) is { } key && await preferences.GetAsync(key, turn.Cancellation) is { Audience: { } code }
            ? AudienceCodes.TryParse(code)
            : null;

    public Task SaveAsync(TurnContext turn, Audience audience)
    {
        var key = UserKey.Of(turn.Activity) ?? throw new InvalidOperationException("The activity has no user to store a choice for.");
        var code = AudienceCodes.Codes(audience).Single();
        return preferences.UpdateAsync(key, current => current with { Audience = code }, cancellationToken: turn.Cancellation);
    }
}
