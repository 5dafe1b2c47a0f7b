namespace SafetyBot.Bot.KnowledgeHosting;

/// <summary>
/// Waits for the content to be loaded and indexed (it runs on its own thread from the moment the app is
/// configured); registered last by <see cref="Hosting.ReadinessSetup.AddReadiness"/>, so the server starts
/// listening only once it is ready. A content error stops the app at start.
/// </summary>
internal sealed class KnowledgeStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(services.GetRequiredService<LoadedKnowledge>, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
