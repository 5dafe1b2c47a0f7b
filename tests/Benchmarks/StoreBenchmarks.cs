using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Schema;
using SafetyBot.Bot.Storage.Sql;

namespace SafetyBot.Benchmarks;

/// <summary>
/// Read and write latency of the state store, per provider, on this machine: SQLite (a file in WAL mode,
/// every commit synced) and PostgreSQL on loopback. A short run: a few iterations, in process.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int SeededReferences = 1000;

    private StoreDatabase database = null!;
    private SqlConversationReferenceStore references = null!;
    private SqlTeamSettingsStore teamSettings = null!;
    private SqlFeedbackStore feedback = null!;
    private Func<Task> cleanup = null!;
    private int next;

    [Params(StoreProvider.Sqlite, StoreProvider.Postgres)]
    public StoreProvider Provider { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        (database, cleanup) = Provider == StoreProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync();
        await new StoreMigrator(database, TimeProvider.System, NullLogger<StoreMigrator>.Instance).MigrateAsync();
        references = new SqlConversationReferenceStore(database, TimeProvider.System);
        teamSettings = new SqlTeamSettingsStore(database, TimeProvider.System);
        feedback = new SqlFeedbackStore(database, TimeProvider.System);
        for (var i = 0; i < SeededReferences; i++)
        {
            await references.SaveAsync(new ConversationReference
            {
                ConversationId = $"a:conv-{i}",
                ConversationType = "personal",
                TenantId = "tenant-1",
                ServiceUrl = "https://smba.trafficmanager.net/emea/",
                BotId = "28:safetybot",
                UserKey = $"aad-{i}",
            });
        }

        await teamSettings.SaveAsync(new TeamSettings { TeamId = "team-1", Region = "midden" });
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await database.DisposeAsync();
        await cleanup();
    }

    /// <summary>Read: one conversation reference by key (what a proactive post does first).</summary>
    [Benchmark]
    public Task<ConversationReference?> ReadReference() =>
        references.GetAsync($"a:conv-{Interlocked.Increment(ref next) % SeededReferences}");

    /// <summary>Write: append one feedback record (an INSERT, committed; a new user each time, since a user's second rating of an article replaces the first).</summary>
    [Benchmark]
    public Task<FeedbackEntry> InsertFeedback() =>
        feedback.SaveAsync(new FeedbackEntry { UserKey = $"aad-{Interlocked.Increment(ref next)}", Subject = "sexting", Useful = true });

    /// <summary>Write: read-modify-write of one versioned record (SELECT + UPDATE … WHERE version = @expected).</summary>
    [Benchmark]
    public Task<TeamSettings> UpdateTeamSettings() =>
        teamSettings.UpdateAsync("team-1", s => s with { WeeklyPaused = !s.WeeklyPaused });

    private static (StoreDatabase, Func<Task>) CreateSqlite()
    {
        var directory = Directory.CreateTempSubdirectory("safetybot-bench-").FullName;
        return (new SqliteStoreDatabase(Path.Combine(directory, StoreDatabase.DefaultFileName)), Cleanup);

        Task Cleanup()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
            return Task.CompletedTask;
        }
    }

    private static async Task<(StoreDatabase, Func<Task>)> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable("SAFETYBOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("SAFETYBOT_TEST_POSTGRES is not set: start a server with scripts/lib/postgres.sh (start_test_postgres).");
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE SCHEMA {schema}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString();
        return (new PostgresStoreDatabase(connectionString), () => ExecuteAsync(server, $"DROP SCHEMA {schema} CASCADE"));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
