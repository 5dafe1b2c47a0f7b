using SafetyBot.Bot.Storage.Schema;

namespace SafetyBot.Bot.Storage.Sql;

/// <summary>
/// "Forget me" and retention, driven by <see cref="StoreSchema.Tables"/>: a table that declares a user
/// key column is erased by it (or, when it is <see cref="StoreTable.PseudonymisedOnErase"/>, the key is
/// replaced by one pseudonym per erasure), a table that declares an expiry column is pruned by it. Table and
/// column names come from that constant list, never from input. After either, the database is scrubbed
/// (<see cref="StoreDatabase.ScrubAsync"/>): with SQLite's secure_delete the erased text is then in none
/// of its files.
/// </summary>
public sealed class SqlUserDataEraser(StoreDatabase database) : IUserDataEraser, IStoreRetention
{
    public async Task<int> EraseUserAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var deleted = 0;
        var pseudonym = AuditActor.NewPseudonym();
        foreach (var table in StoreSchema.Tables.Where(t => t.HoldsUserData))
        {
            var command = table.PseudonymisedOnErase
                ? connection.Command($"UPDATE {table.Name} SET {table.UserKeyColumn} = @pseudonym WHERE {table.UserKeyColumn} = @user", transaction).With("pseudonym", pseudonym)
                : connection.Command($"DELETE FROM {table.Name} WHERE {table.UserKeyColumn} = @user", transaction);
            deleted += await command.With("user", userKey).ExecuteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await database.ScrubAsync(cancellationToken);
        return deleted;
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var deleted = 0;
        foreach (var table in StoreSchema.Tables.Where(t => t.ExpiresByColumn is not null))
        {
            deleted += await connection.Command($"DELETE FROM {table.Name} WHERE {table.ExpiresByColumn} < @cutoff", transaction)
                .With("cutoff", cutoff.ToUnixMs())
                .ExecuteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (deleted > 0)
        {
            await database.ScrubAsync(cancellationToken);
        }

        return deleted;
    }
}
