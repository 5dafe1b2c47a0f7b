using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. Every commit is synced (<c>synchronous=FULL</c>),
/// so an acknowledged write survives a killed process and a power cut. Deleted records are overwritten
/// (<c>secure_delete</c>), the WAL is emptied after an erasure (<see cref="ScrubAsync"/>), and on Unix the
/// data directory is created 0700 and the database file 0600 (SQLite gives its -wal and -shm files the
/// database file's mode).
/// </summary>
public class SqliteStoreDatabase : StoreDatabase
{
    private const string DefaultPragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";

    private readonly string createConnectionString;
    private readonly string connectionString;
    private readonly string pingConnectionString;

    public SqliteStoreDatabase(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        var builder = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = true, DefaultTimeout = 30, Mode = SqliteOpenMode.ReadWriteCreate };
        createConnectionString = builder.ToString();

        // After the migration has created the file, a missing file is an error, not a new empty store.
        builder.Mode = SqliteOpenMode.ReadWrite;
        connectionString = builder.ToString();
        builder.Pooling = false;
        pingConnectionString = builder.ToString();
    }

    public string FilePath { get; }

    public override StoreProvider Provider => StoreProvider.Sqlite;

    public override string ListTablesSql =>
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";

    public override string ListColumnsSql => "SELECT name FROM pragma_table_info(@table)";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await OpenAsync(connectionString, cancellationToken);

    /// <summary>
    /// Run on every connection as it is opened. Tests add <c>PRAGMA query_only = ON</c> to make the store
    /// refuse writes with SQLITE_READONLY, as a read-only file system does (file modes cannot: tests may run
    /// as root, which ignores them).
    /// </summary>
    protected virtual string ConnectionPragmas => DefaultPragmas;

    public override async Task<(DbConnection Connection, DbTransaction Transaction)> BeginMigrationAsync(CancellationToken cancellationToken)
    {
        PrivateFiles.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        PrivateFiles.CreateFile(FilePath);
        var connection = await OpenAsync(createConnectionString, cancellationToken);
        try
        {
            // WAL is a property of the file and must be set outside a transaction.
            await connection.Command("PRAGMA journal_mode = WAL;").ExecuteAsync(cancellationToken);

            // A file from before the store set its mode (or copied in) is made private too, with its WAL.
            PrivateFiles.Restrict(FilePath);
            PrivateFiles.Restrict(FilePath + "-wal");
            PrivateFiles.Restrict(FilePath + "-shm");

            // Microsoft.Data.Sqlite starts a non-deferred transaction with BEGIN IMMEDIATE: the write lock
            // is taken now, so a second instance starting at the same moment waits here (busy_timeout).
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            return (connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// After an erasure: copies every committed page into the database file, where secure_delete has
    /// overwritten the erased records, and truncates the WAL, whose older frames still hold them.
    /// Returns false when a reader kept the WAL from being truncated (the next erasure or retention pass
    /// tries again).
    /// </summary>
    public override async Task<bool> ScrubAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        var rows = await connection.Command("PRAGMA wal_checkpoint(TRUNCATE);")
            .ReadAllAsync(row => row.GetInt64(0), cancellationToken);
        return rows.Count == 1 && rows[0] == 0;
    }

    public override async Task PingAsync(CancellationToken cancellationToken)
    {
        // A fresh, unpooled connection: a pooled one keeps a deleted file open and would say all is well.
        await using var connection = await OpenAsync(pingConnectionString, cancellationToken);
        await using var command = connection.Command("SELECT count(*) FROM schema_version");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// Rewrites the header's <c>user_version</c> with its own value: one committed, synced write that
    /// changes nothing. A read-only file or file system fails it with SQLITE_READONLY, a full disk (when
    /// the WAL must grow) with SQLITE_FULL. A fresh, unpooled connection, as for the ping.
    /// </summary>
    public override async Task<string?> ProbeWriteAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(pingConnectionString, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long version;
        await using (var read = connection.Command("PRAGMA user_version", transaction))
        {
            version = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await connection.Command("PRAGMA user_version = " + version.ToString(CultureInfo.InvariantCulture), transaction).ExecuteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    private async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.Command(ConnectionPragmas).ExecuteAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
