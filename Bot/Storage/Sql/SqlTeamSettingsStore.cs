using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

public sealed class SqlTeamSettingsStore(StoreDatabase database, TimeProvider time) : ITeamSettingsStore
{
    private const string Columns = "team_id, tenant_id, region, weekly_schedule, weekly_time_zone, weekly_paused, audience, unreachable_since, updated_at, version";

    public async Task<TeamSettings?> GetAsync(string teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.Command($"SELECT {Columns} FROM team_settings WHERE team_id = @id")
            .With("id", teamId)
            .ReadAllAsync(Read, cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<IReadOnlyList<TeamSettings>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command($"SELECT {Columns} FROM team_settings ORDER BY team_id").ReadAllAsync(Read, cancellationToken);
    }

    public async Task<TeamSettings> SaveAsync(TeamSettings settings, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var command = settings.Version == 0
            ? connection.Command($"""
                INSERT INTO team_settings ({Columns})
                VALUES (@id, @tenant, @region, @schedule, @zone, @paused, @audience, @unreachable, @now, 1)
                ON CONFLICT (team_id) DO NOTHING
                """)
            : connection.Command("""
                UPDATE team_settings
                SET tenant_id = @tenant, region = @region, weekly_schedule = @schedule, weekly_time_zone = @zone,
                    weekly_paused = @paused, audience = @audience, unreachable_since = @unreachable,
                    updated_at = @now, version = version + 1
                WHERE team_id = @id AND version = @expected
                """);
        var changed = await command
            .With("id", settings.TeamId)
            .With("tenant", settings.TenantId)
            .With("region", settings.Region)
            .With("schedule", settings.WeeklySchedule)
            .With("zone", settings.WeeklyTimeZone)
            .With("paused", settings.WeeklyPaused ? 1L : 0L)
            .With("audience", settings.Audience)
            .With("unreachable", settings.UnreachableSince?.ToUnixMs())
            .With("now", now.ToUnixMs())
            .With("expected", settings.Version)
            .ExecuteAsync(cancellationToken);
        if (changed == 0)
        {
            throw ConcurrencyConflictException.For("team_settings", settings.Version);
        }

        return settings with { UpdatedAt = now, Version = settings.Version + 1 };
    }

    public async Task<int> DeleteAsync(string teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command("DELETE FROM team_settings WHERE team_id = @id").With("id", teamId).ExecuteAsync(cancellationToken);
    }

    private static TeamSettings Read(DbDataReader row) => new()
    {
        TeamId = row.GetString(0),
        TenantId = row.StringOrNull(1),
        Region = row.StringOrNull(2),
        WeeklySchedule = row.StringOrNull(3),
        WeeklyTimeZone = row.StringOrNull(4),
        WeeklyPaused = row.GetInt64(5) != 0,
        Audience = row.StringOrNull(6),
        UnreachableSince = row.IsDBNull(7) ? null : row.TimeAt(7),
        UpdatedAt = row.TimeAt(8),
        Version = row.GetInt64(9),
    };
}
