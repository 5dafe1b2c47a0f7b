using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using SafetyBot.Bot.Storage;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Storage;

/// <summary>How the app starts with its store: the settings, the SQLite file, PostgreSQL, and /readyz.</summary>
public sealed class StorageHostingTests
{
    [Theory]
    [InlineData("Storage:Provider", "MongoDb", "Storage:Provider must be Sqlite or Postgres")]
    [InlineData("Storage:Provider", "Postgres", "Storage:ConnectionString is required")]
    [InlineData("Storage:RetentionDays", "0", "Storage:RetentionDays must be 1 or more")]
    [InlineData("Storage:ConnectionString", "Host=db", "Storage:ConnectionString is only used with Storage:Provider Postgres")]
    public async Task A_bad_storage_setting_stops_the_app_at_start_naming_the_key(string key, string value, string message)
    {
        await using var factory = new BotFactory().With(key, value);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
        Assert.Contains(message, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_postgres_connection_string_that_does_not_parse_stops_the_app_without_echoing_it()
    {
        await using var factory = new BotFactory().With("Storage:Provider", "Postgres").With("Storage:ConnectionString", "Host=db;Password=s3cret;Nonsense Key=1");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = (error.InnerException ?? error).Message;
        Assert.Contains("Storage:ConnectionString is not a valid PostgreSQL connection string", message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_the_store_is_a_sqlite_file_in_wal_mode_under_the_data_directory_and_readyz_passes()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var file = Path.Combine(factory.DataDirectory, StoreDatabase.DefaultFileName);
        Assert.True(File.Exists(file));
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Readyz_fails_while_the_sqlite_store_is_gone_and_the_store_does_not_silently_start_empty()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        SqliteConnection.ClearAllPools();
        Directory.Delete(factory.DataDirectory, recursive: true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        await Assert.ThrowsAsync<SqliteException>(() => factory.Services.GetRequiredService<IConversationReferenceStore>().ListAsync());
    }

    [Fact]
    public async Task The_health_check_reports_an_unreachable_postgres_server_unhealthy_without_its_address()
    {
        var port = LoopbackPort.Free();
        await using var database = new PostgresStoreDatabase($"Host=127.0.0.1;Port={port};Username=nobody;Database=none;Timeout=2");
        var result = await new StoreHealthCheck(database).CheckHealthAsync(StoreContractTests.HealthContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain(port.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Description, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_health_check_reports_a_read_only_postgres_session_degraded_as_data()
    {
        await using var schema = await PostgresServer.CreateSchemaAsync();
        var readOnly = new NpgsqlConnectionStringBuilder(schema.ConnectionString) { Options = "-c default_transaction_read_only=on" }.ToString();
        await using var database = new PostgresStoreDatabase(readOnly);

        var result = await new StoreHealthCheck(database).CheckHealthAsync(StoreContractTests.HealthContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(true, result.Data["reachable"]);
        Assert.Equal(false, result.Data["writable"]);
        Assert.Equal(StoreFaults.ReadOnly, result.Data["fault"]);
    }

    [PostgresFact]
    public async Task With_provider_postgres_the_app_migrates_the_server_and_stores_installs_there()
    {
        var schema = "app_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE SCHEMA {schema}", admin).ExecuteNonQueryAsync();
        }

        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { SearchPath = schema }.ToString();
            await using var factory = new BotFactory().With("Storage:Provider", "Postgres").With("Storage:ConnectionString", connectionString);
            using var client = factory.CreateClient();

            Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(Activities.Installation("add", "a:pg-1"))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

            await using var direct = new PostgresStoreDatabase(connectionString);
            var stored = await new Bot.Storage.Sql.SqlConversationReferenceStore(direct, TimeProvider.System).GetAsync("a:pg-1");
            Assert.NotNull(stored);
        }
        finally
        {
            await using var admin = new NpgsqlConnection(PostgresServer.ConnectionString);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin).ExecuteNonQueryAsync();
        }
    }
}
