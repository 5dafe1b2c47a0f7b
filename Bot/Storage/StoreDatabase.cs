using System.Data.Common;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// One database, SQLite or PostgreSQL: how to open a connection, how to take the migration lock, how
/// to list tables. The stores in <c>Storage/Sql</c> run the same SQL on both.
/// </summary>
public abstract class StoreDatabase : IAsyncDisposable
{
    public const string DefaultFileName = "safetybot.db";

    public abstract StoreProvider Provider { get; }

    /// <summary>An open connection for normal work.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>An open connection and a transaction that holds the migration lock until it ends.</summary>
    public abstract Task<(DbConnection Connection, DbTransaction Transaction)> BeginMigrationAsync(CancellationToken cancellationToken);

    /// <summary>Throws when the store cannot be reached (the health check).</summary>
    public abstract Task PingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// After records were erased: makes sure no copy of them is left in the database's own files (SQLite
    /// truncates its WAL). True when it is done; PostgreSQL has nothing to do here (its server removes
    /// dead rows with autovacuum).
    /// </summary>
    public virtual Task<bool> ScrubAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>
    /// Whether the store takes writes (the health check): null when it does, or the <see cref="StoreFaults"/>
    /// value when it says it will not; throws when the probe write itself fails (read-only, full disk).
    /// </summary>
    public abstract Task<string?> ProbeWriteAsync(CancellationToken cancellationToken);

    /// <summary>SQL listing the user tables of this database, one name per row.</summary>
    public abstract string ListTablesSql { get; }

    /// <summary>SQL listing the columns of table <c>@table</c>, one name per row.</summary>
    public abstract string ListColumnsSql { get; }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    public static string ResolveDataDirectory(string dataDirectory, string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(dataDirectory) ? dataDirectory : Path.Combine(contentRoot, dataDirectory));

    public static StoreDatabase Create(StorageOptions options, string contentRoot) => options.ParsedProvider switch
    {
        StoreProvider.Postgres => new PostgresStoreDatabase(options.ConnectionString!),
        _ => new SqliteStoreDatabase(Path.Combine(ResolveDataDirectory(options.DataDirectory, contentRoot), DefaultFileName)),
    };
}

/// <summary>Small ADO.NET helpers, so the stores read as SQL.</summary>
internal static class Db
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static long ToUnixMs(this DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset TimeAt(this DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static string? StringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static async Task<int> ExecuteAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task<List<T>> ReadAllAsync<T>(this DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(map(reader));
            }

            return rows;
        }
    }
}
