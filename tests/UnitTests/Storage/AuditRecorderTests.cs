using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Storage;

namespace SafetyBot.UnitTests.Storage;

/// <summary>What <see cref="AuditRecorder"/> writes for an admin action, and what it does when the store refuses it.</summary>
public sealed class AuditRecorderTests
{
    private const string AdminId = "00000000-0000-0000-0000-0000000000a1";

    private static Activity From(string? aadObjectId, string id = "29:admin") => new()
    {
        From = new ChannelAccount { Id = id, Name = "Meester Jansen", AadObjectId = aadObjectId },
        Conversation = new ConversationAccount { Id = "19:general@thread.tacv2", TenantId = "tenant-1" },
    };

    [Fact]
    public async Task A_setting_change_is_recorded_with_the_entra_id_tenant_team_setting_and_both_values_and_no_name()
    {
        var log = new ListAuditLog();
        var recorder = new AuditRecorder(log, NullLogger<AuditRecorder>.Instance);

        Assert.True(await recorder.RecordAsync(From(AdminId), AuditActions.TeamSettingChanged, "team-1", (TeamSettingsFlow.RegionSetting, null, "zuid")));

        var entry = Assert.Single(log.Entries);
        Assert.Equal(
            (AdminId, AuditActions.TeamSettingChanged, "tenant-1", "team-1", "region", (string?)null, "zuid", (string?)null),
            (entry.ActorKey, entry.Action, entry.TenantId, entry.Target, entry.Setting, entry.OldValue, entry.NewValue, entry.Detail));
        Assert.DoesNotContain("Jansen", string.Join('|', entry.ActorKey, entry.Target, entry.Setting, entry.NewValue), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_entra_id_the_channel_user_id_is_the_actor_and_without_any_id_nothing_is_recorded()
    {
        var log = new ListAuditLog();
        var recorder = new AuditRecorder(log, NullLogger<AuditRecorder>.Instance);

        Assert.True(await recorder.RecordAsync(From(null), AuditActions.WeeklyRevealed, "team-1", detail: "2026-W50"));
        Assert.False(await recorder.RecordAsync(From(null, id: " "), AuditActions.WeeklyRevealed, "team-1"));

        Assert.Equal("29:admin", Assert.Single(log.Entries).ActorKey);
    }

    [Fact]
    public async Task A_store_that_refuses_the_entry_does_not_fail_the_action_and_logs_a_warning_with_the_kind_and_no_ids()
    {
        var logger = new ListLogger();
        var recorder = new AuditRecorder(new ListAuditLog { Refuse = true }, logger);

        Assert.False(await recorder.RecordAsync(From(AdminId), AuditActions.TeamSettingChanged, "team-1", (TeamSettingsFlow.RegionSetting, "noord", "zuid")));

        var (level, message) = Assert.Single(logger.Messages);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains(AuditActions.TeamSettingChanged, message, StringComparison.Ordinal);
        Assert.Contains(nameof(TimeoutException), message, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminId, message, StringComparison.Ordinal);
        Assert.DoesNotContain("team-1", message, StringComparison.Ordinal);
    }

    private sealed class ListAuditLog : IAuditLog
    {
        public List<AuditEntry> Entries { get; } = [];

        public bool Refuse { get; init; }

        public Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        {
            if (Refuse)
            {
                throw new TimeoutException("store down");
            }

            Entries.Add(entry);
            return Task.FromResult(entry);
        }

        public Task<IReadOnlyList<AuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AuditEntry>>(Entries);
    }

    private sealed class ListLogger : ILogger<AuditRecorder>
    {
        public List<(LogLevel Level, string Message)> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add((logLevel, formatter(state, exception)));
    }
}
