namespace SafetyBot.Bot.Storage.Sql;

/// <summary>A unique key per claim: the database, not the instance, decides who was first.</summary>
public sealed class SqlOnceClaimStore(StoreDatabase database, TimeProvider time) : IOnceClaimStore
{
    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    public async Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.Command("INSERT INTO once_claims (claim_key, claimed_by, claimed_at) VALUES (@key, @by, @at) ON CONFLICT (claim_key) DO NOTHING")
            .With("key", key)
            .With("by", Instance)
            .With("at", time.GetUtcNow().ToUnixMs())
            .ExecuteAsync(cancellationToken);
        return inserted == 1;
    }
}
