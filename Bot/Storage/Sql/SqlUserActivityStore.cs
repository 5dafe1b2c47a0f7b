namespace SafetyBot.Bot.Storage.Sql;

/// <summary>Moves a user's last activity forward; it never changes a record's version or content.</summary>
public sealed class SqlUserActivityStore(StoreDatabase database, TimeProvider time) : IUserActivityStore
{
    public async Task TouchAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        var now = time.GetUtcNow().ToUnixMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.Command("UPDATE user_preferences SET last_active_at = @now WHERE user_key = @user", transaction)
            .With("user", userKey)
            .With("now", now)
            .ExecuteAsync(cancellationToken);

        // Only a 1:1 chat's reference carries a user key.
        await connection.Command("UPDATE conversation_references SET last_active_at = @now WHERE user_key = @user", transaction)
            .With("user", userKey)
            .With("now", now)
            .ExecuteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
