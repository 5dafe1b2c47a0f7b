using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Channel.Auth;
using SafetyBot.Bot.Routing;

namespace SafetyBot.Bot.Channel;

public static class ChannelSetup
{
    /// <summary>
    /// The Bot Framework channel: the connector client, the router over every registered flow, the
    /// endpoint, then channel security (<see cref="BotAuthentication"/>: tokens in and out, the activity gates).
    /// </summary>
    public static WebApplicationBuilder AddChannel(this WebApplicationBuilder builder)
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
        builder.Services.AddSingleton<TurnConcurrencyLimiter>();
        builder.Services.AddSingleton(services => RouteTable.From(services.GetServices<IBotFlow>()));
        builder.Services.AddSingleton<ActivityRouter>();
        builder.Services.AddScoped<MessagesEndpoint>();

        // After the connector's defaults above: with a MicrosoftAppId the real token provider replaces NoConnectorToken.
        BotAuthentication.Add(builder);
        return builder;
    }

    /// <summary>
    /// <c>POST /api/messages</c>, behind the channel token when auth is on. The route table is built here,
    /// so a duplicate route stops the app at start.
    /// </summary>
    public static WebApplication MapChannel(this WebApplication app)
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
