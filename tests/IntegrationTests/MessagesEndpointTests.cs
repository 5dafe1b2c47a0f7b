using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests;

/// <summary>The HTTP contract of POST /api/messages: what is accepted, rejected, and how replies travel.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private LoopbackConnector connector = null!;
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        factory = new BotFactory().WithServices(services => services.AddSingleton<IBotFlow, FailingFlow>());
        client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Help_with_expectReplies_returns_the_welcome_card_in_the_response_body()
    {
        var response = await client.PostActivityAsync(Activities.Message("help", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.RepliesAsync();
        var reply = Assert.Single(replies);
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Contains("Hoi, ik ben SafetyBot", reply.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData("hulp")]
    [InlineData("HELP")]
    [InlineData("?")]
    [InlineData("<at>SafetyBot</at> help")]
    public async Task Every_form_of_help_shows_the_welcome_card(string text)
    {
        var replies = await (await client.PostActivityAsync(Activities.Message(text, expectReplies: true))).RepliesAsync();

        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(replies)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_is_addressed_to_the_sender_in_the_same_conversation_in_dutch()
    {
        var incoming = Activities.Message("help", expectReplies: true);
        var reply = Assert.Single(await (await client.PostActivityAsync(incoming)).RepliesAsync())!;

        Assert.Equal(incoming["id"]!.GetValue<string>(), reply["replyToId"]!.GetValue<string>());
        Assert.Equal("a:personal-conv-1", reply["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("28:safetybot", reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:user-1", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("nl-NL", reply["locale"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_expectReplies_the_reply_is_posted_to_the_connector_under_the_service_url()
    {
        var incoming = Activities.Message("help", serviceUrl: connector.ServiceUrl);

        var response = await client.PostActivityAsync(incoming);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = Assert.Single(await connector.WaitForAsync(1));
        Assert.Equal("POST", posted.Method);
        // Request.Path arrives decoded; the client escapes the id (Teams ids contain ":" and "@").
        Assert.Equal($"/v3/conversations/a:personal-conv-1/activities/{incoming["id"]}", posted.Path);
        Assert.Equal("a:personal-conv-1", posted.Body!["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal(incoming["id"]!.GetValue<string>(), posted.Body!["replyToId"]!.GetValue<string>());
        Assert.Null(posted.Authorization);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task The_connector_path_is_joined_whether_or_not_the_service_url_ends_in_a_slash(string suffix)
    {
        var serviceUrl = connector.ServiceUrl.TrimEnd('/') + "/_connector" + suffix;

        await client.PostActivityAsync(Activities.Message("help", serviceUrl: serviceUrl));

        var posted = Assert.Single(await connector.WaitForAsync(1));
        Assert.StartsWith("/_connector/v3/conversations/", posted.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("//", posted.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_added_to_a_chat_greets_once_and_a_member_joining_later_is_not_greeted()
    {
        var botAdded = await (await client.PostActivityAsync(Activities.BotAdded(expectReplies: true))).RepliesAsync();
        var otherJoined = Activities.BotAdded(expectReplies: true);
        otherJoined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-colleague" });
        var colleagueAdded = await (await client.PostActivityAsync(otherJoined)).RepliesAsync();

        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(botAdded)!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(colleagueAdded);
    }

    public static TheoryData<string, HttpStatusCode, string> MalformedBodies => new()
    {
        { "this is not json", HttpStatusCode.BadRequest, "not valid JSON" },
        { "{\"type\": \"message\",", HttpStatusCode.BadRequest, "not valid JSON" },
        { "[1, 2, 3]", HttpStatusCode.BadRequest, "JSON object" },
        { "\"message\"", HttpStatusCode.BadRequest, "JSON object" },
        { "{\"type\": 42, \"conversation\": {\"id\": \"c\"}}", HttpStatusCode.BadRequest, "wrong type" },
        { "{\"type\": \"message\", \"conversation\": \"c\"}", HttpStatusCode.BadRequest, "wrong type" },
        { "{\"conversation\": {\"id\": \"c\"}, \"deliveryMode\": \"expectReplies\"}", HttpStatusCode.BadRequest, "no type" },
        { "{\"type\": \"message\", \"text\": \"hi\", \"deliveryMode\": \"expectReplies\"}", HttpStatusCode.BadRequest, "no conversation" },
        { "{\"type\": \"message\", \"conversation\": {}, \"deliveryMode\": \"expectReplies\"}", HttpStatusCode.BadRequest, "no conversation" },
        { "{\"type\": \"message\", \"conversation\": {\"id\": \"c\"}}", HttpStatusCode.BadRequest, "serviceUrl" },
        { "{\"type\": \"message\", \"conversation\": {\"id\": \"c\"}, \"serviceUrl\": \"file:///etc/passwd\"}", HttpStatusCode.BadRequest, "serviceUrl" },
        { "", HttpStatusCode.BadRequest, "empty" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_input_gets_a_4xx_with_a_short_reason_and_nothing_is_sent(string body, HttpStatusCode expected, string reason)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(expected, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains(reason, error!["error"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Deeply_nested_json_is_rejected_with_400_not_500()
    {
        var nested = new string('[', 5000) + new string(']', 5000);
        using var content = new StringContent($"{{\"type\":\"message\",\"conversation\":{{\"id\":\"c\"}},\"value\":{nested}}}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_256_KB_gets_413()
    {
        var activity = Activities.Message(new string('x', 300 * 1024), expectReplies: true);

        var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_256_KB_without_length_gets_413()
    {
        var json = Activities.Message(new string('x', 300 * 1024), expectReplies: true).ToJsonString();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_non_json_content_type_gets_415()
    {
        using var content = new StringContent("type=message", Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_fields_are_kept_in_the_read_model()
    {
        var json = Activities.Message("help", expectReplies: true);
        json["futureField"] = new JsonObject { ["nested"] = 1 };

        var activity = ActivityParser.Parse(Encoding.UTF8.GetBytes(json.ToJsonString())).Activity!;

        Assert.True(activity.ExtensionData!.ContainsKey("futureField"));
    }

    [Fact]
    public async Task An_unknown_invoke_gets_501()
    {
        var invoke = Activities.CardAction("whatever");
        invoke["name"] = "composeExtension/query";

        var response = await client.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_card_action_is_answered_inline_with_its_result()
    {
        var response = await client.PostActivityAsync(Activities.CardAction(FailingFlow.EchoVerb));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_card_action_with_an_unknown_verb_is_refused_without_a_server_error()
    {
        var response = await client.PostActivityAsync(Activities.CardAction("nope.unknown"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(400, body!["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_failing_handler_gives_the_user_a_dutch_apology_and_the_request_a_500_without_details()
    {
        var response = await client.PostActivityAsync(Activities.Message(FailingFlow.Trigger, serviceUrl: connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(FailingFlow.SecretInException, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        var apology = Assert.Single(await connector.WaitForAsync(1));
        Assert.StartsWith("Sorry", apology.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    /// <summary>A test-only flow: throws on a trigger message, echoes a card on a verb.</summary>
    private sealed class FailingFlow : IBotFlow
    {
        public const string Trigger = "laat-de-test-falen";
        public const string SecretInException = "secret-detail-42";
        public const string EchoVerb = "test.echo";

        public void MapRoutes(RouteTableBuilder routes)
        {
            routes.InterceptMessages("test.fail", turn =>
                turn.Text == Trigger ? throw new InvalidOperationException(SecretInException) : ValueTask.FromResult(false));
            routes.OnVerb(EchoVerb, _ =>
                Task.FromResult(InvokeResponse.Card(SafetyBot.Cards.AdaptiveCard.Card([SafetyBot.Cards.AdaptiveCard.Text("ok")]))));
        }
    }
}
