using Microsoft.Data.Sqlite;
using Npgsql;

namespace SafetyBot.Bot.Storage;

/// <summary>Why the store refuses work, as <c>/readyz</c> reports it (docs/storage.md, "When the store is down").</summary>
public static class StoreFaults
{
    /// <summary>The store cannot be reached: a missing SQLite file, a PostgreSQL server that does not answer.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>Reads work, writes do not: a read-only file or file system, a PostgreSQL standby or read-only database.</summary>
    public const string ReadOnly = "read-only";

    /// <summary>The disk (or the database's size limit) is full.</summary>
    public const string Full = "full";

    /// <summary>Any other failure; the service log has the exception type.</summary>
    public const string Other = "error";

    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;

    /// <summary>The fault a failed write says; <see cref="Other"/> when it says none of the above.</summary>
    public static string Of(Exception exception) => exception switch
    {
        // The primary result code is the low byte of an extended one (SQLITE_READONLY_DBMOVED is 8 | 4 << 8).
        SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) == SqliteReadOnly => ReadOnly,
        SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) == SqliteFull => Full,
        PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } => ReadOnly,
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } => Full,
        _ => Other,
    };
}
