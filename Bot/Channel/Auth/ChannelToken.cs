namespace SafetyBot.Bot.Channel.Auth;

/// <summary>
/// What the validated inbound token says that the activity checks need: who issued it, the channels
/// its key is endorsed for (Bot Framework keys only), its <c>serviceurl</c> claim (Bot Framework), and
/// the tenant it was issued in (<c>tid</c>, Entra). Set on the request's features once JwtBearer has
/// validated the token.
/// </summary>
public sealed record ChannelToken(ChannelTokenKind Kind, IReadOnlyList<string> Endorsements, string? ServiceUrl, string? TenantId = null);
