using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SafetyBot.Bot.Channel;
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
