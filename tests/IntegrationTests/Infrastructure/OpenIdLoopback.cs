using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>
/// Bot Framework's and Entra's OpenID metadata and JWKS, served on 127.0.0.1 in their real shapes
/// (Bot Framework keys carry <c>endorsements</c>, Entra keys none). Keys can be added later (rotation).
/// </summary>
public sealed class OpenIdLoopback : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<TestSigningKey> botFrameworkKeys = [];
    private readonly List<TestSigningKey> entraKeys = [];
    private int botFrameworkKeyFetches;

    private OpenIdLoopback(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string BotFrameworkMetadataUrl => $"{BaseUrl}/botframework/v1/.well-known/openidconfiguration";

    /// <summary>With the <c>{tenant}</c> placeholder, as the setting takes it.</summary>
    public string EntraMetadataUrl => BaseUrl + "/{tenant}/v2.0/.well-known/openid-configuration";

    public int BotFrameworkKeyFetches => Volatile.Read(ref botFrameworkKeyFetches);

    public static async Task<OpenIdLoopback> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var loopback = new OpenIdLoopback(app);
        loopback.Map(app);
        await app.StartAsync();
        loopback.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return loopback;
    }

    public void AddBotFrameworkKey(TestSigningKey key)
    {
        lock (gate)
        {
            botFrameworkKeys.Add(key);
        }
    }

    public void AddEntraKey(TestSigningKey key)
    {
        lock (gate)
        {
            entraKeys.Add(key);
        }
    }

    private void Map(WebApplication web)
    {
        web.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = Issuers.BotFramework,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = $"{BaseUrl}/botframework/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        web.MapGet("/botframework/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref botFrameworkKeyFetches);
            return Results.Json(Jwks(botFrameworkKeys));
        });
        web.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new JsonObject
        {
            ["issuer"] = Issuers.EntraV2(tenant),
            ["token_endpoint"] = $"{BaseUrl}/{tenant}/oauth2/v2.0/token",
            ["jwks_uri"] = $"{BaseUrl}/{tenant}/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        web.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) => Results.Json(Jwks(entraKeys)));
    }

    private JsonObject Jwks(List<TestSigningKey> keys)
    {
        lock (gate)
        {
            return new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
