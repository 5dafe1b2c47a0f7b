using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

/// <summary>
/// Follow-up contexts in the shared store, so a follow-up that lands on another instance still knows
/// what it continues. Lists are stored as space-separated words (ids and analysed words hold no spaces).
/// </summary>
public sealed class SqlFollowUpContextStore(StoreDatabase database, TimeProvider time) : IFollowUpContextStore
{
    public async Task<FollowUpContextRecord?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        var freshFrom = (time.GetUtcNow() - FollowUpContextRecord.Lifetime).ToUnixMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.Command($"SELECT {Columns} FROM followup_contexts WHERE user_key = @user AND saved_at > @fresh")
            .With("user", userKey)
            .With("fresh", freshFrom)
            .ReadAllAsync(row => Read(userKey, row), cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task SaveAsync(FollowUpContextRecord context, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(context.UserKey);
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.Command("""
                INSERT INTO followup_contexts (user_key, article_id, section_ids, terms, saved_at) VALUES (@user, @article, @sections, @terms, @at)
                ON CONFLICT (user_key) DO UPDATE SET article_id = excluded.article_id, section_ids = excluded.section_ids, terms = excluded.terms, saved_at = excluded.saved_at
                """, transaction)
            .With("user", context.UserKey)
            .With("article", context.ArticleId)
            .With("sections", Join(context.SectionIds))
            .With("terms", Join(context.Terms))
            .With("at", now.ToUnixMs())
            .ExecuteAsync(cancellationToken);
        await connection.Command("DELETE FROM followup_contexts WHERE saved_at <= @expired", transaction)
            .With("expired", (now - FollowUpContextRecord.Lifetime).ToUnixMs())
            .ExecuteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command("DELETE FROM followup_contexts WHERE user_key = @user")
            .With("user", userKey)
            .ExecuteAsync(cancellationToken);
    }

    /// <summary>Reads a row of <c>article_id, section_ids, terms, saved_at</c>.</summary>
    /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
    internal const string Columns = "article_id, section_ids, terms, saved_at";

    internal static FollowUpContextRecord Read(string userKey, DbDataReader row) => new()
    {
        UserKey = userKey,
        ArticleId = row.GetString(0),
        SectionIds = Split(row.GetString(1)),
        Terms = Split(row.GetString(2)),
        SavedAt = row.TimeAt(3),
    };

    private static string Join(IEnumerable<string> words) => string.Join(' ', words.Where(w => w.Length > 0 && !w.Contains(' ', StringComparison.Ordinal)));

    private static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
