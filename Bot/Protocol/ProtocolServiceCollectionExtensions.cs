using SafetyBot.Bot.Routing;

namespace SafetyBot.Bot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>The protocol layer: the connector client, the router over every registered flow, the endpoint.</summary>
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IConnectorTokenProvider, NoConnectorToken>();
        builder.Services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(20));
        builder.Services.AddSingleton(services => RouteTable.From(services.GetServices<IBotFlow>()));
        builder.Services.AddSingleton<ActivityRouter>();
        builder.Services.AddScoped<MessagesEndpoint>();
        return builder;
    }

    /// <summary><c>POST /api/messages</c>. The route table is built here, so a duplicate route stops the app at start.</summary>
    public static WebApplication MapBot(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<RouteTable>();
        app.MapPost("/api/messages", (HttpContext http, MessagesEndpoint endpoint) => endpoint.HandleAsync(http))
            .DisableAntiforgery();
        return app;
    }
}
