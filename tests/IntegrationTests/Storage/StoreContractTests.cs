using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Schema;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Storage;

/// <summary>
/// The one contract every store provider passes, run on a real database of each: SQLite in a temp
/// file and PostgreSQL on the test server.
/// </summary>
public sealed partial class StoreContractTests
{
    private static ConversationReference Reference(string id, string type = "personal", string? team = null, string? user = null) => new()
    {
        ConversationId = id,
        ConversationType = type,
        TenantId = "tenant-1",
        TeamId = team,
        ChannelId = team is null ? null : "19:general@thread.tacv2",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        BotId = "28:safetybot",
        BotName = "SafetyBot",
        UserKey = user,
    };

    [Theory, SqliteStore, PostgresStore]
    public async Task Conversation_references_are_created_read_updated_listed_and_deleted(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var created = await store.References.SaveAsync(Reference("a:conv-1", user: "aad-1"));
        Assert.Equal(1, created.Version);
        var read = await store.References.GetAsync("a:conv-1");
        Assert.Equal(created, read);

        store.Time.Advance(TimeSpan.FromMinutes(5));
        var updated = await store.References.SaveAsync(read! with { ServiceUrl = "https://smba.trafficmanager.net/nl/" });
        Assert.Equal(2, updated.Version);
        var reread = await store.References.GetAsync("a:conv-1");
        Assert.Equal("https://smba.trafficmanager.net/nl/", reread!.ServiceUrl);
        Assert.Equal(created.CreatedAt, reread.CreatedAt);
        Assert.Equal(created.CreatedAt + TimeSpan.FromMinutes(5), reread.UpdatedAt);

        await store.References.SaveAsync(Reference("19:general@thread.tacv2", "channel", team: "team-1"));
        await store.References.SaveAsync(Reference("19:other@thread.tacv2", "channel", team: "team-1"));
        Assert.Equal(3, (await store.References.ListAsync()).Count);

        Assert.Equal(2, await store.References.DeleteTeamAsync("team-1"));
        Assert.Equal(1, await store.References.DeleteAsync("a:conv-1"));
        Assert.Null(await store.References.GetAsync("a:conv-1"));
        Assert.Empty(await store.References.ListAsync());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Upserting_a_reference_twice_keeps_one_record_and_its_creation_time(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var first = await store.References.UpsertAsync(Reference("a:conv-1"));
        store.Time.Advance(TimeSpan.FromDays(1));
        var second = await store.References.UpsertAsync(Reference("a:conv-1"));

        Assert.Equal(2, second.Version);
        Assert.Equal(first.CreatedAt, (await store.References.GetAsync("a:conv-1"))!.CreatedAt);
        Assert.Single(await store.References.ListAsync());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Team_settings_and_user_preferences_round_trip_every_field(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var settings = new TeamSettings
        {
            TeamId = "team-1", TenantId = "tenant-1", Region = "midden", WeeklySchedule = "0 9 * * 2", WeeklyTimeZone = "Europe/Amsterdam",
            WeeklyPaused = true, Audience = "po,vo", UnreachableSince = store.Time.GetUtcNow().AddDays(-1),
        };
        var saved = await store.TeamSettings.SaveAsync(settings);
        Assert.Equal(saved, await store.TeamSettings.GetAsync("team-1"));
        Assert.Null(await store.TeamSettings.GetAsync("team-2"));
        Assert.Equal([saved], await store.TeamSettings.ListAsync());
        Assert.Equal(1, await store.TeamSettings.DeleteAsync("team-1"));
        Assert.Null(await store.TeamSettings.GetAsync("team-1"));

        var preference = await store.Preferences.SaveAsync(new UserPreference { UserKey = "aad-1", Audience = "vo" });
        Assert.Equal(preference, await store.Preferences.GetAsync("aad-1"));
        var changed = await store.Preferences.UpdateAsync("aad-1", p => p with { Audience = "mbo" });
        Assert.Equal(("mbo", 2L), (changed.Audience, changed.Version));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_write_based_on_a_stale_version_is_rejected_as_a_conflict(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var v1 = await store.TeamSettings.SaveAsync(new TeamSettings { TeamId = "team-1", Region = "noord" });

        var v2 = await store.TeamSettings.SaveAsync(v1 with { Region = "zuid" });
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.TeamSettings.SaveAsync(v1 with { Region = "midden" }));

        var stored = await store.TeamSettings.GetAsync("team-1");
        Assert.Equal(("zuid", 2L), (stored!.Region, stored.Version));
        Assert.Equal(v2, stored);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Inserting_a_record_that_already_exists_is_rejected_as_a_conflict(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Preferences.SaveAsync(new UserPreference { UserKey = "aad-1", Audience = "po" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.Preferences.SaveAsync(new UserPreference { UserKey = "aad-1", Audience = "vo" }));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.References.SaveAsync(Reference("a:conv-1")).ContinueWith(_ => store.References.SaveAsync(Reference("a:conv-1"))).Unwrap());
        Assert.Equal("po", (await store.Preferences.GetAsync("aad-1"))!.Audience);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Fifty_parallel_writers_to_one_record_all_land_and_none_is_lost(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        // Two connection pools, as two bot instances would have.
        await using var other = store.OpenAnother();
        var stores = new[] { store.Preferences, new Bot.Storage.Sql.SqlUserPreferenceStore(other, store.Time) };
        var conflictsSeen = 0;

        // Every writer's first read waits until all have read: they really race, however the threads are scheduled.
        var loaded = 0;
        var allLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(1, 50).Select(i => Task.Run(async () =>
        {
            var target = stores[i % 2];
            var first = true;
            await OptimisticConcurrency.UpdateAsync(
                async ct =>
                {
                    var current = await target.GetAsync("aad-1", ct);
                    if (first)
                    {
                        first = false;
                        if (Interlocked.Increment(ref loaded) == 50)
                        {
                            allLoaded.SetResult();
                        }

                        await allLoaded.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
                    }

                    return current;
                },
                current => current is null
                    ? new UserPreference { UserKey = "aad-1", Audience = $"w{i}" }
                    : current with { Audience = $"{current.Audience},w{i}" },
                async (record, ct) =>
                {
                    try
                    {
                        return await target.SaveAsync(record, ct);
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflictsSeen);
                        throw;
                    }
                },
                maxAttempts: 200);
        }));
        await Task.WhenAll(writers);

        var final = await store.Preferences.GetAsync("aad-1");
        var writes = final!.Audience!.Split(',');
        Assert.Equal(50, final.Version);
        Assert.Equal(50, writes.Length);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"w{i}").Order(), writes.Order());
        Assert.True(conflictsSeen > 0, "the writers should have raced: no conflict was ever detected");
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_writer_that_keeps_losing_gets_the_conflict_reported_after_its_last_attempt(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var stale = await store.TeamSettings.SaveAsync(new TeamSettings { TeamId = "team-1" });
        await store.TeamSettings.SaveAsync(stale with { Region = "noord" });

        var attempts = 0;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => OptimisticConcurrency.UpdateAsync(
            _ => { attempts++; return Task.FromResult<TeamSettings?>(stale); },
            current => current! with { Region = "zuid" },
            store.TeamSettings.SaveAsync,
            maxAttempts: 3));

        Assert.Equal(3, attempts);
        Assert.Equal("noord", (await store.TeamSettings.GetAsync("team-1"))!.Region);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Feedback_and_unanswered_questions_are_kept_and_listed_newest_first(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var older = await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "sexting", Useful = true });
        store.Time.Advance(TimeSpan.FromHours(1));
        var newer = await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-2", Subject = "cyberpesten", Useful = false });
        Assert.Equal([newer, older], await store.Feedback.ListAsync(10));
        Assert.Equal([newer], await store.Feedback.ListAsync(1));

        var question = await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-1", MaskedText = "Wat doe ik als [naam] foto's deelt?", Audience = "vo" });
        Assert.Equal([question], await store.Questions.ListAsync(10));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_second_rating_by_the_same_user_for_the_same_subject_replaces_the_first(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var first = await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "sexting", Useful = true, Reason = "eerst" });
        store.Time.Advance(TimeSpan.FromHours(1));
        var second = await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "sexting", Useful = false, Reason = "later" });
        await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "cyberpesten", Useful = true });
        await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-2", Subject = "sexting", Useful = true });

        var all = await store.Feedback.ListAsync(10);
        Assert.Equal(3, all.Count);
        var stored = Assert.Single(all, f => f.UserKey == "aad-1" && f.Subject == "sexting");
        Assert.Equal(second, stored);
        Assert.Equal((first.Id, 2L, false, "later"), (stored.Id, stored.Version, stored.Useful, stored.Reason));
        Assert.Equal(first.CreatedAt + TimeSpan.FromHours(1), stored.CreatedAt);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Feedback_is_counted_per_subject_by_the_store_over_the_window_one_vote_per_user(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-gone", Subject = "sexting", Useful = false, CreatedAt = now.AddDays(-40) });
        for (var i = 0; i < 60; i++)
        {
            await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = $"aad-{i}", Subject = "sexting", Useful = i % 3 != 0, CreatedAt = now.AddDays(-29).AddMinutes(i) });
        }

        // Ten users change their mind: each still counts once, with their last rating.
        for (var i = 0; i < 10; i++)
        {
            await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = $"aad-{i}", Subject = "cyberpesten", Useful = true });
            await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = $"aad-{i}", Subject = "cyberpesten", Useful = false });
        }

        await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "grooming", Useful = true });

        Assert.Equal(
            [new FeedbackTally("sexting", 40, 20), new FeedbackTally("cyberpesten", 0, 10), new FeedbackTally("grooming", 1, 0)],
            await store.Feedback.TallyAsync(now.AddDays(-30)));
        Assert.Empty(await store.Feedback.TallyAsync(now.AddMinutes(1)));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Unanswered_questions_are_grouped_and_counted_by_the_store_over_the_window(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-gone", MaskedText = "Hoeveel verdient [naam]?", CreatedAt = now.AddDays(-40) });
        await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-gone", MaskedText = "Hoeveel verdient [naam]?", CreatedAt = now.AddDays(-40) });
        foreach (var text in new[] { "Wanneer is de kerstvakantie?", "wanneer is de KERSTVAKANTIE?", "  Wanneer is de kerstvakantie?  " })
        {
            await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-1", MaskedText = text });
        }

        await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-2", MaskedText = "Hoeveel verdient [naam]?" });
        await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-3", MaskedText = "Hoeveel verdient [naam]?" });
        await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-4", MaskedText = "Hoe laat begint de les?" });
        store.Time.Advance(TimeSpan.FromHours(1));
        await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-5", MaskedText = "Waar staat de printer?" });

        var top = await store.Questions.TopAsync(now.AddDays(-30), 3);

        Assert.Equal(3, top.Count);
        Assert.Equal("wanneer is de kerstvakantie?", top[0].MaskedText.Trim(), ignoreCase: true);
        Assert.Equal(3, top[0].Count);
        Assert.Equal(new QuestionCount("Hoeveel verdient [naam]?", 2), top[1]);
        Assert.Equal(new QuestionCount("Waar staat de printer?", 1), top[2]);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Migration_8_keeps_each_users_newest_rating_per_subject_and_drops_forged_subjects_and_long_reasons(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider, migrate: false);
        Assert.Equal(5, await store.Migrator.MigrateAsync(StoreSchema.Migrations.Where(m => m.Version <= 5).ToList()));

        // As the feedback flow stored ratings before: one per user, subject and answer text, the subject taken from the card data.
        await store.ExecuteAsync($"""
            INSERT INTO feedback (id, user_key, subject, useful, reason, created_at, version) VALUES
            ('a', 'aad-1', 'sexting', 1, NULL, 1000, 1),
            ('b', 'aad-1', 'sexting', 0, 'later', 2000, 1),
            ('c', 'aad-1', 'sexting', 1, NULL, 1500, 1),
            ('d', 'aad-2', 'sexting', 1, '{new string('x', 900)}', 1000, 1),
            ('e', 'aad-1', '{new string('y', 5000)}', 0, NULL, 3000, 1)
            """);

        Assert.Equal(StoreSchema.LatestVersion, await store.Migrator.MigrateAsync());

        var rows = await store.Feedback.ListAsync(10);
        Assert.Equal(["b", "d"], rows.Select(r => r.Id).Order());
        Assert.False(rows.Single(r => r.Id == "b").Useful);
        Assert.Equal(new string('x', 500), rows.Single(r => r.Id == "d").Reason);
        await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "sexting", Useful = true });
        Assert.Equal(2, (await store.Feedback.ListAsync(10)).Count);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Migrating_an_empty_database_reaches_the_latest_version_and_a_second_run_changes_nothing(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider, migrate: false);

        Assert.Equal(StoreSchema.LatestVersion, await store.Migrator.MigrateAsync());
        Assert.Equal(StoreSchema.LatestVersion, await store.Migrator.MigrateAsync());

        await using var connection = await store.Database.OpenAsync(CancellationToken.None);
        Assert.Equal(StoreSchema.Migrations.Select(m => m.Version), await StoreMigrator.AppliedVersionsAsync(connection));
        Assert.Equal(StoreSchema.Tables.Select(t => t.Name).Order(), (await store.TablesAsync()).Order());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Migrating_an_older_database_adds_the_new_tables_and_keeps_its_data(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider, migrate: false);
        Assert.Equal(1, await store.Migrator.MigrateAsync(StoreSchema.Migrations.Take(1).ToList()));
        // Written as version 1 of the schema had them (later versions add columns the store now writes).
        await store.ExecuteAsync("""
            INSERT INTO conversation_references (conversation_id, conversation_type, service_url, user_key, created_at, updated_at, version)
            VALUES ('a:conv-1', 'personal', 'https://smba.trafficmanager.net/emea/', 'aad-1', 1000, 2000, 1)
            """);
        await store.ExecuteAsync("""
            INSERT INTO conversation_references (conversation_id, conversation_type, service_url, team_id, created_at, updated_at, version)
            VALUES ('19:general@thread.tacv2', 'channel', 'https://smba.trafficmanager.net/emea/', 'team-1', 1000, 2000, 1)
            """);
        // Written as version 1 of the schema had it (later versions add columns the store now writes).
        await store.ExecuteAsync("INSERT INTO team_settings (team_id, region, weekly_paused, updated_at, version) VALUES ('team-1', 'zuid', 0, 0, 1)");
        Assert.DoesNotContain("feedback", await store.TablesAsync());

        Assert.Equal(StoreSchema.LatestVersion, await store.Migrator.MigrateAsync());

        // Migration 6: a 1:1 chat's last activity starts at its last change; a team's stays empty (never expires).
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(2000), (await store.References.GetAsync("a:conv-1"))!.LastActiveAt);
        Assert.Null((await store.References.GetAsync("19:general@thread.tacv2"))!.LastActiveAt);
        Assert.Equal("zuid", (await store.TeamSettings.GetAsync("team-1"))!.Region);
        await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "x", Useful = true });
        Assert.Contains("once_claims", await store.TablesAsync());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Instances_starting_at_the_same_time_apply_each_migration_exactly_once(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider, migrate: false);
        var instances = Enumerable.Range(0, 4).Select(_ => store.OpenAnother()).ToList();
        try
        {
            var versions = await Task.WhenAll(instances.Select(db => Task.Run(() =>
                new StoreMigrator(db, store.Time, NullLogger<StoreMigrator>.Instance).MigrateAsync())));

            Assert.All(versions, version => Assert.Equal(StoreSchema.LatestVersion, version));
            Assert.Equal(StoreSchema.Migrations.Count, await store.CountAsync($"SELECT count(*) FROM {StoreSchema.VersionTable}"));
        }
        finally
        {
            foreach (var db in instances)
            {
                await db.DisposeAsync();
            }
        }
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Retention_deletes_expiring_records_older_than_the_retention_days_and_nothing_else(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "old", Useful = true });
        await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-1", MaskedText = "oud" });
        await store.References.SaveAsync(Reference("a:conv-1", user: "aad-1"));
        await store.Preferences.SaveAsync(new UserPreference { UserKey = "aad-1", Audience = "po" });
        await store.Weekly.CastVoteAsync("team-1", "2026-W48", "aad-1", "29:u1", 1);
        var oldRound = await store.Quiz.SaveRoundAsync(new QuizRound { Id = "old", UserKey = "aad-1", QuestionIds = ["quiz-a"], Answers = [-1] });
        await store.Quiz.RecordAnswerAsync(oldRound with { Answers = [0], Position = 1 }, new QuizProgress { UserKey = "aad-1", QuestionId = "quiz-a", Topic = "basis", LastAnsweredAt = store.Time.GetUtcNow() });
        await store.Audit.AppendAsync(new AuditEntry { ActorKey = "aad-1", Action = AuditActions.InsightsViewed });
        store.Time.Advance(TimeSpan.FromDays(20));
        var recentFeedback = await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = "aad-1", Subject = "new", Useful = true });
        var recentQuestion = await store.Questions.AddAsync(new UnansweredQuestion { UserKey = "aad-1", MaskedText = "nieuw" });
        await store.Weekly.CastVoteAsync("team-1", "2026-W51", "aad-1", "29:u1", 2);
        var recentRound = await store.Quiz.SaveRoundAsync(new QuizRound { Id = "new", UserKey = "aad-1", QuestionIds = ["quiz-b"], Answers = [-1] });
        await store.Quiz.RecordAnswerAsync(recentRound with { Answers = [1], Position = 1 }, new QuizProgress { UserKey = "aad-1", QuestionId = "quiz-b", Topic = "basis", LastAnsweredAt = store.Time.GetUtcNow() });
        await store.Activity.TouchAsync("aad-1");
        var recentAudit = await store.Audit.AppendAsync(new AuditEntry { ActorKey = "aad-1", Action = AuditActions.WeeklyRevealed, Target = "team-1", Detail = "2026-W51" });
        store.Time.Advance(TimeSpan.FromDays(15));

        var retention = new StoreRetentionService(store.Eraser, Options.Create(new StorageOptions { RetentionDays = 30 }), store.Time, NullLogger<StoreRetentionService>.Instance);
        Assert.Equal(6, await retention.RunOnceAsync());
        Assert.Equal([recentAudit], await store.Audit.LatestAsync(10));
        Assert.Null(await store.Weekly.GetVoteAsync("team-1", "2026-W48", "aad-1"));
        Assert.Equal(2, await store.Weekly.GetVoteAsync("team-1", "2026-W51", "aad-1"));
        Assert.Null(await store.Quiz.GetRoundAsync("old"));
        Assert.NotNull(await store.Quiz.GetRoundAsync("new"));
        Assert.Equal("quiz-b", Assert.Single(await store.Quiz.ListProgressAsync("aad-1")).QuestionId);

        Assert.Equal([recentFeedback], await store.Feedback.ListAsync(10));
        Assert.Equal([recentQuestion], await store.Questions.ListAsync(10));
        Assert.NotNull(await store.References.GetAsync("a:conv-1"));
        Assert.NotNull(await store.Preferences.GetAsync("aad-1"));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Preferences_and_personal_conversation_references_expire_after_the_retention_days_without_activity_and_team_references_never(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.References.SaveAsync(Reference("a:personal-left", user: "aad-left"));
        await store.Preferences.SaveAsync(new UserPreference { UserKey = "aad-left", Audience = "po" });
        await store.References.SaveAsync(Reference("a:personal-active", user: "aad-active"));
        var saved = await store.Preferences.SaveAsync(new UserPreference { UserKey = "aad-active", Audience = "vo" });
        await store.References.SaveAsync(Reference("19:general@thread.tacv2", "channel", team: "team-1"));
        await store.References.SaveAsync(Reference("19:group@thread.v2", "groupChat"));
        Assert.Equal(store.Time.GetUtcNow(), saved.LastActiveAt);

        store.Time.Advance(TimeSpan.FromDays(25));
        await store.Activity.TouchAsync("aad-active");
        await store.Activity.TouchAsync("aad-nobody");
        var touched = await store.Preferences.GetAsync("aad-active");
        Assert.Equal(store.Time.GetUtcNow(), touched!.LastActiveAt);
        Assert.Equal(store.Time.GetUtcNow(), (await store.References.GetAsync("a:personal-active"))!.LastActiveAt);
        Assert.Equal((saved.Version, saved.UpdatedAt, "vo"), (touched.Version, touched.UpdatedAt, touched.Audience));
        Assert.Null(await store.Preferences.GetAsync("aad-nobody"));
        store.Time.Advance(TimeSpan.FromDays(10));

        var retention = new StoreRetentionService(store.Eraser, Options.Create(new StorageOptions { RetentionDays = 30 }), store.Time, NullLogger<StoreRetentionService>.Instance);
        Assert.Equal(2, await retention.RunOnceAsync());

        Assert.Null(await store.Preferences.GetAsync("aad-left"));
        Assert.Null(await store.References.GetAsync("a:personal-left"));
        Assert.NotNull(await store.Preferences.GetAsync("aad-active"));
        Assert.NotNull(await store.References.GetAsync("a:personal-active"));
        Assert.Null((await store.References.GetAsync("19:general@thread.tacv2"))!.LastActiveAt);
        Assert.NotNull(await store.References.GetAsync("19:group@thread.v2"));

        store.Time.Advance(TimeSpan.FromDays(400));
        Assert.Equal(2, await retention.RunOnceAsync());
        Assert.Equal(["19:general@thread.tacv2", "19:group@thread.v2"], (await store.References.ListAsync()).Select(r => r.ConversationId));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Forget_me_deletes_every_record_of_the_user_in_every_table_and_nothing_of_others(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        foreach (var user in new[] { "aad-1", "aad-2" })
        {
            await store.References.SaveAsync(Reference($"a:personal-{user}", user: user));
            await store.Preferences.SaveAsync(new UserPreference { UserKey = user, Audience = "vo" });
            await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = user, Subject = "s", Useful = true });
            await store.Questions.AddAsync(new UnansweredQuestion { UserKey = user, MaskedText = "q" });
            await store.Weekly.CastVoteAsync("team-1", "2026-W48", user, "29:" + user, 2);
            var round = await store.Quiz.SaveRoundAsync(new QuizRound { Id = "round-" + user, UserKey = user, QuestionIds = ["quiz-a"], Answers = [-1] });
            await store.Quiz.RecordAnswerAsync(round with { Answers = [0], Position = 1 }, new QuizProgress { UserKey = user, QuestionId = "quiz-a", Topic = "basis", TimesAnswered = 1 });
            await store.Audit.AppendAsync(new AuditEntry { ActorKey = user, Action = AuditActions.TeamSettingChanged, Target = "team-1", Setting = "region", NewValue = "zuid" });
            await store.FollowUps.SaveAsync(new FollowUpContextRecord { UserKey = user, ArticleId = "online-pesten", SectionIds = ["lead"], Terms = ["cyberpest"] });
        }

        await store.References.SaveAsync(Reference("19:general@thread.tacv2", "channel", team: "team-1"));
        await store.TeamSettings.SaveAsync(new TeamSettings { TeamId = "team-1" });

        Assert.Equal(9, await store.Eraser.EraseUserAsync("aad-1"));

        foreach (var table in StoreSchema.Tables.Where(t => t.HoldsUserData))
        {
            Assert.Equal(0, await store.CountAsync($"SELECT count(*) FROM {table.Name} WHERE {table.UserKeyColumn} = @user", ("user", "aad-1")));
            Assert.True(await store.CountAsync($"SELECT count(*) FROM {table.Name} WHERE {table.UserKeyColumn} = @user", ("user", "aad-2")) > 0, table.Name);
        }

        Assert.NotNull(await store.References.GetAsync("19:general@thread.tacv2"));
        Assert.NotNull(await store.TeamSettings.GetAsync("team-1"));
        Assert.Equal(0, await store.Eraser.EraseUserAsync("aad-1"));

        // The audit log keeps what was done; only who did it became a pseudonym.
        var audit = await store.Audit.LatestAsync(10);
        Assert.Equal(2, audit.Count);
        Assert.Single(audit, e => AuditActor.IsPseudonym(e.ActorKey) && e.NewValue == "zuid");
        Assert.Single(audit, e => e.ActorKey == "aad-2");
    }

    [Fact]
    public void The_right_of_access_reads_exactly_the_tables_forget_me_erases()
    {
        Assert.Equal(
            StoreSchema.Tables.Where(t => t.HoldsUserData).Select(t => t.Name).Order(),
            Bot.Storage.Sql.SqlUserDataReader.CoveredTables.Order());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task The_right_of_access_shows_every_record_of_the_user_and_nothing_of_others_or_after_forget_me(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        Assert.True((await store.Reader.ReadUserAsync("aad-1")).IsEmpty);
        foreach (var user in new[] { "aad-1", "aad-2" })
        {
            await store.References.SaveAsync(Reference($"a:personal-{user}", user: user));
            await store.Preferences.SaveAsync(new UserPreference { UserKey = user, Audience = "vo" });
            await store.Feedback.SaveAsync(new FeedbackEntry { UserKey = user, Subject = "sexting", Useful = false, Reason = "reden van " + user });
            await store.Questions.AddAsync(new UnansweredQuestion { UserKey = user, MaskedText = "vraag van " + user });
            var round = await store.Quiz.SaveRoundAsync(new QuizRound { Id = "round-" + user, UserKey = user, QuestionIds = ["quiz-a", "quiz-b"], Answers = [-1, -1] });
            await store.Quiz.RecordAnswerAsync(round with { Answers = [0, -1], Position = 1 }, new QuizProgress { UserKey = user, QuestionId = "quiz-a", Topic = "basis", TimesAnswered = 1, TimesRight = 1, LastAnsweredAt = store.Time.GetUtcNow() });
        }

        await store.Weekly.TryClaimPostAsync(Claim(dilemma: "week-a"));
        await store.Weekly.CastVoteAsync("team-1", "2026-W48", "aad-1", "29:aad-1", 3);
        await store.Weekly.CastVoteAsync("team-1", "2026-W49", "aad-1", null, 1);
        await store.Weekly.CastVoteAsync("team-1", "2026-W48", "aad-2", "29:aad-2", 2);
        await store.References.SaveAsync(Reference("19:general@thread.tacv2", "channel", team: "team-1"));
        await store.Audit.AppendAsync(new AuditEntry { ActorKey = "aad-1", Action = AuditActions.WeeklyRevealed, Target = "team-1", Detail = "2026-W48" });
        await store.Audit.AppendAsync(new AuditEntry { ActorKey = "aad-2", Action = AuditActions.InsightsViewed });

        var report = await store.Reader.ReadUserAsync("aad-1");

        Assert.Equal(("vo", store.Time.GetUtcNow()), (report.Preference!.Audience, report.Preference.LastActiveAt!.Value));
        var feedback = Assert.Single(report.Feedback);
        Assert.Equal(("sexting", false, "reden van aad-1"), (feedback.Subject, feedback.Useful, feedback.Reason));
        Assert.Equal("vraag van aad-1", Assert.Single(report.Questions).MaskedText);
        var expectedVotes = new (string, int, string?, bool)[] { ("2026-W49", 1, null, false), ("2026-W48", 3, "week-a", true) };
        Assert.Equal(expectedVotes, report.Votes.Select(v => (v.Week, v.Choice, v.DilemmaId, v.HasUserRef)));
        Assert.Equal(["quiz-a", "quiz-b"], Assert.Single(report.QuizRounds).QuestionIds);
        var progress = Assert.Single(report.QuizProgress);
        Assert.Equal(("quiz-a", "basis", 1, 1), (progress.QuestionId, progress.Topic, progress.TimesAnswered, progress.TimesRight));
        Assert.Equal("a:personal-aad-1", Assert.Single(report.Conversations).ConversationId);
        var audited = Assert.Single(report.AuditEntries);
        Assert.Equal((AuditActions.WeeklyRevealed, "team-1", "2026-W48"), (audited.Action, audited.Target, audited.Detail));

        await store.Eraser.EraseUserAsync("aad-1");
        Assert.True((await store.Reader.ReadUserAsync("aad-1")).IsEmpty);
        Assert.False((await store.Reader.ReadUserAsync("aad-2")).IsEmpty);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Every_table_in_the_database_is_classified_and_every_table_with_a_user_column_is_erased_by_forget_me(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        foreach (var table in await store.TablesAsync())
        {
            var declared = StoreSchema.Tables.SingleOrDefault(t => t.Name == table);
            Assert.True(declared is not null, $"table '{table}' is not listed in StoreSchema.Tables: say whether forget-me must erase it");
            var columns = await store.ColumnsAsync(table);
            var userColumns = columns.Where(c => UserColumn().IsMatch(c)).ToList();
            if (declared!.HoldsUserData)
            {
                Assert.Contains(declared.UserKeyColumn!, columns);
            }
            else
            {
                Assert.True(userColumns.Count == 0, $"table '{table}' has user column(s) {string.Join(", ", userColumns)} but forget-me does not erase it");
                Assert.False(string.IsNullOrWhiteSpace(declared.WhyNoUserData), $"table '{table}' must say why it holds no user data");
            }

            Assert.True(userColumns.All(c => c == declared.UserKeyColumn || (declared.SameUserColumns?.Contains(c) ?? false)), $"table '{table}' has a user column forget-me does not use: {string.Join(", ", userColumns)}");
        }
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task The_audit_log_keeps_every_field_and_lists_the_newest_entries_first_up_to_the_limit(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var first = await store.Audit.AppendAsync(new AuditEntry
        {
            ActorKey = "aad-admin", Action = AuditActions.TeamSettingChanged, TenantId = "tenant-1", Target = "team-1",
            Setting = "region", OldValue = null, NewValue = "zuid",
        });
        for (var i = 0; i < 5; i++)
        {
            store.Time.Advance(TimeSpan.FromMinutes(1));
            await store.Audit.AppendAsync(new AuditEntry { ActorKey = "aad-admin", Action = AuditActions.WeeklyRevealed, Target = "team-1", Detail = $"2026-W4{i}" });
        }

        Assert.Equal(first, (await store.Audit.LatestAsync(100))[^1]);
        Assert.Equal(store.Time.GetUtcNow().AddMinutes(-5), first.CreatedAt);
        var latest = await store.Audit.LatestAsync(3);
        Assert.Equal(["2026-W44", "2026-W43", "2026-W42"], latest.Select(e => e.Detail));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task The_health_check_reports_a_reachable_store_healthy(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var result = await new StoreHealthCheck(store.Database).CheckHealthAsync(HealthContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    internal static HealthCheckContext HealthContext() => new()
    {
        Registration = new HealthCheckRegistration("store", _ => null!, HealthStatus.Unhealthy, null),
    };

    [GeneratedRegex("user|aad|member|email", RegexOptions.IgnoreCase)]
    private static partial Regex UserColumn();

    private static WeeklyPost Claim(string team = "team-1", string week = "2026-W48", string dilemma = "week-a") => new()
    {
        TeamId = team, Week = week, DilemmaId = dilemma, ConversationId = "19:general@thread.tacv2",
        ServiceUrl = "https://smba.trafficmanager.net/emea/", Status = WeeklyPostStatus.Sending,
    };

    [Theory, SqliteStore, PostgresStore]
    public async Task A_weekly_post_is_claimed_once_per_team_and_week_and_only_a_proven_undelivered_send_frees_the_claim(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        Assert.True(await store.Weekly.TryClaimPostAsync(Claim()));
        Assert.False(await store.Weekly.TryClaimPostAsync(Claim(dilemma: "week-b")));
        Assert.True(await store.Weekly.TryClaimPostAsync(Claim(team: "team-2")));
        Assert.True(await store.Weekly.TryClaimPostAsync(Claim(week: "2026-W49")));

        var claimed = (await store.Weekly.GetPostAsync("team-1", "2026-W48"))!;
        Assert.Equal((WeeklyPostStatus.Sending, "week-a"), (claimed.Status, claimed.DilemmaId));
        await store.Weekly.SavePostAsync(claimed with { Status = WeeklyPostStatus.NotDelivered, Failure = "HTTP 400" });
        Assert.True(await store.Weekly.TryClaimPostAsync(Claim(dilemma: "week-b")));
        var retaken = (await store.Weekly.GetPostAsync("team-1", "2026-W48"))!;
        Assert.Equal((WeeklyPostStatus.Sending, "week-b", (string?)null), (retaken.Status, retaken.DilemmaId, retaken.Failure));

        var ambiguous = await store.Weekly.SavePostAsync(retaken with { Status = WeeklyPostStatus.Ambiguous, Failure = "HTTP 504" });
        Assert.False(await store.Weekly.TryClaimPostAsync(Claim()));
        Assert.Equal("HTTP 504", Assert.Single(await store.Weekly.ListFailedPostsAsync(10)).Failure);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.Weekly.SavePostAsync(retaken with { Revealed = true }));

        var sent = await store.Weekly.SavePostAsync(ambiguous with { Status = WeeklyPostStatus.Sent, ActivityId = "activity-1", Revealed = true });
        Assert.Equal(sent, await store.Weekly.GetPostAsync("team-1", "2026-W48"));
        Assert.Null(sent.ShownVoters);
        var stepped = await store.Weekly.SavePostAsync(sent with { ShownVoters = 8 });
        Assert.Equal(8, (await store.Weekly.GetPostAsync("team-1", "2026-W48"))!.ShownVoters);
        Assert.Equal(stepped, await store.Weekly.GetPostAsync("team-1", "2026-W48"));
        Assert.Equal(["2026-W49", "2026-W48"], (await store.Weekly.ListPostsAsync("team-1")).Select(p => p.Week));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_hundred_parallel_votes_give_an_exact_tally_and_a_changed_vote_counts_once(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await store.Weekly.CastVoteAsync("team-1", "2026-W48", $"aad-{i}", $"29:user-{i}", (i % 3) + 1, ct));
        await store.Weekly.CastVoteAsync("team-1", "2026-W48", "aad-0", "29:user-0", 3);
        await store.Weekly.CastVoteAsync("team-2", "2026-W48", "aad-0", "29:user-0", 1);

        var tally = await store.Weekly.TallyAsync("team-1", "2026-W48", options: 3, maxVoterRefs: 60);

        Assert.Equal(100, tally.Voters);
        Assert.Equal([33, 33, 34], tally.Counts);
        Assert.Equal(60, tally.VoterRefs.Count);

        // Ordered by id (ordinal), never by when anyone voted.
        Assert.Equal([.. tally.VoterRefs.Order(StringComparer.Ordinal)], tally.VoterRefs);
        foreach (var user in new[] { "c", "a", "D", "b" })
        {
            await store.Weekly.CastVoteAsync("team-3", "2026-W48", $"aad-{user}", $"29:{user}", 1);
            store.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(["29:D", "29:a", "29:b", "29:c"], (await store.Weekly.TallyAsync("team-3", "2026-W48", options: 3, maxVoterRefs: 60)).VoterRefs);
        Assert.Equal(3, await store.Weekly.GetVoteAsync("team-1", "2026-W48", "aad-0"));
        Assert.Null(await store.Weekly.GetVoteAsync("team-1", "2026-W49", "aad-0"));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_quiz_answer_updates_round_and_progress_together_a_stale_round_records_nothing_and_finishing_keeps_the_answers(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var round = await store.Quiz.SaveRoundAsync(new QuizRound { Id = "r1", UserKey = "aad-1", QuestionIds = ["quiz-a", "quiz-b"], Answers = [-1, -1] });
        static string Key(QuizRound? r) => r is null ? "none" : $"{r.Id}|{r.UserKey}|{string.Join(',', r.QuestionIds)}|{string.Join(',', r.Answers)}|{r.Position}|{r.Finished}|{r.Version}";
        Assert.Equal(Key(round), Key(await store.Quiz.GetOpenRoundAsync("aad-1")));

        var progress = new QuizProgress { UserKey = "aad-1", QuestionId = "quiz-a", Topic = "risico", Box = 1, DueAt = store.Time.GetUtcNow().AddDays(1), TimesAnswered = 1, LastAnsweredAt = store.Time.GetUtcNow() };
        var answered = await store.Quiz.RecordAnswerAsync(round with { Answers = [2, -1], Position = 1 }, progress);
        Assert.Equal((2L, 1, 2), (answered.Version, answered.Position, answered.Answers[0]));

        // The same click again, based on the old version: rejected, and the progress is not counted twice.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.Quiz.RecordAnswerAsync(round with { Answers = [1, -1], Position = 1 }, progress with { TimesAnswered = 2 }));
        Assert.Equal(progress, Assert.Single(await store.Quiz.ListProgressAsync("aad-1")));
        Assert.Equal(Key(answered), Key(await store.Quiz.GetRoundAsync("r1")));

        // Finishing needs no version: it keeps what was answered, and finishing again changes nothing.
        var finished = await store.Quiz.FinishRoundAsync("r1");
        Assert.Equal(Key(answered with { Finished = true, Version = 3 }), Key(finished));
        Assert.Equal(Key(finished), Key(await store.Quiz.FinishRoundAsync("r1")));
        Assert.Null(await store.Quiz.FinishRoundAsync("no-such-round"));
        Assert.Null(await store.Quiz.GetOpenRoundAsync("aad-1"));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.Quiz.RecordAnswerAsync(answered with { Answers = [2, 0], Position = 2 }, progress));

        var overview = await store.Quiz.OverviewAsync();
        Assert.Equal((1, 1), (overview.Participants, overview.FinishedRounds));
        Assert.Equal(new QuizTopicScore("risico", 1, 1, 0), Assert.Single(overview.Topics));
    }
}
