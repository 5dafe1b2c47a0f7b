using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

public sealed class SqlUnansweredQuestionStore(StoreDatabase database, TimeProvider time) : IUnansweredQuestionStore
{
    public async Task<UnansweredQuestion> AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default)
    {
        var stored = question with { CreatedAt = question.CreatedAt == default ? time.GetUtcNow() : question.CreatedAt, Version = 1 };
        await using var connection = await database.OpenAsync(cancellationToken);
        var added = await connection.Command("""
                INSERT INTO unanswered_questions (id, user_key, masked_text, audience, created_at, version) VALUES (@id, @user, @text, @audience, @at, 1)
                ON CONFLICT (id) DO NOTHING
                """)
            .With("id", stored.Id)
            .With("user", stored.UserKey)
            .With("text", stored.MaskedText)
            .With("audience", stored.Audience)
            .With("at", stored.CreatedAt.ToUnixMs())
            .ExecuteAsync(cancellationToken);
        return added == 1 ? stored : throw ConcurrencyConflictException.For("unanswered_questions", 0);
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("SELECT id, user_key, masked_text, audience, created_at, version FROM unanswered_questions ORDER BY created_at DESC, id LIMIT @limit")
            .With("limit", (long)limit)
            .ReadAllAsync(Read, cancellationToken);
    }

    public async Task<IReadOnlyList<QuestionCount>> TopAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("""
                SELECT MIN(masked_text), COUNT(*) AS asked, MAX(created_at) AS latest
                FROM unanswered_questions
                WHERE created_at >= @since
                GROUP BY lower(trim(masked_text))
                ORDER BY asked DESC, latest DESC, lower(trim(masked_text))
                LIMIT @limit
                """)
            .With("since", since.ToUnixMs())
            .With("limit", (long)limit)
            .ReadAllAsync(row => new QuestionCount(row.GetString(0), (int)row.GetInt64(1)), cancellationToken);
    }

    private static UnansweredQuestion Read(DbDataReader row) => new()
    {
        Id = row.GetString(0),
        UserKey = row.GetString(1),
        MaskedText = row.GetString(2),
        Audience = row.StringOrNull(3),
        CreatedAt = row.TimeAt(4),
        Version = row.GetInt64(5),
    };
}
