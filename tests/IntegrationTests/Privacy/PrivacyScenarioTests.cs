using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Storage.Schema;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Privacy;

/// <summary>
/// A whole working day with auth on and logging at its most verbose: questions naming pupils, an
/// incident, feedback with a reason, a quiz answer, a weekly vote. Afterwards no log line holds user
/// text, a name, a token or a secret, and no stored value holds a name.
/// </summary>
public sealed class PrivacyScenarioTests : IAsyncLifetime
{
    private static readonly string[] Names = ["Pieter", "Sanne Jansen", "Femke", "Lotte", "Daan", "Bram"];

    private static readonly string[] UserTexts =
    [
        "wordt gepest in de klassenapp door",
        "hoeveel verdient juf",
        "naaktfoto van Lotte",
        "moeder van Daan",
        "ouder.daan@example.com",
        "06-12345678",
    ];

    private readonly CapturingLoggerProvider logs = new();
    private SecuredEdge edge = null!;
    private BotFactory factory = null!;
    private HttpClient client = null!;

    private LoopbackConnector Connector => edge.Connector;

    public async Task InitializeAsync()
    {
        edge = await SecuredEdge.StartAsync("bf-key-privacy");
        factory = edge.CreateBot()
            .With("Logging:LogLevel:Default", "Trace")
            .With("Logging:LogLevel:Microsoft", "Trace")
            .With("Logging:LogLevel:System", "Trace")
            .With("Weekly:TallyUpdateSeconds", "1")
            .With("Weekly:SchedulerEnabled", "false")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await edge.DisposeAsync();
    }

    private string Token() => edge.ChannelToken();

    private async Task SendAsync(JsonObject activity)
    {
        activity["serviceUrl"] = Connector.ServiceUrl;
        var response = await client.PostActivityAsync(activity, Token());
        Assert.True(response.StatusCode is HttpStatusCode.OK, $"{response.StatusCode}");
    }

    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data, Action<JsonObject>? shape = null)
    {
        var action = Activities.CardAction(verb, data.DeepClone().AsObject(), Connector.ServiceUrl);
        shape?.Invoke(action);
        var response = await client.PostActivityAsync(action, Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return body["value"] as JsonObject ?? body;
    }

    /// <summary>The card of the Connector's latest POST whose text contains the given text.</summary>
    private JsonObject LastCard(string containing) => Connector.Requests
        .Where(r => r.Method == "POST" && r.Body?["attachments"] is JsonArray)
        .Select(r => r.Body!["attachments"]![0]!["content"]!.AsObject())
        .Last(card => CardJson.Text(card).Contains(containing, StringComparison.Ordinal));

    private static JsonObject DataOf(JsonObject card, string verb) =>
        CardJson.Descendants(card).First(o => o["verb"]?.GetValue<string>() == verb)["data"]!.AsObject();

    [Fact]
    public async Task After_a_full_day_no_log_line_holds_user_text_names_tokens_or_secrets_and_the_store_holds_no_names()
    {
        await SendAsync(Activities.BotAdded());
        await SendAsync(Activities.Message("Pieter uit groep 7 wordt gepest in de klassenapp door Sanne Jansen, wat nu?"));
        await SendAsync(Activities.Message("hoeveel verdient juf Femke eigenlijk per maand?"));
        await SendAsync(Activities.Message("er gaat een naaktfoto van Lotte uit 2b rond in de groepsapp"));
        await SendAsync(Activities.Message("De moeder van Daan belt steeds, mail ouder.daan@example.com of 06-12345678, wat zeg ik over de klassenapp?"));
        await Connector.WaitForAsync(5);

        // Feedback with a reason that names a pupil.
        var answer = LastCard("Was dit nuttig?");
        var rating = CardJson.Descendants(answer).First(o => o["verb"]?.GetValue<string>() == "feedback.rate" && o["data"]?["rating"]?.GetValue<string>() == "down")["data"]!.DeepClone().AsObject();
        rating["reason"] = "Ik miste wat ik tegen de moeder van Daan en Bram moet zeggen";
        Assert.Contains("Bedankt!", CardJson.Text(await InvokeAsync("feedback.rate", rating)), StringComparison.Ordinal);

        // A quiz answer.
        await SendAsync(Activities.Message("quiz"));
        await Connector.WaitForAsync(6);
        var question = LastCard("Vraag 1 van 10");
        var answerData = DataOf(question, "quiz.answer").DeepClone().AsObject();
        answerData["answer"] = "0";
        Assert.Contains("Volgende", CardJson.Text(await InvokeAsync("quiz.answer", answerData)), StringComparison.Ordinal);

        // A weekly vote in a team channel.
        void InTeam(JsonObject activity)
        {
            activity["conversation"] = new JsonObject { ["id"] = "19:general@thread.tacv2", ["conversationType"] = "channel", ["tenantId"] = "tenant-1" };
            activity["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
                ["team"] = new JsonObject { ["id"] = "19:general@thread.tacv2" },
            };
        }

        var install = Activities.Installation("add", "19:general@thread.tacv2", "channel", "19:general@thread.tacv2", expectReplies: false);
        await SendAsync(install);
        var weekkaart = Activities.Message("<at>SafetyBot</at> weekkaart");
        InTeam(weekkaart);
        await SendAsync(weekkaart);
        var weekly = LastCard("Weekkaart");
        var vote = DataOf(weekly, "weekly.vote").DeepClone().AsObject();
        vote["option"] = "2";
        Assert.Contains("Je stemde", CardJson.Text(await InvokeAsync("weekly.vote", vote, InTeam)), StringComparison.Ordinal);
        await factory.Services.GetRequiredService<Bot.Flows.Weekly.WeeklyTallyUpdater>().DrainAsync(CancellationToken.None);

        // The outbound token was really used, so it had every chance to be logged.
        Assert.Contains(Connector.Requests, r => r.Authorization == "Bearer " + LoopbackTokenEndpoint.TokenNumber(1));
        Assert.True(logs.Entries.Count > 50, $"only {logs.Entries.Count} log lines: is verbose logging on?");
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace || e.Level == LogLevel.Debug);

        var forbidden = Names.Concat(UserTexts).Append(SecuredBot.Secret).Append(LoopbackTokenEndpoint.TokenNumber(1)).ToList();
        var inboundToken = Token();
        forbidden.Add(inboundToken[..40]);
        forbidden.Add(inboundToken[^40..]);
        foreach (var (level, category, message) in logs.Entries)
        {
            foreach (var secret in forbidden)
            {
                Assert.False(message.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{level} {category} logged '{secret}': {message}");
            }
        }

        // The store: masked question and reason, and no name anywhere.
        var unanswered = await factory.Services.GetRequiredService<IUnansweredQuestionStore>().ListAsync(10);
        Assert.Contains(unanswered, q => q.MaskedText.Contains("[naam]", StringComparison.Ordinal));
        var feedback = await factory.Services.GetRequiredService<IFeedbackStore>().ListAsync(10);
        Assert.Contains(feedback, f => f.Reason?.Contains("[naam]", StringComparison.Ordinal) == true);

        var database = factory.Services.GetRequiredService<StoreDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var cells = 0;
        foreach (var table in StoreSchema.Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table.Name}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.IsDBNull(i) || reader.GetValue(i) is not string text)
                    {
                        continue;
                    }

                    cells++;
                    // Unanswered questions keep their (masked) text on purpose; names, e-mail and phone numbers never.
                    foreach (var name in Names.Append("ouder.daan@example.com").Append("06-12345678"))
                    {
                        Assert.False(text.Contains(name, StringComparison.OrdinalIgnoreCase), $"{table.Name}.{reader.GetName(i)} holds '{name}': {text}");
                    }
                }
            }
        }

        Assert.True(cells > 20, $"only {cells} text values stored: the scenario did not reach the store");
    }
}
