using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

/// <summary>
/// Weekly cards and votes. The (team, week) primary key is the claim: an insert that finds the row
/// already there lost. A vote is one row per (team, week, user), so counting rows is the exact tally
/// however many votes arrive at once.
/// </summary>
public sealed class SqlWeeklyStore(StoreDatabase database, TimeProvider time) : IWeeklyStore
{
    private const string PostColumns =
        "team_id, week, dilemma_id, conversation_id, service_url, activity_id, status, failure, revealed, created_at, updated_at, version, shown_voters";

    public async Task<WeeklyPost?> GetPostAsync(string teamId, string week, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command($"SELECT {PostColumns} FROM weekly_posts WHERE team_id = @team AND week = @week")
            .With("team", teamId)
            .With("week", week)
            .ReadAllAsync(ReadPost, cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<bool> TryClaimPostAsync(WeeklyPost post, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.Command($"""
                INSERT INTO weekly_posts ({PostColumns})
                VALUES (@team, @week, @dilemma, @conversation, @service, NULL, @sending, NULL, 0, @now, @now, 1, NULL)
                ON CONFLICT (team_id, week) DO NOTHING
                """)
            .With("team", post.TeamId)
            .With("week", post.Week)
            .With("dilemma", post.DilemmaId)
            .With("conversation", post.ConversationId)
            .With("service", post.ServiceUrl)
            .With("sending", nameof(WeeklyPostStatus.Sending))
            .With("now", now)
            .ExecuteAsync(cancellationToken);
        if (inserted == 1)
        {
            return true;
        }

        // A send that provably did not land (refused, or the conversation was gone) may be tried again;
        // the status check makes the takeover atomic.
        var retaken = await connection.Command("""
                UPDATE weekly_posts
                SET dilemma_id = @dilemma, conversation_id = @conversation, service_url = @service, activity_id = NULL,
                    status = @sending, failure = NULL, shown_voters = NULL, updated_at = @now, version = version + 1
                WHERE team_id = @team AND week = @week AND status IN (@notDelivered, @gone)
                """)
            .With("team", post.TeamId)
            .With("week", post.Week)
            .With("dilemma", post.DilemmaId)
            .With("conversation", post.ConversationId)
            .With("service", post.ServiceUrl)
            .With("sending", nameof(WeeklyPostStatus.Sending))
            .With("notDelivered", nameof(WeeklyPostStatus.NotDelivered))
            .With("gone", nameof(WeeklyPostStatus.ConversationGone))
            .With("now", now)
            .ExecuteAsync(cancellationToken);
        return retaken == 1;
    }

    public async Task<WeeklyPost> SavePostAsync(WeeklyPost post, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.Command("""
                UPDATE weekly_posts
                SET activity_id = @activity, status = @status, failure = @failure, revealed = @revealed,
                    shown_voters = @shown, updated_at = @now, version = version + 1
                WHERE team_id = @team AND week = @week AND version = @expected
                """)
            .With("team", post.TeamId)
            .With("week", post.Week)
            .With("activity", post.ActivityId)
            .With("status", post.Status.ToString())
            .With("failure", post.Failure)
            .With("revealed", post.Revealed ? 1L : 0L)
            .With("shown", post.ShownVoters is { } shown ? (long)shown : (long?)null)
            .With("now", now.ToUnixMs())
            .With("expected", post.Version)
            .ExecuteAsync(cancellationToken);
        if (changed == 0)
        {
            throw ConcurrencyConflictException.For("weekly_posts", post.Version);
        }

        return post with { UpdatedAt = now, Version = post.Version + 1 };
    }

    public async Task<IReadOnlyList<WeeklyPost>> ListPostsAsync(string teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command($"SELECT {PostColumns} FROM weekly_posts WHERE team_id = @team ORDER BY week DESC")
            .With("team", teamId)
            .ReadAllAsync(ReadPost, cancellationToken);
    }

    public async Task<IReadOnlyList<WeeklyPost>> ListFailedPostsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command($"""
                SELECT {PostColumns} FROM weekly_posts
                WHERE status IN (@ambiguous, @gone, @notDelivered) OR (status = @sending AND updated_at < @stale)
                ORDER BY updated_at DESC
                LIMIT @limit
                """)
            .With("ambiguous", nameof(WeeklyPostStatus.Ambiguous))
            .With("gone", nameof(WeeklyPostStatus.ConversationGone))
            .With("notDelivered", nameof(WeeklyPostStatus.NotDelivered))
            .With("sending", nameof(WeeklyPostStatus.Sending))
            .With("stale", time.GetUtcNow().AddMinutes(-5).ToUnixMs())
            .With("limit", (long)limit)
            .ReadAllAsync(ReadPost, cancellationToken);
    }

    public async Task CastVoteAsync(string teamId, string week, string userKey, string? userRef, int option, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command("""
                INSERT INTO weekly_votes (team_id, week, user_key, user_ref, choice, created_at, updated_at)
                VALUES (@team, @week, @user, @ref, @choice, @now, @now)
                ON CONFLICT (team_id, week, user_key) DO UPDATE SET choice = excluded.choice, user_ref = excluded.user_ref, updated_at = excluded.updated_at
                """)
            .With("team", teamId)
            .With("week", week)
            .With("user", userKey)
            .With("ref", userRef)
            .With("choice", (long)option)
            .With("now", now)
            .ExecuteAsync(cancellationToken);
    }

    public async Task<int?> GetVoteAsync(string teamId, string week, string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command("SELECT choice FROM weekly_votes WHERE team_id = @team AND week = @week AND user_key = @user")
            .With("team", teamId)
            .With("week", week)
            .With("user", userKey)
            .ReadAllAsync(row => (int)row.GetInt64(0), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<WeeklyTally> TallyAsync(string teamId, string week, int options, int maxVoterRefs, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = new int[options];
        var rows = await connection.Command("SELECT choice, COUNT(*) FROM weekly_votes WHERE team_id = @team AND week = @week GROUP BY choice")
            .With("team", teamId)
            .With("week", week)
            .ReadAllAsync(row => (Choice: (int)row.GetInt64(0), Count: (int)row.GetInt64(1)), cancellationToken);
        foreach (var (choice, count) in rows.Where(r => r.Choice >= 1 && r.Choice <= options))
        {
            counts[choice - 1] = count;
        }

        // The ids Teams needs for refresh.userIds, at most maxVoterRefs, ordered by id: never by when
        // anyone voted, so two versions of the card do not tell who voted last. (The database's own
        // collation picks which ids when there are more; the order is made ordinal here, the same on
        // SQLite and PostgreSQL.)
        var refs = await connection.Command("""
                SELECT user_ref FROM weekly_votes
                WHERE team_id = @team AND week = @week AND user_ref IS NOT NULL
                ORDER BY user_ref
                LIMIT @limit
                """)
            .With("team", teamId)
            .With("week", week)
            .With("limit", (long)maxVoterRefs)
            .ReadAllAsync(row => row.GetString(0), cancellationToken);
        return new WeeklyTally(counts, rows.Sum(r => r.Count), [.. refs.Order(StringComparer.Ordinal)]);
    }

    private static WeeklyPost ReadPost(DbDataReader row) => new()
    {
        TeamId = row.GetString(0),
        Week = row.GetString(1),
        DilemmaId = row.GetString(2),
        ConversationId = row.GetString(3),
        ServiceUrl = row.GetString(4),
        ActivityId = row.StringOrNull(5),
        Status = Enum.TryParse<WeeklyPostStatus>(row.GetString(6), out var status) ? status : WeeklyPostStatus.Ambiguous,
        Failure = row.StringOrNull(7),
        Revealed = row.GetInt64(8) != 0,
        CreatedAt = row.TimeAt(9),
        UpdatedAt = row.TimeAt(10),
        Version = row.GetInt64(11),
        ShownVoters = row.IsDBNull(12) ? null : (int)row.GetInt64(12),
    };
}
