using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Channel.Auth;

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

/// <summary>
/// A Bot Framework token must carry a <c>serviceurl</c> claim equal to the activity's serviceUrl: replies go
/// only where the channel said. An Entra token has no such claim, so an allowed Entra caller gets its
/// replies in the response (<c>expectReplies</c>) and nothing is sent to a serviceUrl it chose; its
/// <c>tid</c> must be the activity's tenant.
/// </summary>
public sealed class ServiceUrlGate : IActivityGate
{
    public ValueTask<GateRejection?> CheckAsync(HttpContext http, Activity activity) => ValueTask.FromResult(Check(http.Features.Get<ChannelToken>(), activity));

    private static GateRejection? Check(ChannelToken? token, Activity activity)
    {
        if (token is null)
        {
            return new(StatusCodes.Status401Unauthorized, "no validated channel token");
        }

        if (token.Kind == ChannelTokenKind.Entra)
        {
            if (!activity.ExpectsReplies)
            {
                return new(StatusCodes.Status401Unauthorized, "an Entra-issued token may only be used with deliveryMode expectReplies");
            }

            if (token.TenantId is not { } tid || !string.Equals(tid, activity.TenantId, StringComparison.OrdinalIgnoreCase))
            {
                return new(StatusCodes.Status401Unauthorized, "the token's tenant (tid) is not the activity's tenant");
            }

            return token.ServiceUrl is null || Same(token.ServiceUrl, activity.ServiceUrl)
                ? null
                : new(StatusCodes.Status401Unauthorized, "serviceurl claim does not match the activity");
        }

        if (token.ServiceUrl is null)
        {
            return new(StatusCodes.Status401Unauthorized, "the token has no serviceurl claim");
        }

        return Same(token.ServiceUrl, activity.ServiceUrl)
            ? null
            : new(StatusCodes.Status401Unauthorized, "serviceurl claim does not match the activity");
    }

    private static bool Same(string claim, string? serviceUrl) =>
        serviceUrl is not null && string.Equals(claim.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}

/// <summary>The activity's serviceUrl, when it has one, must be a host the bot may send its token to (<see cref="ServiceUrlPolicy"/>).</summary>
public sealed class ServiceUrlHostGate(ServiceUrlPolicy policy) : IActivityGate
{
    public ValueTask<GateRejection?> CheckAsync(HttpContext http, Activity activity) =>
        ValueTask.FromResult(activity.ServiceUrl is null || policy.Check(activity.ServiceUrl) is not { } reason
            ? null
            : new GateRejection(StatusCodes.Status401Unauthorized, reason + " (see Auth:AllowedServiceUrlHosts)"));
}

/// <summary>
/// <c>AllowedTenants</c> (by default a SingleTenant bot's own tenant): activities from any other tenant (or
/// none) get 403, and so does an activity that names two different tenants.
/// </summary>
public sealed class TenantGate(IOptions<BotAuthOptions> options) : IActivityGate
{
    private readonly IReadOnlySet<string> allowed = options.Value.AllowedTenantIds;

    public ValueTask<GateRejection?> CheckAsync(HttpContext http, Activity activity)
    {
        if (activity.ChannelData?.Tenant?.Id is { } channelTenant && activity.Conversation?.TenantId is { } conversationTenant
            && !string.Equals(channelTenant, conversationTenant, StringComparison.OrdinalIgnoreCase))
        {
            return ValueTask.FromResult<GateRejection?>(new(StatusCodes.Status403Forbidden, "channelData.tenant.id and conversation.tenantId differ"));
        }

        if (allowed.Count == 0 || (activity.TenantId is { } tenant && allowed.Contains(tenant)))
        {
            return ValueTask.FromResult<GateRejection?>(null);
        }

        return ValueTask.FromResult<GateRejection?>(new(StatusCodes.Status403Forbidden, "tenant is not allowed"));
    }
}
