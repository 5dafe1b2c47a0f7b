using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SafetyBot.Bot.Hosting;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>Health checks; areas add theirs with the <see cref="ReadyTag"/> (index loaded, store reachable).</summary>
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: every ready check passes.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
