using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

public sealed class SqlFeedbackStore(StoreDatabase database, TimeProvider time) : IFeedbackStore
{
    public async Task<FeedbackEntry> AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        var stored = entry with { CreatedAt = entry.CreatedAt == default ? time.GetUtcNow() : entry.CreatedAt, Version = 1 };
        await using var connection = await database.OpenAsync(cancellationToken);
        var added = await connection.Command("""
                INSERT INTO feedback (id, user_key, subject, useful, reason, created_at, version) VALUES (@id, @user, @subject, @useful, @reason, @at, 1)
                ON CONFLICT (id) DO NOTHING
                """)
            .With("id", stored.Id)
            .With("user", stored.UserKey)
            .With("subject", stored.Subject)
            .With("useful", stored.Useful ? 1L : 0L)
            .With("reason", stored.Reason)
            .With("at", stored.CreatedAt.ToUnixMs())
            .ExecuteAsync(cancellationToken);
        return added == 1 ? stored : throw ConcurrencyConflictException.For("feedback", 0);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("SELECT id, user_key, subject, useful, created_at, version, reason FROM feedback ORDER BY created_at DESC, id LIMIT @limit")
            .With("limit", (long)limit)
            .ReadAllAsync(Read, cancellationToken);
    }

    private static FeedbackEntry Read(DbDataReader row) => new()
    {
        Id = row.GetString(0),
        UserKey = row.GetString(1),
        Subject = row.GetString(2),
        Useful = row.GetInt64(3) != 0,
        CreatedAt = row.TimeAt(4),
        Version = row.GetInt64(5),
        Reason = row.IsDBNull(6) ? null : row.GetString(6),
    };
}
