using System.Data.Common;

namespace SafetyBot.Bot.Storage.Sql;

/// <summary>The audit log of admin actions (migration 9): insert and read, no update or delete here.</summary>
public sealed class SqlAuditLog(StoreDatabase database, TimeProvider time) : IAuditLog
{
    internal const string Columns = "id, actor_key, action, tenant_id, target, setting, old_value, new_value, detail, created_at";

    public async Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.ActorKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Action);
        var at = DateTimeOffset.FromUnixTimeMilliseconds((entry.CreatedAt == default ? time.GetUtcNow() : entry.CreatedAt).ToUnixMs());
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.Command($"""
                INSERT INTO audit_log ({Columns})
                VALUES (@id, @actor, @action, @tenant, @target, @setting, @old, @new, @detail, @at)
                """)
            .With("id", entry.Id)
            .With("actor", entry.ActorKey)
            .With("action", entry.Action)
            .With("tenant", entry.TenantId)
            .With("target", entry.Target)
            .With("setting", entry.Setting)
            .With("old", entry.OldValue)
            .With("new", entry.NewValue)
            .With("detail", entry.Detail)
            .With("at", at.ToUnixMs())
            .ExecuteAsync(cancellationToken);
        return entry with { CreatedAt = at };
    }

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.Command($"SELECT {Columns} FROM audit_log ORDER BY created_at DESC, id DESC LIMIT @limit")
            .With("limit", (long)limit)
            .ReadAllAsync(Read, cancellationToken);
    }

    internal static AuditEntry Read(DbDataReader row) => new()
    {
        Id = row.GetString(0),
        ActorKey = row.GetString(1),
        Action = row.GetString(2),
        TenantId = row.StringOrNull(3),
        Target = row.StringOrNull(4),
        Setting = row.StringOrNull(5),
        OldValue = row.StringOrNull(6),
        NewValue = row.StringOrNull(7),
        Detail = row.StringOrNull(8),
        CreatedAt = row.TimeAt(9),
    };
}
