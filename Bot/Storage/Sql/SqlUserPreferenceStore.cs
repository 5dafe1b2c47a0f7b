using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

public sealed class SqlUserPreferenceStore(StoreDatabase database, TimeProvider time) : IUserPreferenceStore
{
    public async Task<UserPreference?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command("SELECT user_key, audience, updated_at, version, last_active_at FROM user_preferences WHERE user_key = @user")
            .With("user", userKey)
            .ReadAllAsync(Read, cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<UserPreference> SaveAsync(UserPreference preference, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var command = preference.Version == 0
            ? connection.Command("""
                INSERT INTO user_preferences (user_key, audience, updated_at, last_active_at, version) VALUES (@user, @audience, @now, @now, 1)
                ON CONFLICT (user_key) DO NOTHING
                """)
            : connection.Command("""
                UPDATE user_preferences SET audience = @audience, updated_at = @now, last_active_at = @now, version = version + 1
                WHERE user_key = @user AND version = @expected
                """);
        var changed = await command
            .With("user", preference.UserKey)
            .With("audience", preference.Audience)
            .With("now", now.ToUnixMs())
            .With("expected", preference.Version)
            .ExecuteAsync(cancellationToken);
        if (changed == 0)
        {
            throw ConcurrencyConflictException.For("user_preferences", preference.Version);
        }

        return preference with { UpdatedAt = now, LastActiveAt = now, Version = preference.Version + 1 };
    }

    private static UserPreference Read(DbDataReader row) => new()
    {
        UserKey = row.GetString(0),
        Audience = row.StringOrNull(1),
        UpdatedAt = row.TimeAt(2),
        Version = row.GetInt64(3),
        LastActiveAt = row.IsDBNull(4) ? null : row.TimeAt(4),
    };
}
