using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SafetyBot.Bot.Flows.Audit;
using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Storage;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Audit;

/// <summary>
/// The audit log of admin actions through <c>/api/messages</c> (docs/privacy.md, "Audit log"): what a
/// settings change records, who may read <c>logboek</c>, retention, "vergeet mij" by an admin, a store
/// that cannot take the entry, and the same on PostgreSQL.
/// </summary>
public sealed class AuditLogTests : IAsyncDisposable
{
    private const string AdminId = "00000000-0000-0000-0000-0000000000a1";
    private const string OtherAdminId = "00000000-0000-0000-0000-0000000000a2";
    private const string ColleagueId = "00000000-0000-0000-0000-0000000000c1";
    private const string TeamId = "19:team-audit@thread.tacv2";

    private readonly List<IAsyncDisposable> owned = [];

    public async ValueTask DisposeAsync()
    {
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }
    }

    private BotFactory Bot(Action<IServiceCollection>? services = null, params (string Key, string Value)[] settings)
    {
        var factory = new BotFactory().With("School:Admins", $"{AdminId},{OtherAdminId}");
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        if (services is not null)
        {
            factory.WithServices(services);
        }

        owned.Add(factory);
        return factory;
    }

    private static async Task<string> SaveSettingsAsync(HttpClient client, string aad, string region, string paused = "false")
    {
        var action = Activities.CardAction("settings.save", new JsonObject { ["day"] = "3", ["time"] = "09:30", ["region"] = region, ["audience"] = "", ["paused"] = paused });
        action["conversation"] = new JsonObject { ["id"] = "19:general-audit@thread.tacv2", ["conversationType"] = "channel", ["tenantId"] = "tenant-1" };
        action["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" }, ["team"] = new JsonObject { ["id"] = TeamId } };
        action["from"]!["aadObjectId"] = aad;
        action["from"]!["name"] = "Meester Jansen";
        var response = await client.PostActivityAsync(action);
        return CardJson.Text(CardJson.InvokeCard((await response.Content.ReadFromJsonAsync<JsonObject>())!));
    }

    /// <summary>The reply to a 1:1 message: the card's text, or the plain text.</summary>
    private static async Task<string> SayAsync(HttpClient client, string text, string aad, string conversationType = "personal")
    {
        var message = Activities.Message(text, expectReplies: true, conversationType: conversationType);
        message["from"]!["aadObjectId"] = aad;
        var reply = (await (await client.PostActivityAsync(message)).RepliesAsync())[0]!;
        return reply["attachments"] is { } attachments ? CardJson.Text(attachments[0]!["content"]!) : reply["text"]!.GetValue<string>();
    }

    private static async Task<List<AuditEntry>> EntriesAsync(BotFactory factory) =>
        [.. await factory.Services.GetRequiredService<IAuditLog>().LatestAsync(100)];

    [Fact]
    public async Task A_settings_change_by_an_admin_is_logged_per_setting_with_old_and_new_value_and_logboek_shows_it()
    {
        var factory = Bot();
        using var client = factory.CreateClient();

        Assert.Contains("Opgeslagen.", await SaveSettingsAsync(client, AdminId, "zuid"), StringComparison.Ordinal);
        Assert.Contains("Opgeslagen.", await SaveSettingsAsync(client, AdminId, "noord", paused: "true"), StringComparison.Ordinal);

        var entries = await EntriesAsync(factory);
        Assert.All(entries, e => Assert.Equal((AdminId, AuditActions.TeamSettingChanged, "tenant-1", TeamId), (e.ActorKey, e.Action, e.TenantId, e.Target)));
        var changes = entries.Select(e => (e.Setting, e.OldValue, e.NewValue)).ToHashSet();
        Assert.Equal(
            new HashSet<(string?, string?, string?)>
            {
                (TeamSettingsFlow.ScheduleSetting, null, "30 9 * * 3"),
                (TeamSettingsFlow.RegionSetting, null, "zuid"),
                (TeamSettingsFlow.RegionSetting, "zuid", "noord"),
                (TeamSettingsFlow.PausedSetting, "false", "true"),
            },
            changes);

        var logboek = await SayAsync(client, "logboek", OtherAdminId);
        Assert.Contains("Logboek van beheeracties", logboek, StringComparison.Ordinal);
        Assert.Contains("regio: zuid → noord", logboek, StringComparison.Ordinal);
        Assert.Contains("regio: standaard → zuid", logboek, StringComparison.Ordinal);
        Assert.Contains("moment: standaard → wo 09:30", logboek, StringComparison.Ordinal);
        Assert.Contains("gepauzeerd: nee → ja", logboek, StringComparison.Ordinal);
        Assert.Contains(AdminId, logboek, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", logboek, StringComparison.Ordinal);

        // The admin sees their own entries marked as theirs.
        Assert.Contains($"jij ({AdminId})", await SayAsync(client, "audit log", AdminId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colleague_who_is_not_an_admin_changes_nothing_so_nothing_is_logged_and_is_refused_the_logboek_in_dutch()
    {
        var factory = Bot();
        using var client = factory.CreateClient();

        Assert.Contains("Alleen de beheerders", await SaveSettingsAsync(client, ColleagueId, "zuid"), StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync(factory));

        await SaveSettingsAsync(client, AdminId, "zuid");
        Assert.Equal(AuditLogStrings.NotAllowed, await SayAsync(client, "logboek", ColleagueId));

        // An admin in a team channel or group chat would show the log to others.
        Assert.Equal(AuditLogStrings.NotAllowed, await SayAsync(client, "logboek", AdminId, conversationType: "groupChat"));
    }

    [Fact]
    public async Task The_help_card_names_logboek_to_admins_in_a_1_on_1_chat_and_to_nobody_else()
    {
        var factory = Bot();
        using var client = factory.CreateClient();

        Assert.Contains("logboek", await SayAsync(client, "help", AdminId), StringComparison.Ordinal);
        Assert.DoesNotContain("logboek", await SayAsync(client, "help", ColleagueId), StringComparison.Ordinal);
        Assert.DoesNotContain("logboek", await SayAsync(client, "help", AdminId, conversationType: "groupChat"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_admins_configured_nobody_reads_the_logboek_but_a_colleagues_settings_change_is_still_recorded()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();

        Assert.Contains("Opgeslagen.", await SaveSettingsAsync(client, ColleagueId, "midden"), StringComparison.Ordinal);

        Assert.Contains(await EntriesAsync(factory), e => e.ActorKey == ColleagueId && e.Setting == TeamSettingsFlow.RegionSetting && e.NewValue == "midden");
        Assert.Equal(AuditLogStrings.NotAllowed, await SayAsync(client, "logboek", ColleagueId));
    }

    [Fact]
    public async Task Inzichten_opened_by_an_admin_is_logged()
    {
        var factory = Bot();
        using var client = factory.CreateClient();

        Assert.Contains("Inzichten", await SayAsync(client, "inzichten", AdminId), StringComparison.Ordinal);

        var entry = Assert.Single(await EntriesAsync(factory));
        Assert.Equal((AdminId, AuditActions.InsightsViewed), (entry.ActorKey, entry.Action));
        Assert.Contains("Inzichten bekeken", await SayAsync(client, "logboek", AdminId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_the_app_to_a_team_and_removing_it_are_logged_once_each_and_a_personal_install_is_not()
    {
        var factory = Bot();
        using var client = factory.CreateClient();
        const string channel = "19:general-audit@thread.tacv2";

        await client.PostActivityAsync(Activities.Installation("add", channel, "channel", TeamId, userId: "29:owner-1"));
        await client.PostActivityAsync(Activities.Installation("add", "a:personal-audit"));
        await client.PostActivityAsync(Activities.Installation("remove", channel, "channel", TeamId, userId: "29:owner-1"));

        var entries = await EntriesAsync(factory);
        Assert.Equal(
            [AuditActions.TeamBotAdded, AuditActions.TeamBotRemoved],
            entries.Select(e => e.Action).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(("00000000-0000-0000-0000-000000000001", TeamId, "tenant-1"), (e.ActorKey, e.Target, e.TenantId)));
        Assert.Contains("uit het team verwijderd", await SayAsync(client, "logboek", AdminId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_deletes_audit_entries_older_than_the_retention_days_with_the_other_expiring_data()
    {
        var factory = Bot(settings: ("Storage:RetentionDays", "30"));
        using var client = factory.CreateClient();
        await SaveSettingsAsync(client, AdminId, "zuid");
        Assert.NotEmpty(await EntriesAsync(factory));

        // The app's own daily pass, run as it would 31 days from now.
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(31));
        var retention = new StoreRetentionService(
            factory.Services.GetRequiredService<IStoreRetention>(),
            factory.Services.GetRequiredService<IOptions<StorageOptions>>(),
            later,
            NullLogger<StoreRetentionService>.Instance);
        Assert.True(await retention.RunOnceAsync() >= 2);

        Assert.Empty(await EntriesAsync(factory));
        Assert.Contains("nog geen beheeracties", await SayAsync(client, "logboek", AdminId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admins_vergeet_mij_keeps_their_actions_in_the_log_under_a_pseudonym_and_wat_weet_je_showed_them_before()
    {
        var factory = Bot();
        using var client = factory.CreateClient();
        await SaveSettingsAsync(client, AdminId, "zuid");

        var myData = await SayAsync(client, "wat weet je over mij", AdminId);
        Assert.Contains("Je beheeracties in het logboek", myData, StringComparison.Ordinal);
        Assert.Contains("regio: standaard → zuid", myData, StringComparison.Ordinal);

        var forget = Activities.CardAction("privacy.forget", new JsonObject { ["confirm"] = true });
        forget["from"]!["aadObjectId"] = AdminId;
        await client.PostActivityAsync(forget);

        var entries = await EntriesAsync(factory);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.StartsWith(AuditActor.ErasedPrefix, e.ActorKey, StringComparison.Ordinal));
        Assert.Single(entries.Select(e => e.ActorKey).Distinct());
        Assert.Contains(entries, e => e.Setting == TeamSettingsFlow.RegionSetting && e.NewValue == "zuid");

        var logboek = await SayAsync(client, "logboek", OtherAdminId);
        Assert.DoesNotContain(AdminId, logboek, StringComparison.Ordinal);
        Assert.Contains("vergeet mij", logboek, StringComparison.Ordinal);
        Assert.DoesNotContain("beheeracties in het logboek", await SayAsync(client, "wat weet je over mij", AdminId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_audit_log_cannot_be_written_the_settings_change_stands_and_a_warning_without_ids_is_logged()
    {
        var logs = new CapturingLoggerProvider();
        var factory = Bot(services => services
            .AddSingleton<ILoggerProvider>(logs)
            .AddSingleton<IAuditLog, UnwritableAuditLog>());
        using var client = factory.CreateClient();

        Assert.Contains("Opgeslagen.", await SaveSettingsAsync(client, AdminId, "zuid"), StringComparison.Ordinal);

        Assert.Equal("zuid", (await factory.Services.GetRequiredService<ITeamSettingsStore>().GetAsync(TeamId))!.Region);
        var warnings = logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Category.Contains(nameof(AuditRecorder), StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w =>
        {
            Assert.Contains(AuditActions.TeamSettingChanged, w.Message, StringComparison.Ordinal);
            Assert.Contains(nameof(InvalidOperationException), w.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(AdminId, w.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TeamId, w.Message, StringComparison.Ordinal);
        });
    }

    [PostgresFact]
    public async Task On_postgres_an_admins_settings_change_is_logged_shown_in_logboek_and_expires()
    {
        await using var schema = await PostgresServer.CreateSchemaAsync();
        var factory = Bot(settings: [("Storage:Provider", "Postgres"), ("Storage:ConnectionString", schema.ConnectionString)]);
        using var client = factory.CreateClient();

        await SaveSettingsAsync(client, AdminId, "zuid");

        Assert.Contains("regio: standaard → zuid", await SayAsync(client, "logboek", OtherAdminId), StringComparison.Ordinal);
        await using (var connection = new NpgsqlConnection(schema.ConnectionString))
        {
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_log WHERE actor_key = @actor AND setting = 'region' AND new_value = 'zuid'", connection);
            count.Parameters.AddWithValue("actor", AdminId);
            Assert.Equal(1L, await count.ExecuteScalarAsync());
        }

        await factory.Services.GetRequiredService<IStoreRetention>().DeleteExpiredAsync(DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Empty(await EntriesAsync(factory));
        await factory.DisposeAsync();
        owned.Remove(factory);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>An audit log whose store refuses every write, as a full disk or a read-only database would.</summary>
    private sealed class UnwritableAuditLog : IAuditLog
    {
        public Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the store refuses writes");

        public Task<IReadOnlyList<AuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AuditEntry>>([]);
    }
}
