using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Schema;
using SafetyBot.Bot.Storage.Sql;
using Xunit.Sdk;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>
/// A real, empty database of one provider, with every store on it: SQLite in a temp file, PostgreSQL
/// in a fresh schema of the server named by <see cref="PostgresServer.EnvironmentVariable"/>.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly Func<Task> cleanup;

    private TestStore(StoreDatabase database, Func<StoreDatabase> openAnother, Func<Task> cleanup)
    {
        Database = database;
        OpenAnother = openAnother;
        this.cleanup = cleanup;
        Migrator = new StoreMigrator(database, Time, NullLogger<StoreMigrator>.Instance);
        References = new SqlConversationReferenceStore(database, Time);
        TeamSettings = new SqlTeamSettingsStore(database, Time);
        Preferences = new SqlUserPreferenceStore(database, Time);
        Feedback = new SqlFeedbackStore(database, Time);
        Questions = new SqlUnansweredQuestionStore(database, Time);
        Weekly = new SqlWeeklyStore(database, Time);
        Quiz = new SqlQuizStore(database, Time);
        Eraser = new SqlUserDataEraser(database);
        Activity = new SqlUserActivityStore(database, Time);
        Reader = new SqlUserDataReader(database);
        Audit = new SqlAuditLog(database, Time);
        FollowUps = new SqlFollowUpContextStore(database, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    public StoreDatabase Database { get; }

    /// <summary>A second connection pool on the same database: what another bot instance would have.</summary>
    public Func<StoreDatabase> OpenAnother { get; }

    public StoreMigrator Migrator { get; }
    public IConversationReferenceStore References { get; }
    public ITeamSettingsStore TeamSettings { get; }
    public IUserPreferenceStore Preferences { get; }
    public IFeedbackStore Feedback { get; }
    public IUnansweredQuestionStore Questions { get; }
    public IWeeklyStore Weekly { get; }
    public IQuizStore Quiz { get; }
    public SqlUserDataEraser Eraser { get; }
    public IUserActivityStore Activity { get; }
    public IUserDataReader Reader { get; }
    public IAuditLog Audit { get; }
    public IFollowUpContextStore FollowUps { get; }

    /// <summary>An empty database; <paramref name="migrate"/> applies every migration.</summary>
    public static async Task<TestStore> CreateAsync(StoreProvider provider, bool migrate = true)
    {
        var store = provider == StoreProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync();
        if (migrate)
        {
            await store.Migrator.MigrateAsync();
        }

        return store;
    }

    public async Task<List<string>> TablesAsync()
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = Database.ListTablesSql;
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public async Task<List<string>> ColumnsAsync(string table)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = Database.ListColumnsSql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>Runs a scalar query (test SQL only).</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await cleanup();
    }

    private static TestStore CreateSqlite()
    {
        var directory = Directory.CreateTempSubdirectory("safetybot-store-").FullName;
        var file = Path.Combine(directory, StoreDatabase.DefaultFileName);
        return new TestStore(new SqliteStoreDatabase(file), () => new SqliteStoreDatabase(file), () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestStore> CreatePostgresAsync()
    {
        var server = PostgresServer.ConnectionString;
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString();
        return new TestStore(new PostgresStoreDatabase(connectionString), () => new PostgresStoreDatabase(connectionString), async () =>
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }
}

/// <summary>
/// The PostgreSQL server of the test run (scripts/test.sh starts one). Without it the PostgreSQL tests
/// fail under CI and are reported as skipped, with the reason, on a developer's machine.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "SAFETYBOT_TEST_POSTGRES";

    public static string? Configured => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => Configured is null && !IsCi
        ? $"{EnvironmentVariable} is not set: no PostgreSQL server (scripts/test.sh starts one; source scripts/lib/postgres.sh and run start_test_postgres)"
        : null;

    public static string ConnectionString => Configured
        ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set, and under CI the PostgreSQL store tests must run: scripts/test.sh starts the server and sets it.");

    /// <summary>A fresh, empty schema on the test server, dropped when disposed: one test's own database.</summary>
    public static async Task<PostgresSchema> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgresSchema(schema, new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString());
    }
}

public sealed class PostgresSchema(string name, string connectionString) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA {name} CASCADE", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>Runs a store test on SQLite.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqliteStoreAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreProvider.Sqlite]];
}

/// <summary>Runs a store test on PostgreSQL; skipped, visibly, only off CI when no server is configured.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresStoreAttribute : DataAttribute
{
    public PostgresStoreAttribute() => Skip = PostgresServer.SkipReason!;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreProvider.Postgres]];
}

/// <summary>A fact that needs the PostgreSQL server; same skip rule as <see cref="PostgresStoreAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason!;
}
