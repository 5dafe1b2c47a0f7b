using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Protocol.Auth;

/// <summary>A Bot Framework token's signing key must be endorsed for the activity's channel (e.g. msteams).</summary>
public sealed class EndorsementGate : IActivityGate
{
    public ValueTask<GateRejection?> CheckAsync(HttpContext http, Activity activity)
    {
        var token = http.Features.Get<ChannelToken>();
        if (token is null)
        {
            return ValueTask.FromResult<GateRejection?>(new(StatusCodes.Status401Unauthorized, "no validated channel token"));
        }

        // Entra keys carry no endorsements; the issuer and audience already pin the channel service.
        if (token.Kind == ChannelTokenKind.Entra)
        {
            return ValueTask.FromResult<GateRejection?>(null);
        }

        var endorsed = !string.IsNullOrEmpty(activity.ChannelId)
            && token.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase);
        return ValueTask.FromResult(endorsed ? null : new GateRejection(StatusCodes.Status401Unauthorized, "signing key is not endorsed for this channel"));
    }
}

/// <summary>The token's <c>serviceurl</c> claim, when present, must be the activity's serviceUrl: replies go only where the channel said.</summary>
public sealed class ServiceUrlGate : IActivityGate
{
    public ValueTask<GateRejection?> CheckAsync(HttpContext http, Activity activity)
    {
        var token = http.Features.Get<ChannelToken>();
        if (token is null)
        {
            return ValueTask.FromResult<GateRejection?>(new(StatusCodes.Status401Unauthorized, "no validated channel token"));
        }

        if (token.ServiceUrl is null || Same(token.ServiceUrl, activity.ServiceUrl))
        {
            return ValueTask.FromResult<GateRejection?>(null);
        }

        return ValueTask.FromResult<GateRejection?>(new(StatusCodes.Status401Unauthorized, "serviceurl claim does not match the activity"));
    }

    private static bool Same(string claim, string? serviceUrl) =>
        serviceUrl is not null && string.Equals(claim.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}

/// <summary><c>AllowedTenants</c>: when set, activities from any other tenant (or none) get 403.</summary>
public sealed class TenantGate(IOptions<BotAuthOptions> options) : IActivityGate
{
    private readonly IReadOnlySet<string> allowed = options.Value.AllowedTenantIds;

    public ValueTask<GateRejection?> CheckAsync(HttpContext http, Activity activity)
    {
        if (allowed.Count == 0 || (activity.TenantId is { } tenant && allowed.Contains(tenant)))
        {
            return ValueTask.FromResult<GateRejection?>(null);
        }

        return ValueTask.FromResult<GateRejection?>(new(StatusCodes.Status403Forbidden, "tenant is not allowed"));
    }
}
