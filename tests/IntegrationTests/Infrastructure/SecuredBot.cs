using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Channel.Auth;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>The bot with auth on: its app id and tenant, metadata on loopback, optionally a loopback token endpoint.</summary>
public static class SecuredBot
{
    public const string AppId = "7e5b8c1a-0000-4000-8000-00000000a99d";
    public const string Tenant = "tenant-1";
    public const string Secret = "test-client-secret";

    public static BotFactory Create(OpenIdLoopback metadata, LoopbackTokenEndpoint? tokens = null)
    {
        var factory = new BotFactory()
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", Secret)
            .With("MicrosoftAppTenantId", Tenant)
            .With("MicrosoftAppType", "SingleTenant")
            .With("Auth:AllowUnauthenticated", "false")
            .With("Auth:BotFrameworkOpenIdMetadataUrl", metadata.BotFrameworkMetadataUrl)
            .With("Auth:EntraOpenIdMetadataUrl", metadata.EntraMetadataUrl);
        if (tokens is not null)
        {
            factory.With("Auth:AuthorityHost", tokens.AuthorityHost)
                .WithServices(services => services.AddHttpClient(MsalHttpClients.HttpClientName)
                    .ConfigurePrimaryHttpMessageHandler(tokens.CreateTrustingHandler));
        }

        return factory;
    }

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity, string? token, string scheme = "Bearer")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return client.SendAsync(request);
    }
}
