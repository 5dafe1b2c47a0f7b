using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Sql;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Robustness;

/// <summary>
/// The bot process is killed with SIGKILL in the middle of a weekly send and in the middle of a burst
/// of quiz answers. After a restart no card is posted twice and no acknowledged answer is lost.
/// </summary>
public sealed class CrashSafetyTests
{
    private static Dictionary<string, string> Environment(string dataDirectory) => new()
    {
        ["Storage__Provider"] = "Sqlite",
        ["Storage__DataDirectory"] = dataDirectory,
        ["RateLimit__PerUserPerMinute"] = "10000",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static void Cleanup(string dataDirectory)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_kill_during_a_scheduled_weekly_send_never_leads_to_a_second_post()
    {
        const string team = "19:team-crash@thread.tacv2";
        await using var connector = await LoopbackConnector.StartAsync();
        var dataDirectory = Directory.CreateTempSubdirectory("safetybot-crash-weekly-").FullName;
        var environment = Environment(dataDirectory);
        environment["Weekly__Schedule"] = "* * * * *";
        environment["Weekly__TickSeconds"] = "5";
        try
        {
            // The connector takes the card but holds its answer: the bot is killed while it waits.
            connector.DelayNext(TimeSpan.FromSeconds(30));
            await using (var bot = await BotProcess.StartAsync(environment, TimeSpan.FromSeconds(60)))
            {
                using var client = new HttpClient { BaseAddress = bot.Address };
                var install = Activities.Installation("add", team, "channel", team, expectReplies: false);
                install["serviceUrl"] = connector.ServiceUrl;
                Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("api/messages", install)).StatusCode);

                var posts = await connector.WaitForAsync(1, TimeSpan.FromSeconds(30));
                Assert.Single(posts, p => p.Method == "POST" && p.Path.Contains(team, StringComparison.Ordinal));
                bot.Kill();
            }

            await using (var restarted = await BotProcess.StartAsync(environment, TimeSpan.FromSeconds(60)))
            {
                // Three scheduler ticks after the restart: the claim found in the store stops every resend.
                await Task.Delay(TimeSpan.FromSeconds(16));
                using var client = new HttpClient { BaseAddress = restarted.Address };
                var ask = Activities.Message("<at>SafetyBot</at> weekkaart", connector.ServiceUrl, expectReplies: true, conversationType: "channel", conversationId: team + ";messageid=1");
                ask["channelData"]!["team"] = new JsonObject { ["id"] = team };
                var reply = await (await client.PostAsJsonAsync("api/messages", ask)).RepliesAsync();
                Assert.Contains("misschien al geplaatst", reply.ToJsonString(), StringComparison.Ordinal);
            }

            Assert.Single(connector.Requests, p => p.Method == "POST" && p.Path.Contains(team, StringComparison.Ordinal));
            await using var database = new SqliteStoreDatabase(Path.Combine(dataDirectory, StoreDatabase.DefaultFileName));
            var post = Assert.Single(await new SqlWeeklyStore(database, TimeProvider.System).ListPostsAsync(team));
            Assert.Equal(WeeklyPostStatus.Sending, post.Status);
        }
        finally
        {
            Cleanup(dataDirectory);
        }
    }

    [Fact]
    public async Task A_kill_during_a_burst_of_quiz_answers_loses_no_acknowledged_answer()
    {
        const int userCount = 6;
        const int killAfter = 40;
        var dataDirectory = Directory.CreateTempSubdirectory("safetybot-crash-quiz-").FullName;
        var environment = Environment(dataDirectory);
        var acknowledged = new ConcurrentBag<(string User, string Round, int Index)>();
        try
        {
            await using (var bot = await BotProcess.StartAsync(environment, TimeSpan.FromSeconds(60)))
            {
                using var client = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(10) };
                var killed = 0;
                var users = Enumerable.Range(0, userCount).Select(u => Task.Run(async () =>
                {
                    var user = $"crash-user-{u}";
                    JsonObject As(JsonObject activity)
                    {
                        activity["from"] = new JsonObject { ["id"] = "29:" + user, ["aadObjectId"] = "aad-" + user };
                        activity["conversation"] = new JsonObject { ["id"] = "a:" + user, ["conversationType"] = "personal" };
                        return activity;
                    }

                    try
                    {
                        for (var round = 0; round < 5; round++)
                        {
                            var start = await (await client.PostAsJsonAsync("api/messages", As(Activities.Message("quiz", expectReplies: true)))).RepliesAsync();
                            var card = start[0]!["attachments"]![0]!["content"]!;
                            var roundId = CardJson.Descendants(card).First(o => o["verb"]?.GetValue<string>() == "quiz.answer")["data"]!["round"]!.GetValue<string>();
                            for (var index = 0; index < 10; index++)
                            {
                                var data = new JsonObject { ["round"] = roundId, ["index"] = index, ["answer"] = "0" };
                                var response = await client.PostAsJsonAsync("api/messages", As(Activities.CardAction("quiz.answer", data)));
                                var body = await response.Content.ReadFromJsonAsync<JsonObject>();
                                if (response.StatusCode == HttpStatusCode.OK && CardJson.Text(body!["value"]!).Contains("Vraag", StringComparison.Ordinal))
                                {
                                    acknowledged.Add((user, roundId, index));
                                }

                                if (acknowledged.Count >= killAfter && Interlocked.Exchange(ref killed, 1) == 0)
                                {
                                    bot.Kill();
                                }
                            }
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
                    {
                        // The process is gone: what was not acknowledged does not count.
                    }
                }));
                await Task.WhenAll(users);
                Assert.True(bot.HasExited, "the bot was never killed");
            }

            Assert.True(acknowledged.Count >= killAfter);

            await using (var restarted = await BotProcess.StartAsync(environment, TimeSpan.FromSeconds(60)))
            {
                using var client = new HttpClient { BaseAddress = restarted.Address };
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("readyz")).StatusCode);
            }

            await using var database = new SqliteStoreDatabase(Path.Combine(dataDirectory, StoreDatabase.DefaultFileName));
            var store = new SqlQuizStore(database, TimeProvider.System);
            var lost = new List<string>();
            foreach (var (user, roundId, index) in acknowledged)
            {
                var round = await store.GetRoundAsync(roundId);
                if (round is null || round.Position <= index || round.Answers[index] != 0)
                {
                    lost.Add($"{user} {roundId}#{index}");
                    continue;
                }

                var progress = await store.ListProgressAsync("aad-" + user);
                if (progress.All(p => p.QuestionId != round.QuestionIds[index]))
                {
                    lost.Add($"{user} progress of {round.QuestionIds[index]}");
                }
            }

            Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged answers were lost: {string.Join(", ", lost.Take(5))}");
        }
        finally
        {
            Cleanup(dataDirectory);
        }
    }
}
