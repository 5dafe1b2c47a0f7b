using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace SafetyBot.Bot.Channel.Auth;

/// <summary>Outbound tokens for the Connector, per <c>MicrosoftAppType</c>; MSAL caches them until near expiry.</summary>
public static class ConnectorTokenProviders
{
    public static IConnectorTokenProvider Create(IServiceProvider services)
    {
        var auth = services.GetRequiredService<IOptions<BotAuthOptions>>().Value;
        var httpClients = services.GetRequiredService<IMsalHttpClientFactory>();
        var logger = services.GetRequiredService<ILogger<MsalConnectorTokenProvider>>();

        if (auth.Type == AppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(auth.MicrosoftAppId!))
                .WithHttpClientFactory(httpClients)
                .Build();
            return new MsalConnectorTokenProvider(
                ct => identity.AcquireTokenForManagedIdentity(BotAuthOptions.BotFrameworkIssuer).ExecuteAsync(ct),
                logger);
        }

        // The authority host is configuration, not input: no instance discovery call to validate it.
        var application = ConfidentialClientApplicationBuilder.Create(auth.MicrosoftAppId)
            .WithClientSecret(auth.MicrosoftAppPassword)
            .WithAuthority($"{auth.Auth.AuthorityHost.TrimEnd('/')}/{auth.AuthorityTenant}", validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClients)
            .Build();
        return new MsalConnectorTokenProvider(
            ct => application.AcquireTokenForClient([BotAuthOptions.ConnectorScope]).ExecuteAsync(ct),
            logger);
    }
}

/// <summary>Asks MSAL for the Connector token; MSAL answers from its cache until the token is near expiry.</summary>
public sealed partial class MsalConnectorTokenProvider(Func<CancellationToken, Task<AuthenticationResult>> acquire, ILogger<MsalConnectorTokenProvider> logger)
    : IConnectorTokenProvider
{
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await acquire(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            // The error code only: MSAL messages can carry request details.
            LogTokenFailed(logger, ex.ErrorCode);
            throw new ConnectorException(DeliveryFailure.NotDelivered, null, "no token for the connector", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The token endpoint is down or too slow: no token, so nothing was sent.
            LogTokenFailed(logger, ex.GetType().Name);
            throw new ConnectorException(DeliveryFailure.NotDelivered, null, "no token for the connector", ex);
        }
    }

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "Could not get a Connector token: {ErrorCode}")]
    private static partial void LogTokenFailed(ILogger logger, string errorCode);
}

/// <summary>MSAL's HTTP through IHttpClientFactory (pooled handlers; tests can trust a loopback certificate).</summary>
public sealed class MsalHttpClients(IHttpClientFactory httpClients) : IMsalHttpClientFactory
{
    public const string HttpClientName = "msal";

    public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
}
