using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SafetyBot.Bot.Channel.Auth;

/// <summary>Which authority issued an inbound token; it decides where the signing keys come from.</summary>
public enum ChannelTokenKind
{
    BotFramework,
    Entra,
}

/// <summary>
/// One <see cref="ConfigurationManager{T}"/> per metadata URL (Bot Framework, the bot's Entra tenant).
/// They cache the OpenID metadata and JWKS, refresh on their own schedule, and refresh early when a
/// token names a key they do not know (key rotation).
/// </summary>
public sealed class OpenIdMetadataSources
{
    public const string HttpClientName = "openid-metadata";

    public OpenIdMetadataSources(IHttpClientFactory httpClients, IOptions<BotAuthOptions> options)
    {
        var auth = options.Value;
        BotFramework = Create(httpClients, auth.Auth.BotFrameworkOpenIdMetadataUrl);
        Entra = Create(httpClients, auth.EntraMetadataUrl);
    }

    public ConfigurationManager<OpenIdConnectConfiguration> BotFramework { get; }

    public ConfigurationManager<OpenIdConnectConfiguration> Entra { get; }

    public ConfigurationManager<OpenIdConnectConfiguration> For(ChannelTokenKind kind) =>
        kind == ChannelTokenKind.BotFramework ? BotFramework : Entra;

    /// <summary>
    /// The channels a Bot Framework signing key is endorsed for: the <c>endorsements</c> array of the key
    /// in the JWKS (kept by IdentityModel in the key's additional data). Empty when the key is unknown.
    /// </summary>
    public async Task<IReadOnlyList<string>> EndorsementsAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(keyId))
        {
            return [];
        }

        var configuration = await BotFramework.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw))
        {
            return [];
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            string single => [single],
            IEnumerable<object> items => [.. items.Select(i => i is JsonElement e && e.ValueKind == JsonValueKind.String ? e.GetString()! : i?.ToString() ?? string.Empty)],
            _ => [],
        };
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(IHttpClientFactory httpClients, string metadataUrl) =>
        new(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
            {
                // Plain http only for loopback test servers; the validator refuses it anywhere else.
                RequireHttps = !BotAuthOptionsValidator.IsPlainHttpLoopback(metadataUrl),
            });
}
