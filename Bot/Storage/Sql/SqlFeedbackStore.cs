using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

public sealed class SqlFeedbackStore(StoreDatabase database, TimeProvider time) : IFeedbackStore
{
    public async Task<FeedbackEntry> SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        var at = entry.CreatedAt == default ? time.GetUtcNow() : entry.CreatedAt;
        await using var connection = await database.OpenAsync(cancellationToken);

        // One rating per (user, subject), by the unique index of migration 8: a later rating replaces the earlier.
        var stored = await connection.Command("""
                INSERT INTO feedback (id, user_key, subject, useful, reason, created_at, version) VALUES (@id, @user, @subject, @useful, @reason, @at, 1)
                ON CONFLICT (user_key, subject) DO UPDATE SET useful = excluded.useful, reason = excluded.reason, created_at = excluded.created_at, version = feedback.version + 1
                RETURNING id, version
                """)
            .With("id", entry.Id)
            .With("user", entry.UserKey)
            .With("subject", entry.Subject)
            .With("useful", entry.Useful ? 1L : 0L)
            .With("reason", entry.Reason)
            .With("at", at.ToUnixMs())
            .ReadAllAsync(row => (Id: row.GetString(0), Version: row.GetInt64(1)), cancellationToken);
        return entry with { Id = stored[0].Id, Version = stored[0].Version, CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixMs()) };
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("SELECT id, user_key, subject, useful, created_at, version, reason FROM feedback ORDER BY created_at DESC, id LIMIT @limit")
            .With("limit", (long)limit)
            .ReadAllAsync(Read, cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackTally>> TallyAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("""
                SELECT subject, COUNT(CASE WHEN useful <> 0 THEN 1 END) AS useful_count, COUNT(CASE WHEN useful = 0 THEN 1 END) AS not_useful_count
                FROM feedback
                WHERE created_at >= @since
                GROUP BY subject
                ORDER BY not_useful_count DESC, useful_count DESC, subject
                """)
            .With("since", since.ToUnixMs())
            .ReadAllAsync(row => new FeedbackTally(row.GetString(0), (int)row.GetInt64(1), (int)row.GetInt64(2)), cancellationToken);
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
