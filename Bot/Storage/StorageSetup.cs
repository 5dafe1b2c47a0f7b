using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Storage.Schema;
using SafetyBot.Bot.Storage.Sql;

namespace SafetyBot.Bot.Storage;

public static class StorageSetup
{
    /// <summary>
    /// The state store picked by <c>Storage:*</c> (validated at start), its migrations (applied before
    /// the app takes requests), the stores, retention, and the <c>/readyz</c> check.
    /// </summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp => StoreDatabase.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<StoreMigrator>();
        services.AddHostedService<StoreMigrationStartup>();

        services.AddSingleton<IConversationReferenceStore, SqlConversationReferenceStore>();
        services.AddSingleton<ITeamSettingsStore, SqlTeamSettingsStore>();
        services.AddSingleton<IUserPreferenceStore, SqlUserPreferenceStore>();
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.AddSingleton<IUnansweredQuestionStore, SqlUnansweredQuestionStore>();
        services.AddSingleton<IWeeklyStore, SqlWeeklyStore>();
        services.AddSingleton<IQuizStore, SqlQuizStore>();
        services.AddSingleton<IUserActivityStore, SqlUserActivityStore>();
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<AuditRecorder>();
        services.AddSingleton<IFollowUpContextStore, SqlFollowUpContextStore>();
        services.AddSingleton<UserActivityRecorder>();
        services.AddSingleton<IUserDataReader, SqlUserDataReader>();
        services.AddSingleton<SqlUserDataEraser>();
        services.AddSingleton<IUserDataEraser>(sp => sp.GetRequiredService<SqlUserDataEraser>());
        services.AddSingleton<IStoreRetention>(sp => sp.GetRequiredService<SqlUserDataEraser>());
        services.AddSingleton<StoreRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreRetentionService>());

        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthSetup.ReadyTag]);
        return builder;
    }
}

/// <summary>Migrates before the server starts listening, so no request meets an old schema.</summary>
internal sealed class StoreMigrationStartup(StoreMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
