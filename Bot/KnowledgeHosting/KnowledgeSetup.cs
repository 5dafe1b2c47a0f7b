using SafetyBot.Bot.Hosting;

namespace SafetyBot.Bot.KnowledgeHosting;

/// <summary><c>Knowledge:*</c>: loads and indexes the content while the host starts; <c>/readyz</c> waits for the index.</summary>
public static class KnowledgeSetup
{
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        builder.Services.AddSingleton(options);

        // Loading and indexing the content is the slowest part of start-up: it runs while the host is
        // built and started; KnowledgeStartup (ReadinessSetup) waits for it before the server listens, so a content error still stops the app.
        var building = Task.Run(() => LoadedKnowledge.Build(options));
        builder.Services.AddSingleton(services => new LoadedKnowledge(building.GetAwaiter().GetResult(), services.GetRequiredService<ILogger<LoadedKnowledge>>()));
        builder.Services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [HealthSetup.ReadyTag]);
        return builder;
    }
}
