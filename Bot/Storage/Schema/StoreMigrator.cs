using System.Data.Common;

namespace SafetyBot.Bot.Storage.Schema;

/// <summary>
/// Applies the migrations a database has not had yet, all in one transaction that holds the migration
/// lock, so two instances starting at once cannot both apply one (the second finds it done).
/// </summary>
public sealed partial class StoreMigrator(StoreDatabase database, TimeProvider time, ILogger<StoreMigrator> logger)
{
    public Task<int> MigrateAsync(CancellationToken cancellationToken = default) =>
        MigrateAsync(StoreSchema.Migrations, cancellationToken);

    /// <summary>Returns the schema version the database is at afterwards.</summary>
    public async Task<int> MigrateAsync(IReadOnlyList<StoreMigration> migrations, CancellationToken cancellationToken = default)
    {
        EnsureOrdered(migrations);
        var (connection, transaction) = await database.BeginMigrationAsync(cancellationToken);
        await using (connection)
        await using (transaction)
        {
            await connection.Command(
                $"CREATE TABLE IF NOT EXISTS {StoreSchema.VersionTable} (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
                transaction).ExecuteAsync(cancellationToken);

            var applied = (await connection.Command($"SELECT version FROM {StoreSchema.VersionTable}", transaction)
                .ReadAllAsync(reader => reader.GetInt64(0), cancellationToken)).ToHashSet();

            foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await connection.Command(migration.Sql, transaction).ExecuteAsync(cancellationToken);
                await connection.Command($"INSERT INTO {StoreSchema.VersionTable} (version, name, applied_at) VALUES (@version, @name, @at)", transaction)
                    .With("version", (long)migration.Version)
                    .With("name", migration.Name)
                    .With("at", time.GetUtcNow().ToUnixMs())
                    .ExecuteAsync(cancellationToken);
                applied.Add(migration.Version);
                LogApplied(logger, database.Provider, migration.Version, migration.Name);
            }

            await transaction.CommitAsync(cancellationToken);
            var version = applied.Count == 0 ? 0 : (int)applied.Max();
            LogReady(logger, database.Provider, version);
            return version;
        }
    }

    /// <summary>The versions applied so far, in order.</summary>
    public static async Task<IReadOnlyList<int>> AppliedVersionsAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        (await connection.Command($"SELECT version FROM {StoreSchema.VersionTable} ORDER BY version")
            .ReadAllAsync(reader => (int)reader.GetInt64(0), cancellationToken));

    private static void EnsureOrdered(IReadOnlyList<StoreMigration> migrations)
    {
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version <= migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Storage migration {migrations[i].Version} is out of order or repeated.");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ({Provider}): applied migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, StoreProvider provider, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ({Provider}) is at schema version {Version}")]
    private static partial void LogReady(ILogger logger, StoreProvider provider, int version);
}
