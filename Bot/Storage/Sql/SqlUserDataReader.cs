using System.Data.Common;
using System.Globalization;

namespace SafetyBot.Bot.Storage.Sql;

/// <summary>
/// Right of access: reads every record under one user's key, one query per table that "forget me"
/// erases. <see cref="CoveredTables"/> names them; a test compares it with StoreSchema.Tables, so a new
/// table with user data cannot be left out of what a user is shown.
/// </summary>
public sealed class SqlUserDataReader(StoreDatabase database) : IUserDataReader
{
    /// <summary>At most this many rows per table are read (the card shows fewer, with a count of the rest).</summary>
    public const int MaxRowsPerTable = 200;

    public static IReadOnlyList<string> CoveredTables { get; } =
    [
        "conversation_references", "user_preferences", "feedback", "unanswered_questions", "weekly_votes", "quiz_rounds", "quiz_progress", "audit_log", "followup_contexts",
    ];

    public async Task<UserDataReport> ReadUserAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        await using var connection = await database.OpenAsync(cancellationToken);

        var preference = (await Query(connection, userKey, "SELECT audience, updated_at, version, last_active_at FROM user_preferences WHERE user_key = @user LIMIT @limit")
            .ReadAllAsync(row => new UserPreference
            {
                UserKey = userKey,
                Audience = row.StringOrNull(0),
                UpdatedAt = row.TimeAt(1),
                Version = row.GetInt64(2),
                LastActiveAt = row.IsDBNull(3) ? null : row.TimeAt(3),
            }, cancellationToken)).SingleOrDefault();

        var feedback = await Query(connection, userKey, "SELECT id, subject, useful, reason, created_at, version FROM feedback WHERE user_key = @user ORDER BY created_at DESC, id LIMIT @limit")
            .ReadAllAsync(row => new FeedbackEntry
            {
                Id = row.GetString(0),
                UserKey = userKey,
                Subject = row.GetString(1),
                Useful = row.GetInt64(2) != 0,
                Reason = row.StringOrNull(3),
                CreatedAt = row.TimeAt(4),
                Version = row.GetInt64(5),
            }, cancellationToken);

        var questions = await Query(connection, userKey, "SELECT id, masked_text, audience, created_at, version FROM unanswered_questions WHERE user_key = @user ORDER BY created_at DESC, id LIMIT @limit")
            .ReadAllAsync(row => new UnansweredQuestion
            {
                Id = row.GetString(0),
                UserKey = userKey,
                MaskedText = row.GetString(1),
                Audience = row.StringOrNull(2),
                CreatedAt = row.TimeAt(3),
                Version = row.GetInt64(4),
            }, cancellationToken);

        var votes = await Query(connection, userKey, """
                SELECT v.team_id, v.week, v.choice, p.dilemma_id, v.user_ref, v.created_at, v.updated_at
                FROM weekly_votes v LEFT JOIN weekly_posts p ON p.team_id = v.team_id AND p.week = v.week
                WHERE v.user_key = @user
                ORDER BY v.week DESC, v.team_id
                LIMIT @limit
                """)
            .ReadAllAsync(row => new UserVote(
                row.GetString(0), row.GetString(1), (int)row.GetInt64(2), row.StringOrNull(3), !row.IsDBNull(4), row.TimeAt(5), row.TimeAt(6)), cancellationToken);

        var rounds = await Query(connection, userKey, $"SELECT {SqlQuizStore.RoundColumns} FROM quiz_rounds WHERE user_key = @user ORDER BY started_at DESC, id LIMIT @limit")
            .ReadAllAsync(SqlQuizStore.ReadRound, cancellationToken);

        var progress = await Query(connection, userKey, $"SELECT {SqlQuizStore.ProgressColumns} FROM quiz_progress WHERE user_key = @user ORDER BY last_answered_at DESC, question_id LIMIT @limit")
            .ReadAllAsync(SqlQuizStore.ReadProgress, cancellationToken);

        var conversations = await Query(connection, userKey, $"SELECT {SqlConversationReferenceStore.Columns} FROM conversation_references WHERE user_key = @user ORDER BY created_at DESC, conversation_id LIMIT @limit")
            .ReadAllAsync(SqlConversationReferenceStore.Read, cancellationToken);

        var audit = await Query(connection, userKey, $"SELECT {SqlAuditLog.Columns} FROM audit_log WHERE actor_key = @user ORDER BY created_at DESC, id DESC LIMIT @limit")
            .ReadAllAsync(SqlAuditLog.Read, cancellationToken);

        var followUp = (await Query(connection, userKey, $"SELECT {SqlFollowUpContextStore.Columns} FROM followup_contexts WHERE user_key = @user LIMIT @limit")
            .ReadAllAsync(row => SqlFollowUpContextStore.Read(userKey, row), cancellationToken)).SingleOrDefault();

        return new UserDataReport(preference, feedback, questions, votes, rounds, progress, conversations, audit) { FollowUp = followUp };
    }

    private static DbCommand Query(DbConnection connection, string userKey, string sql) =>
        connection.Command(sql)
            .With("user", userKey)
            .With("limit", (long)MaxRowsPerTable);
}
