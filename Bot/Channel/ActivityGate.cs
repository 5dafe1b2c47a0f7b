namespace SafetyBot.Bot.Channel;

/// <summary>
/// A check that needs the parsed activity and runs before any handler: the token's endorsements and
/// serviceurl claim, the tenant allow-list. Returns null to let the activity through, or the status
/// and short reason to answer with.
/// </summary>
public interface IActivityGate
{
    ValueTask<GateRejection?> CheckAsync(HttpContext http, Activity activity);
}

public sealed record GateRejection(int StatusCode, string Reason);
