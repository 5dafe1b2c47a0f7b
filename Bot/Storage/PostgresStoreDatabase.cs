using System.Data.Common;
using Npgsql;

namespace SafetyBot.Bot.Storage;

/// <summary>PostgreSQL, for several instances behind a load balancer. Tables live in the connection's current schema.</summary>
public sealed class PostgresStoreDatabase : StoreDatabase
{
    /// <summary>The advisory lock every instance takes to migrate: "SafetyBt" in ASCII.</summary>
    public const long MigrationLockKey = 0x5361666574794274;

    private readonly NpgsqlDataSource dataSource;

    public PostgresStoreDatabase(string connectionString) => dataSource = NpgsqlDataSource.Create(connectionString);

    public override StoreProvider Provider => StoreProvider.Postgres;

    public override string ListTablesSql =>
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";

    public override string ListColumnsSql =>
        "SELECT column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<(DbConnection Connection, DbTransaction Transaction)> BeginMigrationAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);

            // Held until the transaction ends: a second instance migrating at the same moment waits here.
            await connection.Command("SELECT pg_advisory_xact_lock(@key)", transaction).With("key", MigrationLockKey).ExecuteAsync(cancellationToken);
            return (connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// A standby after a failover, or a database set to <c>default_transaction_read_only</c>, refuses every
    /// write; the session says so. A full disk on the server shows only when a write fails (SQLSTATE 53100)
    /// or the server stops (then it is unreachable).
    /// </summary>
    public override async Task<string?> ProbeWriteAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("SELECT current_setting('transaction_read_only')");
        return await command.ExecuteScalarAsync(cancellationToken) is "on" ? StoreFaults.ReadOnly : null;
    }

    public override async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        await base.DisposeAsync();
    }
}
