using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SafetyBot.Bot.KnowledgeHosting;

/// <summary>Ready once the index is built.</summary>
public sealed class KnowledgeHealthCheck(LoadedKnowledge knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.Index.PassageCount > 0
            ? HealthCheckResult.Healthy($"{knowledge.Index.PassageCount} passages")
            : HealthCheckResult.Unhealthy("the knowledge index is empty"));
}
