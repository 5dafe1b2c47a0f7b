using SafetyBot.Bot.KnowledgeHosting;

namespace SafetyBot.Bot.Hosting;

public static class ReadinessSetup
{
    /// <summary>
    /// The last start-up service (see Program.cs): hosted services start in registration order, so the
    /// others (migrations, …) run while the content is still being loaded and indexed on its own thread,
    /// and the server starts listening only once it is ready. A content error stops the app at start.
    /// </summary>
    public static WebApplicationBuilder AddReadiness(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<KnowledgeStartup>();
        return builder;
    }
}
