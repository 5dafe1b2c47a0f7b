using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Schema;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Robustness;

/// <summary>
/// Property-based fuzzing of <c>/api/messages</c> (CsCheck): activities of every kind with fields
/// removed or replaced by wrong types, huge strings and arrays, deep nesting, odd Unicode, hostile
/// mentions, card actions with unknown verbs or wrong data, and raw garbage. Never a 5xx; rejected
/// input stores nothing; the bot answers normally afterwards.
/// </summary>
public sealed class MessagesFuzzTests : IAsyncLifetime
{
    private const int Cases = 10_000;
    private readonly CapturingLoggerProvider logs = new();
    private LoopbackConnector connector = null!;
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        factory = new BotFactory()
            .With("RateLimit:PerUserPerMinute", "10000")
            .With("Weekly:SchedulerEnabled", "false")
            .With("Logging:LogLevel:Default", "Warning")
            .WithServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await connector.DisposeAsync();
    }

    private static readonly string[] Verbs =
    [
        "feedback.rate", "welcome.audience", "ask.topic", "incident.plan", "privacy.forget", "quiz.start", "quiz.answer", "quiz.next",
        "weekly.vote", "weekly.reveal", "weekly.refresh", "settings.save", "nope", string.Empty, "weekly.", ".vote", new string('v', 5000),
    ];

    private static readonly string[] Texts =
    [
        "help", "quiz", "stop", "weekkaart", "instellingen", "quizoverzicht", "inzichten", "vergeet mij", "protocol foto's", "rolmodel",
        "mag ik een leerling volgen op instagram?", "er gaat een naaktfoto rond van een leerling", "<at>SafetyBot</at> weekkaart",
        "<at><at>SafetyBot</at>", "</at>", "<at>" + new string('x', 3000), "\u202Ehelp", "h\u200Belp", "\u0000", "\uD800", "🧨💥",
    ];

    /// <summary>Strings that have broken parsers before: empty, control characters, lone surrogates, RTL marks, huge.</summary>
    private static readonly Gen<string> OddString = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 40].Select(chars => new string(chars)),
        Gen.OneOf(Texts),
        Gen.OneOf(string.Empty, "\u0000", "\uD800", "\uDFFF\uD800", "\u202E\u2066", "\uFEFF", "\r\n\t", "%00", "../../etc/passwd", "'; DROP TABLE feedback; --", "{{Management}}", "[x](javascript:alert(1))"),
        Gen.Int[1, 400_000].Select(n => new string('a', n)));

    /// <summary>Any JSON value, including the wrong type for whatever field it lands in.</summary>
    private static readonly Gen<JsonNode?> AnyValue = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n)),
        Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)JsonValue.Create(d)),
        OddString.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Int[0, 20_000].Select(n => (JsonNode?)new JsonArray([.. Enumerable.Range(0, n).Select(i => (JsonNode?)JsonValue.Create(i))])),
        Gen.Int[1, 3_000].Select(Nested),
        Gen.Const((JsonNode?)new JsonObject { ["id"] = new JsonArray(), ["value"] = new JsonObject() }));

    private static JsonNode? Nested(int depth)
    {
        JsonNode node = new JsonObject { ["leaf"] = "x" };
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    private static readonly System.Text.Json.JsonSerializerOptions DeepWriter = new() { MaxDepth = 10_000 };

    private static readonly string[] Paths =
    [
        "type", "id", "channelId", "serviceUrl", "text", "from", "from.id", "from.aadObjectId", "recipient", "recipient.id", "conversation",
        "conversation.id", "conversation.conversationType", "channelData", "channelData.team", "channelData.team.id", "channelData.tenant",
        "entities", "value", "value.action", "value.action.verb", "value.action.data", "value.action.data.option", "value.action.data.week",
        "value.action.data.round", "value.action.data.answer", "value.action.data.index", "value.action.data.articleId", "name", "action",
        "membersAdded", "membersRemoved", "deliveryMode", "locale", "timestamp", "replyToId", "attachments",
    ];

    private static JsonObject Template(int kind, string text, string verb, string serviceUrl)
    {
        var activity = Activities.Message(text, serviceUrl, expectReplies: kind % 2 == 0);
        switch (kind % 6)
        {
            case 1:
                activity["conversation"] = new JsonObject { ["id"] = "19:general@thread.tacv2;messageid=1", ["conversationType"] = "channel" };
                activity["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = "team-fuzz" }, ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>SafetyBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:safetybot" } });
                break;
            case 2:
            case 3:
                activity.Remove("text");
                activity["type"] = "invoke";
                activity["name"] = "adaptiveCard/action";
                activity["value"] = new JsonObject
                {
                    ["action"] = new JsonObject
                    {
                        ["type"] = "Action.Execute",
                        ["verb"] = verb,
                        ["data"] = new JsonObject { ["week"] = "2026-W48", ["dilemma"] = "week-x", ["option"] = "2", ["round"] = "r", ["index"] = 0, ["answer"] = "1", ["articleId"] = "online-pesten", ["rating"] = "up", ["audience"] = "po" },
                    },
                    ["trigger"] = "manual",
                };
                if (kind % 6 == 3)
                {
                    activity["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = "team-fuzz" } };
                }

                break;
            case 4:
                activity.Remove("text");
                activity["type"] = "conversationUpdate";
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:safetybot" });
                break;
            case 5:
                activity.Remove("text");
                activity["type"] = kind % 12 == 5 ? "installationUpdate" : "messageReaction";
                activity["action"] = "add";
                break;
        }

        return activity;
    }

    private static void Apply(JsonObject activity, string path, JsonNode? value, bool remove)
    {
        var parts = path.Split('.');
        var parent = activity;
        foreach (var part in parts[..^1])
        {
            if (parent[part] is not JsonObject child)
            {
                child = new JsonObject();
                parent[part] = child;
            }

            parent = child;
        }

        if (remove)
        {
            parent.Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = value?.DeepClone();
        }
    }

    private Gen<string> ActivityBody => Gen.Select(
        Gen.Int[0, 11],
        Gen.OneOf(Texts),
        Gen.OneOf(Verbs),
        Gen.Select(Gen.OneOf(Paths), AnyValue, Gen.Int[0, 3], (path, value, how) => (Path: path, Value: value, How: how)).Array[0, 4],
        (kind, text, verb, mutations) =>
        {
            var activity = Template(kind, text, verb, connector.ServiceUrl);
            foreach (var (path, value, how) in mutations)
            {
                Apply(activity, path, value, remove: how == 0);
            }

            return activity.ToJsonString(DeepWriter);
        });

    /// <summary>Bodies that are not an activity at all: garbage, truncated JSON, wrong top-level types.</summary>
    private static readonly Gen<string> GarbageBody = Gen.OneOf(
        Gen.String,
        Gen.OneOf("null", "[]", "42", "\"help\"", "{", "{\"type\":", "{\"type\":\"message\",}", "\uFEFF{}", "{\"type\":\"message\"}{\"type\":\"message\"}"),
        Gen.Int[1, 200].Select(n => Activities.Message("help").ToJsonString()[..n]),
        Gen.Int[1, 6_000].Select(n => new string('[', n)),
        Gen.Select(Gen.OneOf("type", "from", "conversation", "channelId"), Gen.OneOf("1", "true", "[]", "{}", "null"), (field, value) => $"{{\"{field}\":{value}}}"));

    [Fact]
    public async Task Ten_thousand_generated_activities_never_get_a_server_error_and_the_bot_answers_normally_afterwards()
    {
        var statuses = new ConcurrentDictionary<int, int>();
        var gen = Gen.Frequency((9, ActivityBody), (1, GarbageBody));
        await gen.SampleAsync(
            async body =>
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("/api/messages", content);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                var ok = IsNoServerError(body, response.StatusCode);
                if (!ok)
                {
                    // The turn's failure as the bot logged it (type and stack only, never user text).
                    Console.Error.WriteLine(string.Join('\n', logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Message).TakeLast(2)));
                }

                return ok;
            },
            iter: Cases,
            threads: 2,
            print: Shorten);

        Assert.Equal(Cases, statuses.Values.Sum());
        Assert.DoesNotContain(statuses.Keys, status => status >= 500 && status != 501);
        Assert.True(statuses.GetValueOrDefault(200) > Cases / 4, $"too few cases were accepted to exercise the flows: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}");
        Assert.True(statuses.Keys.Count(s => s is >= 400 and < 500) >= 2, "rejections of more than one kind were expected");
        await AssertAnswersNormallyAsync();
    }

    /// <summary>Where a mutation lands inside a feedback button's data: the rating, the reason, and the answer view the card carries.</summary>
    private static readonly string[] FeedbackPaths =
    [
        "rating", "reason", "articleId", "answer", "answer.answer", "answer.audienceLabel", "answer.isAiGenerated", "answer.feedback",
        "answer.sources", "answer.sources.0", "answer.sources.0.articleId", "answer.sources.0.title", "answer.sources.0.section", "answer.sources.0.number",
        "answer.followUps", "answer.followUps.0", "answer.followUps.0.articleId", "answer.followUps.0.title",
        "answer.article", "answer.article.articleId", "answer.article.title",
        "answer.points", "answer.points.label", "answer.points.paragraph", "answer.points.items", "answer.points.items.0", "answer.points.moreItems",
        "answer.advice", "answer.advice.label", "answer.advice.items", "answer.advice.items.0", "answer.caution", "answer.caution.items.0",
    ];

    /// <summary>Stands for a lone surrogate escape (valid JSON, no valid string), written into the body after serialising.</summary>
    private const string LoneSurrogate = "@@lone-surrogate@@";

    /// <summary>Sets or removes a field at a dotted path inside card data (numbers index arrays); a path whose parent is gone is left alone.</summary>
    private static void ApplyInside(JsonObject data, string path, JsonNode? value, bool remove)
    {
        var parts = path.Split('.');
        JsonNode? parent = data;
        foreach (var part in parts[..^1])
        {
            parent = parent switch
            {
                JsonObject obj => obj[part],
                JsonArray array when Index(part, array) is { } i => array[i],
                _ => null,
            };
            if (parent is null)
            {
                return;
            }
        }

        var last = parts[^1];
        if (parent is JsonObject target)
        {
            if (remove)
            {
                target.Remove(last);
            }
            else
            {
                target[last] = value?.DeepClone();
            }
        }
        else if (parent is JsonArray list && Index(last, list) is { } index)
        {
            if (remove)
            {
                list.RemoveAt(index);
            }
            else
            {
                list[index] = value?.DeepClone();
            }
        }

        static int? Index(string part, JsonArray array) =>
            int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < array.Count ? i : null;
    }

    [Fact]
    public async Task Two_thousand_mutations_inside_feedback_card_data_never_get_a_server_error_and_store_only_known_articles_once_per_user()
    {
        var answer = await (await client.PostActivityAsync(Activities.Message("mag ik een leerling volgen op instagram?", expectReplies: true))).RepliesAsync();
        var template = CardJson.Descendants(answer[0]!["attachments"]![0]!["content"]!)
            .First(o => o["verb"]?.GetValue<string>() == "feedback.rate")["data"]!.AsObject();
        var value = Gen.Frequency((8, AnyValue), (1, Gen.Const((JsonNode?)JsonValue.Create(LoneSurrogate))), (1, Gen.Const((JsonNode?)new JsonArray((JsonNode?)null))));
        var bodies = Gen.Select(
            Gen.Int[0, 4],
            Gen.Select(Gen.OneOf(FeedbackPaths), value, Gen.Int[0, 3], (path, v, how) => (Path: path, Value: v, How: how)).Array[1, 4],
            (user, mutations) =>
            {
                var data = template.DeepClone().AsObject();
                foreach (var (path, v, how) in mutations)
                {
                    ApplyInside(data, path, v, remove: how == 0);
                }

                var activity = Activities.CardAction("feedback.rate", data, connector.ServiceUrl);
                activity["from"]!["aadObjectId"] = $"fuzz-user-{user}";
                return activity.ToJsonString(DeepWriter).Replace($"\"{LoneSurrogate}\"", "\"\\ud800x\"", StringComparison.Ordinal);
            });

        var statuses = new ConcurrentDictionary<int, int>();
        await bodies.SampleAsync(
            async body =>
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("/api/messages", content);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                return (int)response.StatusCode < 500;
            },
            iter: 2_000,
            threads: 2,
            print: Shorten);

        Assert.DoesNotContain(statuses.Keys, status => status >= 500);
        Assert.True(statuses.GetValueOrDefault(200) > 1_000, $"too few cases reached the flow: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}");

        // Whatever came in, the store holds only known article ids, one rating per user and article, capped reasons.
        var knowledge = factory.Services.GetRequiredService<Bot.KnowledgeHosting.LoadedKnowledge>();
        var stored = await factory.Services.GetRequiredService<IFeedbackStore>().ListAsync(10_000);
        Assert.NotEmpty(stored);
        Assert.All(stored, entry =>
        {
            Assert.NotNull(knowledge.Content.Article(entry.Subject));
            Assert.InRange(entry.Reason?.Length ?? 0, 0, Bot.Flows.Feedback.FeedbackFlow.MaxReasonLength);
        });
        Assert.Equal(stored.Count, stored.DistinctBy(entry => (entry.UserKey, entry.Subject)).Count());
        Assert.InRange(stored.Count, 1, 10);
        await AssertAnswersNormallyAsync();
    }

    [Fact]
    public async Task Two_thousand_rejected_bodies_store_nothing()
    {
        var before = await RowCountAsync();
        var rejected = 0;
        await GarbageBody.SampleAsync(
            async body =>
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("/api/messages", content);
                if ((int)response.StatusCode is >= 400 and < 500)
                {
                    Interlocked.Increment(ref rejected);
                }

                return (int)response.StatusCode is >= 400 and < 500;
            },
            iter: 2_000,
            threads: 2,
            print: Shorten);

        Assert.Equal(2_000, rejected);
        Assert.Equal(before, await RowCountAsync());
        Assert.Empty(connector.Requests);
        await AssertAnswersNormallyAsync();
    }

    /// <summary>
    /// Below 500, or the one deliberate 5xx of the protocol: an invoke whose name the bot does not know
    /// gets 501 Not Implemented (docs/design.md, "The message path"), which is an answer, not a failure.
    /// </summary>
    private static bool IsNoServerError(string body, HttpStatusCode status)
    {
        if ((int)status < 500)
        {
            return true;
        }

        if (status != HttpStatusCode.NotImplemented)
        {
            return false;
        }

        var activity = JsonNode.Parse(body) as JsonObject;
        return activity?["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            && activity["type"]!.GetValue<string>() == "invoke"
            && !(activity["name"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && activity["name"]!.GetValue<string>() == "adaptiveCard/action");
    }

    private static string Shorten(string body) => body.Length <= 2000 ? body : $"{body[..2000]}… ({body.Length} characters)";

    private async Task AssertAnswersNormallyAsync()
    {
        var help = await (await client.PostActivityAsync(Activities.Message("help", expectReplies: true))).RepliesAsync();
        Assert.Contains("Hoi, ik ben SafetyBot", help.ToJsonString(), StringComparison.Ordinal);
        var answer = await (await client.PostActivityAsync(Activities.Message("mag ik een leerling volgen op instagram?", expectReplies: true))).RepliesAsync();
        Assert.Contains("Was dit nuttig?", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    private async Task<long> RowCountAsync()
    {
        var database = factory.Services.GetRequiredService<StoreDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        long total = 0;
        foreach (var table in StoreSchema.Tables.Where(t => t.Name != StoreSchema.VersionTable))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table.Name}";
            total += Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return total;
    }
}
