using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

public sealed class SqlConversationReferenceStore(StoreDatabase database, TimeProvider time) : IConversationReferenceStore
{
    internal const string Columns = "conversation_id, conversation_type, tenant_id, team_id, channel_id, service_url, bot_id, bot_name, user_key, created_at, updated_at, version, last_active_at";

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command($"SELECT {Columns} FROM conversation_references WHERE conversation_id = @id")
            .With("id", conversationId)
            .ReadAllAsync(Read, cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<ConversationReference> SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var created = reference.Version == 0 ? now : reference.CreatedAt;

        // Only a 1:1 chat (the one kind with a user key) has a last activity, and so expires.
        DateTimeOffset? active = reference.UserKey is null ? null : now;
        await using var connection = await database.OpenAsync(cancellationToken);
        var command = reference.Version == 0
            ? connection.Command($"""
                INSERT INTO conversation_references ({Columns})
                VALUES (@id, @type, @tenant, @team, @channel, @serviceUrl, @botId, @botName, @user, @now, @now, 1, @active)
                ON CONFLICT (conversation_id) DO NOTHING
                """)
            : connection.Command("""
                UPDATE conversation_references
                SET conversation_type = @type, tenant_id = @tenant, team_id = @team, channel_id = @channel, service_url = @serviceUrl,
                    bot_id = @botId, bot_name = @botName, user_key = @user, updated_at = @now, version = version + 1,
                    last_active_at = @active
                WHERE conversation_id = @id AND version = @expected
                """);
        var changed = await command
            .With("id", reference.ConversationId)
            .With("type", reference.ConversationType)
            .With("tenant", reference.TenantId)
            .With("team", reference.TeamId)
            .With("channel", reference.ChannelId)
            .With("serviceUrl", reference.ServiceUrl)
            .With("botId", reference.BotId)
            .With("botName", reference.BotName)
            .With("user", reference.UserKey)
            .With("now", now.ToUnixMs())
            .With("active", active?.ToUnixMs())
            .With("expected", reference.Version)
            .ExecuteAsync(cancellationToken);
        if (changed == 0)
        {
            throw ConcurrencyConflictException.For("conversation_references", reference.Version);
        }

        return reference with { CreatedAt = created, UpdatedAt = now, LastActiveAt = active, Version = reference.Version + 1 };
    }

    public async Task<int> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("DELETE FROM conversation_references WHERE conversation_id = @id")
            .With("id", conversationId)
            .ExecuteAsync(cancellationToken);
    }

    public async Task<int> DeleteTeamAsync(string teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("DELETE FROM conversation_references WHERE team_id = @team")
            .With("team", teamId)
            .ExecuteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command($"SELECT {Columns} FROM conversation_references ORDER BY conversation_id")
            .ReadAllAsync(Read, cancellationToken);
    }

    internal static ConversationReference Read(DbDataReader row) => new()
    {
        ConversationId = row.GetString(0),
        ConversationType = row.GetString(1),
        TenantId = row.StringOrNull(2),
        TeamId = row.StringOrNull(3),
        ChannelId = row.StringOrNull(4),
        ServiceUrl = row.GetString(5),
        BotId = row.StringOrNull(6),
        BotName = row.StringOrNull(7),
        UserKey = row.StringOrNull(8),
        CreatedAt = row.TimeAt(9),
        UpdatedAt = row.TimeAt(10),
        Version = row.GetInt64(11),
        LastActiveAt = row.IsDBNull(12) ? null : row.TimeAt(12),
    };
}
