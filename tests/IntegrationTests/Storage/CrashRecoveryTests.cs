using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Sql;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Storage;

/// <summary>The bot process is killed with SIGKILL during a burst of writes; every write it acknowledged survives.</summary>
public sealed class CrashRecoveryTests
{
    private const int Writers = 8;
    private const int KillAfterAcknowledged = 150;
    private const int MaxRequests = 3000;

    [Fact]
    public async Task Every_acknowledged_write_is_in_the_store_after_the_process_is_killed_mid_burst_and_restarted()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("safetybot-crash-").FullName;
        var environment = new Dictionary<string, string> { ["Storage__Provider"] = "Sqlite", ["Storage__DataDirectory"] = dataDirectory };
        try
        {
            var acknowledged = new ConcurrentBag<string>();
            var sent = 0;
            await using (var bot = await BotProcess.StartAsync(environment, TimeSpan.FromSeconds(60)))
            {
                using var client = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(10) };
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                var killed = 0;
                var burst = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested && Volatile.Read(ref sent) < MaxRequests)
                    {
                        var id = $"a:crash-{writer}-{Interlocked.Increment(ref sent)}";
                        try
                        {
                            var response = await client.PostAsJsonAsync("api/messages", Activities.Installation("add", id), stop.Token);
                            if (response.StatusCode == HttpStatusCode.OK)
                            {
                                acknowledged.Add(id);
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                        {
                            // The process is gone: this write was never acknowledged.
                            return;
                        }

                        if (acknowledged.Count >= KillAfterAcknowledged && Interlocked.Exchange(ref killed, 1) == 0)
                        {
                            bot.Kill();
                        }
                    }
                }));
                await Task.WhenAll(burst);
                Assert.True(bot.HasExited, "the bot was never killed: the burst ended first");
            }

            Assert.True(acknowledged.Count >= KillAfterAcknowledged);
            Assert.True(sent > acknowledged.Count, "the kill should land while writes were still in flight");

            // A restart opens the store (and migrates) without complaint.
            await using (var restarted = await BotProcess.StartAsync(environment, TimeSpan.FromSeconds(60)))
            {
                using var client = new HttpClient { BaseAddress = restarted.Address };
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("readyz")).StatusCode);
            }

            await using var database = new SqliteStoreDatabase(Path.Combine(dataDirectory, StoreDatabase.DefaultFileName));
            var stored = (await new SqlConversationReferenceStore(database, TimeProvider.System).ListAsync()).Select(r => r.ConversationId).ToHashSet();
            var missing = acknowledged.Where(id => !stored.Contains(id)).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged writes were lost, e.g. {string.Join(", ", missing.Take(5))}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
