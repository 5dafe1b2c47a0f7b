using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Protocol.Auth;
using SafetyBot.Bot.Routing;

namespace SafetyBot.Bot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>The protocol layer: the connector client, the router over every registered flow, the endpoint.</summary>
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IConnectorTokenProvider, NoConnectorToken>();

        builder.Services.TryAddSingleton<ServiceUrlPolicy>();

        // The whole call, every attempt and wait included; each attempt has its own, shorter timeout.
        // No redirects: a redirect would carry the activity (and a bearer token, on some stacks) to a host nobody checked.
        builder.Services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(20))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddConnectorResilience();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        builder.Services.AddSingleton<UserRateLimiter>();
        builder.Services.AddSingleton(services => RouteTable.From(services.GetServices<IBotFlow>()));
        builder.Services.AddSingleton<ActivityRouter>();
        builder.Services.AddScoped<MessagesEndpoint>();
        return builder;
    }

    /// <summary>
    /// <c>POST /api/messages</c>, behind the channel token when auth is on. The route table is built here,
    /// so a duplicate route stops the app at start.
    /// </summary>
    public static WebApplication MapBot(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<RouteTable>();
        var endpoint = app.MapPost("/api/messages", (HttpContext http, MessagesEndpoint endpoint) => endpoint.HandleAsync(http))
            .DisableAntiforgery();
        if (BotAuthentication.IsEnabled(app.Services))
        {
            endpoint.RequireAuthorization(BotAuthentication.Policy);
        }

        return app;
    }
}
