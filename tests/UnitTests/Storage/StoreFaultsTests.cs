using Microsoft.Data.Sqlite;
using Npgsql;
using SafetyBot.Bot.Storage;

namespace SafetyBot.UnitTests.Storage;

/// <summary>What /readyz calls a failed write: read-only and full disks on both providers.</summary>
public sealed class StoreFaultsTests
{
    [Theory]
    [InlineData(8, StoreFaults.ReadOnly)]
    [InlineData(8 | (4 << 8), StoreFaults.ReadOnly)]
    [InlineData(13, StoreFaults.Full)]
    [InlineData(5, StoreFaults.Other)]
    public void A_sqlite_error_code_names_its_fault(int code, string fault) =>
        Assert.Equal(fault, StoreFaults.Of(new SqliteException("test", code)));

    [Theory]
    [InlineData(PostgresErrorCodes.ReadOnlySqlTransaction, StoreFaults.ReadOnly)]
    [InlineData(PostgresErrorCodes.DiskFull, StoreFaults.Full)]
    [InlineData(PostgresErrorCodes.UniqueViolation, StoreFaults.Other)]
    public void A_postgres_sql_state_names_its_fault(string sqlState, string fault) =>
        Assert.Equal(fault, StoreFaults.Of(new PostgresException("test", "ERROR", "ERROR", sqlState)));

    [Fact]
    public void Any_other_exception_is_an_other_fault() =>
        Assert.Equal(StoreFaults.Other, StoreFaults.Of(new TimeoutException()));
}
