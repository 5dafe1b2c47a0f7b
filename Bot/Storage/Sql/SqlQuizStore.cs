using System.Data.Common;
using System.Globalization;

namespace SafetyBot.Bot.Storage.Sql;

/// <summary>Quiz rounds and Leitner progress. An answer updates both in one transaction.</summary>
public sealed class SqlQuizStore(StoreDatabase database, TimeProvider time) : IQuizStore
{
    internal const string RoundColumns = "id, user_key, question_ids, answers, position, finished, started_at, updated_at, version";
    internal const string ProgressColumns = "user_key, question_id, topic, box, right_streak, mastered, due_at, times_answered, times_right, last_answered_at";

    public async Task<QuizRound?> GetOpenRoundAsync(string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command($"SELECT {RoundColumns} FROM quiz_rounds WHERE user_key = @user AND finished = 0 ORDER BY started_at DESC LIMIT 1")
            .With("user", userKey)
            .ReadAllAsync(ReadRound, cancellationToken);
        return rows.FirstOrDefault();
    }

    public async Task<QuizRound?> GetRoundAsync(string roundId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetRoundAsync(connection, roundId, cancellationToken);
    }

    public async Task<QuizRound> SaveRoundAsync(QuizRound round, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SaveRoundAsync(connection, null, round, cancellationToken);
    }

    public async Task<QuizRound> RecordAnswerAsync(QuizRound round, QuizProgress progress, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var saved = await SaveRoundAsync(connection, transaction, round, cancellationToken);
        await connection.Command($"""
                INSERT INTO quiz_progress ({ProgressColumns})
                VALUES (@user, @question, @topic, @box, @streak, @mastered, @due, @answered, @right, @at)
                ON CONFLICT (user_key, question_id) DO UPDATE SET
                    topic = excluded.topic, box = excluded.box, right_streak = excluded.right_streak, mastered = excluded.mastered,
                    due_at = excluded.due_at, times_answered = excluded.times_answered, times_right = excluded.times_right,
                    last_answered_at = excluded.last_answered_at
                """, transaction)
            .With("user", progress.UserKey)
            .With("question", progress.QuestionId)
            .With("topic", progress.Topic)
            .With("box", (long)progress.Box)
            .With("streak", (long)progress.RightStreak)
            .With("mastered", progress.Mastered ? 1L : 0L)
            .With("due", progress.DueAt?.ToUnixMs())
            .With("answered", (long)progress.TimesAnswered)
            .With("right", (long)progress.TimesRight)
            .With("at", progress.LastAnsweredAt.ToUnixMs())
            .ExecuteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    public async Task<QuizRound?> FinishRoundAsync(string roundId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command("UPDATE quiz_rounds SET finished = 1, updated_at = @now, version = version + 1 WHERE id = @id AND finished = 0")
            .With("id", roundId)
            .With("now", time.GetUtcNow().ToUnixMs())
            .ExecuteAsync(cancellationToken);
        return await GetRoundAsync(connection, roundId, cancellationToken);
    }

    public async Task<IReadOnlyList<QuizProgress>> ListProgressAsync(string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command($"SELECT {ProgressColumns} FROM quiz_progress WHERE user_key = @user ORDER BY question_id")
            .With("user", userKey)
            .ReadAllAsync(ReadProgress, cancellationToken);
    }

    public async Task<QuizOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var participants = await connection.Command("SELECT COUNT(DISTINCT user_key) FROM quiz_progress")
            .ReadAllAsync(row => (int)row.GetInt64(0), cancellationToken);
        var finished = await connection.Command("SELECT COUNT(*) FROM quiz_rounds WHERE finished = 1 AND position > 0")
            .ReadAllAsync(row => (int)row.GetInt64(0), cancellationToken);
        var topics = await connection.Command("""
                SELECT topic, COUNT(DISTINCT user_key), CAST(SUM(times_answered) AS BIGINT), CAST(SUM(times_right) AS BIGINT)
                FROM quiz_progress GROUP BY topic ORDER BY topic
                """)
            .ReadAllAsync(row => new QuizTopicScore(row.GetString(0), (int)row.GetInt64(1), (int)row.GetInt64(2), (int)row.GetInt64(3)), cancellationToken);
        return new QuizOverview(participants[0], finished[0], topics);
    }

    private static async Task<QuizRound?> GetRoundAsync(DbConnection connection, string roundId, CancellationToken cancellationToken)
    {
        var rows = await connection.Command($"SELECT {RoundColumns} FROM quiz_rounds WHERE id = @id")
            .With("id", roundId)
            .ReadAllAsync(ReadRound, cancellationToken);
        return rows.SingleOrDefault();
    }

    private async Task<QuizRound> SaveRoundAsync(DbConnection connection, DbTransaction? transaction, QuizRound round, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var command = round.Version == 0
            ? connection.Command($"""
                INSERT INTO quiz_rounds ({RoundColumns})
                VALUES (@id, @user, @questions, @answers, @position, @finished, @started, @now, 1)
                ON CONFLICT (id) DO NOTHING
                """, transaction)
            : connection.Command("""
                UPDATE quiz_rounds
                SET answers = @answers, position = @position, finished = @finished, updated_at = @now, version = version + 1
                WHERE id = @id AND version = @expected
                """, transaction);
        var changed = await command
            .With("id", round.Id)
            .With("user", round.UserKey)
            .With("questions", string.Join(',', round.QuestionIds))
            .With("answers", string.Join(',', round.Answers.Select(a => a.ToString(CultureInfo.InvariantCulture))))
            .With("position", (long)round.Position)
            .With("finished", round.Finished ? 1L : 0L)
            .With("started", (round.Version == 0 ? now : round.StartedAt).ToUnixMs())
            .With("now", now.ToUnixMs())
            .With("expected", round.Version)
            .ExecuteAsync(cancellationToken);
        if (changed == 0)
        {
            throw ConcurrencyConflictException.For("quiz_rounds", round.Version);
        }

        return round with { StartedAt = round.Version == 0 ? now : round.StartedAt, UpdatedAt = now, Version = round.Version + 1 };
    }

    internal static QuizRound ReadRound(DbDataReader row) => new()
    {
        Id = row.GetString(0),
        UserKey = row.GetString(1),
        QuestionIds = row.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries),
        Answers = [.. row.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(a => int.Parse(a, CultureInfo.InvariantCulture))],
        Position = (int)row.GetInt64(4),
        Finished = row.GetInt64(5) != 0,
        StartedAt = row.TimeAt(6),
        UpdatedAt = row.TimeAt(7),
        Version = row.GetInt64(8),
    };

    internal static QuizProgress ReadProgress(DbDataReader row) => new()
    {
        UserKey = row.GetString(0),
        QuestionId = row.GetString(1),
        Topic = row.GetString(2),
        Box = (int)row.GetInt64(3),
        RightStreak = (int)row.GetInt64(4),
        Mastered = row.GetInt64(5) != 0,
        DueAt = row.IsDBNull(6) ? null : row.TimeAt(6),
        TimesAnswered = (int)row.GetInt64(7),
        TimesRight = (int)row.GetInt64(8),
        LastAnsweredAt = row.TimeAt(9),
    };
}
