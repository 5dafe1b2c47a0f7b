using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests;

/// <summary>The tenant allow-list, the per-user rate limit, auth off, and settings checked at start.</summary>
public sealed class ChannelPolicyTests
{
    private static JsonObject FromTenant(string tenant)
    {
        var activity = Activities.Message("help", expectReplies: true);
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        activity["conversation"]!["tenantId"] = tenant;
        return activity;
    }

    [Fact]
    public async Task An_activity_from_a_tenant_outside_AllowedTenants_gets_403()
    {
        await using var factory = new BotFactory().With("AllowedTenants", "tenant-0, tenant-1");
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostActivityAsync(FromTenant("tenant-2"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(FromTenant("tenant-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(FromTenant("TENANT-0"))).StatusCode);
    }

    [Fact]
    public async Task An_activity_without_a_tenant_gets_403_when_tenants_are_restricted()
    {
        await using var factory = new BotFactory().With("AllowedTenants", "tenant-1");
        using var client = factory.CreateClient();
        var activity = Activities.Message("help", expectReplies: true);
        activity.Remove("channelData");
        ((JsonObject)activity["conversation"]!).Remove("tenantId");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostActivityAsync(activity)).StatusCode);
    }

    [Fact]
    public async Task With_auth_on_a_valid_token_from_a_foreign_tenant_gets_403_and_a_bad_token_401()
    {
        await using var metadata = await OpenIdLoopback.StartAsync();
        using var key = new TestSigningKey("bf-key-1", "msteams");
        metadata.AddBotFrameworkKey(key);
        await using var factory = SecuredBot.Create(metadata).With("AllowedTenants", "tenant-1");
        using var client = factory.CreateClient();
        var token = key.CreateToken(Issuers.BotFramework, SecuredBot.AppId, "https://smba.trafficmanager.net/emea/");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostActivityAsync(FromTenant("tenant-2"), token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostActivityAsync(FromTenant("tenant-2"), "garbage")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(FromTenant("tenant-1"), token)).StatusCode);
    }

    [Fact]
    public async Task Over_the_per_user_limit_the_user_gets_one_polite_dutch_message_and_the_request_200()
    {
        await using var factory = new BotFactory().With("RateLimit:PerUserPerMinute", "2");
        using var client = factory.CreateClient();

        var first = await client.PostActivityAsync(Activities.Message("help", expectReplies: true));
        var second = await client.PostActivityAsync(Activities.Message("help", expectReplies: true));
        var third = await client.PostActivityAsync(Activities.Message("help", expectReplies: true));
        var fourth = await client.PostActivityAsync(Activities.Message("help", expectReplies: true));

        Assert.All([first, second, third, fourth], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(await second.RepliesAsync())!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ChannelStrings.RateLimited, Assert.Single(await third.RepliesAsync())!["text"]!.GetValue<string>());
        Assert.Empty(await fourth.RepliesAsync());
    }

    [Fact]
    public async Task The_limit_is_per_user_by_aad_object_id()
    {
        await using var factory = new BotFactory().With("RateLimit:PerUserPerMinute", "1");
        using var client = factory.CreateClient();
        await client.PostActivityAsync(Activities.Message("help", expectReplies: true, userId: "29:user-1"));
        var sameObjectIdOtherChannelId = Activities.Message("help", expectReplies: true, userId: "29:user-1");
        sameObjectIdOtherChannelId["from"]!["id"] = "29:another-id-same-person";

        var limited = await (await client.PostActivityAsync(sameObjectIdOtherChannelId)).RepliesAsync();
        var otherUser = await (await client.PostActivityAsync(Activities.Message("help", expectReplies: true, userId: "29:user-2"))).RepliesAsync();

        Assert.Equal(ChannelStrings.RateLimited, Assert.Single(limited)!["text"]!.GetValue<string>());
        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(otherUser)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invoke_over_the_limit_is_answered_inline_with_the_polite_message()
    {
        await using var factory = new BotFactory().With("RateLimit:PerUserPerMinute", "1");
        using var client = factory.CreateClient();
        await client.PostActivityAsync(Activities.Message("help", expectReplies: true));

        var response = await client.PostActivityAsync(Activities.CardAction("welcome.audience"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.activity.message", body!["type"]!.GetValue<string>());
        Assert.Equal(ChannelStrings.RateLimited, body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Greeting_events_do_not_count_against_the_limit()
    {
        await using var factory = new BotFactory().With("RateLimit:PerUserPerMinute", "1");
        using var client = factory.CreateClient();
        await client.PostActivityAsync(Activities.BotAdded(expectReplies: true));

        var replies = await (await client.PostActivityAsync(Activities.Message("help", expectReplies: true))).RepliesAsync();

        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(replies)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beyond_the_global_concurrency_cap_a_message_and_an_invoke_are_told_the_bot_is_busy_with_a_200()
    {
        // One turn holds the only slot, from another user (so the per-user limit plays no part).
        await using var slot = await OneSlotHeld.StartAsync();
        var client = slot.Client;

        var message = await client.PostActivityAsync(Activities.Message("help", expectReplies: true, userId: "29:user-2")).WaitAsync(TimeSpan.FromSeconds(5));
        var invoke = Activities.CardAction("welcome.audience", new JsonObject { ["audience"] = "vo" });
        invoke["from"]!["aadObjectId"] = "00000000-0000-0000-0000-000000000003";
        var invoked = await client.PostActivityAsync(invoke).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        Assert.Equal(ChannelStrings.Busy, Assert.Single(await message.RepliesAsync())!["text"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, invoked.StatusCode);
        var body = await invoked.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(ChannelStrings.Busy, body!["value"]!.GetValue<string>());

        // The held turn finishes normally and frees its slot: the next message is answered as usual.
        Assert.Equal(HttpStatusCode.OK, (await slot.ReleaseAsync()).StatusCode);
        var after = await (await client.PostActivityAsync(Activities.Message("help", expectReplies: true, userId: "29:user-2"))).RepliesAsync();
        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(after)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_acute_message_gets_its_act_now_card_even_when_every_turn_slot_is_taken()
    {
        await using var slot = await OneSlotHeld.StartAsync();
        var client = slot.Client;

        var acute = await client.PostActivityAsync(Activities.Message("er gaat een naaktfoto van een leerling rond in de klassenapp, wat nu?", expectReplies: true, userId: "29:user-2"))
            .WaitAsync(TimeSpan.FromSeconds(5));

        var replies = (await acute.RepliesAsync()).Select(r => r!.ToJsonString()).ToList();
        Assert.Contains("Acute situatie", replies[0], StringComparison.Ordinal);
        Assert.All(replies, r => Assert.DoesNotContain(ChannelStrings.Busy, r, StringComparison.Ordinal));
        await slot.ReleaseAsync();
    }

    [Fact]
    public async Task Conversation_events_are_not_refused_when_every_turn_slot_is_taken()
    {
        await using var slot = await OneSlotHeld.StartAsync();
        var client = slot.Client;

        var greeted = await (await client.PostActivityAsync(Activities.BotAdded(expectReplies: true)).WaitAsync(TimeSpan.FromSeconds(5))).RepliesAsync();

        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(greeted)!.ToJsonString(), StringComparison.Ordinal);
        await slot.ReleaseAsync();
    }

    /// <summary>A bot with one turn slot (<c>RateLimit:MaxConcurrentTurns</c> = 1), held by a blocked turn of user-1.</summary>
    private sealed class OneSlotHeld : IAsyncDisposable
    {
        private readonly BotFactory factory;
        private readonly BlockingFlow blocker = new();
        private Task<HttpResponseMessage> held = null!;

        private OneSlotHeld()
        {
            factory = new BotFactory()
                .With("RateLimit:MaxConcurrentTurns", "1")
                .WithServices(services => services.AddSingleton<IBotFlow>(blocker));
            Client = factory.CreateClient();
        }

        public HttpClient Client { get; }

        public static async Task<OneSlotHeld> StartAsync()
        {
            var slot = new OneSlotHeld();
            slot.held = slot.Client.PostActivityAsync(Activities.Message(BlockingFlow.Trigger, expectReplies: true, userId: "29:user-1"));
            await slot.blocker.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return slot;
        }

        /// <summary>Lets the held turn finish; its response.</summary>
        public Task<HttpResponseMessage> ReleaseAsync()
        {
            blocker.Release.TrySetResult();
            return held.WaitAsync(TimeSpan.FromSeconds(10));
        }

        public async ValueTask DisposeAsync()
        {
            blocker.Release.TrySetResult();
            await held;
            Client.Dispose();
            await factory.DisposeAsync();
        }
    }

    /// <summary>A test-only flow whose trigger message waits until the test releases it (or the turn's deadline passes).</summary>
    private sealed class BlockingFlow : IBotFlow
    {
        public const string Trigger = "houd-de-beurt-vast";

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void MapRoutes(RouteTableBuilder routes) => routes.InterceptMessages("test.block", async turn =>
        {
            if (turn.Text != Trigger)
            {
                return false;
            }

            Entered.TrySetResult();
            await Release.Task.WaitAsync(turn.Cancellation);
            await turn.SendTextAsync("klaar");
            return true;
        });
    }

    [Fact]
    public async Task In_development_with_no_app_id_auth_is_off_with_a_start_up_warning()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = new BotFactory().InEnvironment("Development").With("Auth:AllowUnauthenticated", "false").WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        var response = await client.PostActivityAsync(Activities.Message("help", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Authentication is OFF", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MicrosoftAppType", "Bogus", "MicrosoftAppType")]
    [InlineData("MicrosoftAppType", "1", "MicrosoftAppType")]
    [InlineData("Auth:BotFrameworkOpenIdMetadataUrl", "not a url", "Auth:BotFrameworkOpenIdMetadataUrl")]
    [InlineData("Auth:EntraOpenIdMetadataUrl", "http://keys.example.com/{tenant}/v2.0/.well-known/openid-configuration", "Auth:EntraOpenIdMetadataUrl")]
    [InlineData("Auth:AuthorityHost", "ftp://login.example.com", "Auth:AuthorityHost")]
    [InlineData("RateLimit:PerUserPerMinute", "0", "RateLimit:PerUserPerMinute")]
    [InlineData("RateLimit:MaxConcurrentTurns", "0", "RateLimit:MaxConcurrentTurns")]
    [InlineData("RateLimit:MaxConcurrentTurns", "100000", "RateLimit:MaxConcurrentTurns")]
    public void A_bad_setting_stops_the_app_at_start_naming_the_key(string key, string value, string named)
    {
        using var factory = new BotFactory().With(key, value);

        var failure = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_tenant_bot_without_a_tenant_id_stops_at_start()
    {
        using var factory = new BotFactory().With("MicrosoftAppId", SecuredBot.AppId).With("MicrosoftAppPassword", "x");

        var failure = Record.Exception(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppTenantId", failure?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }
}
