using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Schema;
using SafetyBot.Bot.Storage.Sql;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Storage;

/// <summary>
/// "Nothing left behind" for the SQLite file (issue 26, item 4): the files are the owner's only, and
/// erased text is in none of them, read as raw bytes (database file and WAL, no checkpoint by the test).
/// </summary>
public sealed class SqliteFileHygieneTests
{
    private const string Marker = "kwispeltrompetklas";

    [Fact]
    public async Task A_new_data_directory_is_0700_and_the_database_and_its_wal_are_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Directory.CreateTempSubdirectory("safetybot-modes-").FullName;
        var file = Path.Combine(root, "data", StoreDatabase.DefaultFileName);
        try
        {
            await using (var database = new SqliteStoreDatabase(file))
            {
                var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
                await new StoreMigrator(database, time, NullLogger<StoreMigrator>.Instance).MigrateAsync();
                await new SqlUserPreferenceStore(database, time).SaveAsync(new UserPreference { UserKey = "aad-1", Audience = "vo" });

                Assert.True(File.Exists(file + "-wal"), "the WAL should exist while the store is open");
                Assert.Equal(PrivateFiles.OwnerOnlyDirectory, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
                Assert.Equal(PrivateFiles.OwnerOnlyFile, File.GetUnixFileMode(file));
                Assert.Equal(PrivateFiles.OwnerOnlyFile, File.GetUnixFileMode(file + "-wal"));
                Assert.Equal(PrivateFiles.OwnerOnlyFile, File.GetUnixFileMode(file + "-shm"));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task An_existing_database_readable_by_others_is_made_private_at_start()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Directory.CreateTempSubdirectory("safetybot-modes-").FullName;
        var file = Path.Combine(root, StoreDatabase.DefaultFileName);
        try
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
            await using (var first = new SqliteStoreDatabase(file))
            {
                await new StoreMigrator(first, time, NullLogger<StoreMigrator>.Instance).MigrateAsync();
            }

            File.SetUnixFileMode(file, PrivateFiles.OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            await using (var again = new SqliteStoreDatabase(file))
            {
                await new StoreMigrator(again, time, NullLogger<StoreMigrator>.Instance).MigrateAsync();
            }

            Assert.Equal(PrivateFiles.OwnerOnlyFile, File.GetUnixFileMode(file));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task After_forget_me_the_users_question_is_in_neither_the_database_file_nor_the_wal()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        const string user = "user-scrub";
        var file = Path.Combine(factory.DataDirectory, StoreDatabase.DefaultFileName);

        await client.PostActivityAsync(WithUser(Activities.CardAction("welcome.audience", new JsonObject { ["audience"] = "vo" }), user));
        await client.PostActivityAsync(WithUser(Activities.Message($"Wanneer begint de kerstvakantie voor de {Marker}?", expectReplies: true), user));

        // The premise: the question was stored (as an unanswered question), and the byte check sees it.
        var stored = await factory.Services.GetRequiredService<IUnansweredQuestionStore>().ListAsync(50);
        Assert.Contains(stored, q => q.UserKey == user && q.MaskedText.Contains(Marker, StringComparison.Ordinal));
        Assert.True(Occurs(file) || Occurs(file + "-wal"), "before the erasure the question should be in the database file or the WAL");

        var confirm = (await (await client.PostActivityAsync(WithUser(Activities.Message("vergeet mij", expectReplies: true), user))).RepliesAsync())[0]!.ToJsonString();
        Assert.Contains("privacy.forget", confirm, StringComparison.Ordinal);
        await client.PostActivityAsync(WithUser(Activities.CardAction("privacy.forget", new JsonObject { ["confirm"] = true }), user));

        Assert.DoesNotContain(await factory.Services.GetRequiredService<IUnansweredQuestionStore>().ListAsync(50), q => q.UserKey == user);
        Assert.False(Occurs(file), "the erased question is still in the database file");
        Assert.False(Occurs(file + "-wal"), "the erased question is still in the WAL");
        Assert.False(Occurs(file + "-shm"), "the erased question is in the WAL index");

        // And the bot goes on working on the same files.
        var after = await client.PostActivityAsync(WithUser(Activities.Message("help", expectReplies: true), "user-other"));
        Assert.True(after.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_message_or_card_action_keeps_the_users_preference_from_expiring()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var factory = new BotFactory().WithServices(services => services.AddSingleton<TimeProvider>(time));
        using var client = factory.CreateClient();
        var preferences = factory.Services.GetRequiredService<IUserPreferenceStore>();

        await client.PostActivityAsync(WithUser(Activities.CardAction("welcome.audience", new JsonObject { ["audience"] = "po" }), "user-active"));
        Assert.Equal(time.GetUtcNow(), (await preferences.GetAsync("user-active"))!.LastActiveAt);

        time.Advance(TimeSpan.FromDays(2));
        await client.PostActivityAsync(WithUser(Activities.Message("help", expectReplies: true), "user-active"));

        var preference = await preferences.GetAsync("user-active");
        Assert.Equal(time.GetUtcNow(), preference!.LastActiveAt);
        Assert.Equal(1, preference.Version);
    }

    private static JsonObject WithUser(JsonObject activity, string aadObjectId)
    {
        activity["from"]!["aadObjectId"] = aadObjectId;
        return activity;
    }

    /// <summary>Reads the file's raw bytes while SQLite has it open, and looks for the marker (UTF-8, as SQLite stores text).</summary>
    private static bool Occurs(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(Marker)) >= 0;
    }
}
