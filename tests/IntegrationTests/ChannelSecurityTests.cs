using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Channel;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests;

/// <summary>
/// The channel's holes as an attacker would try them, with real tokens signed by test keys whose metadata
/// is served on loopback: an app registered by anyone in the tenant, a user's Teams SSO token, a hostile
/// serviceUrl, a redirect, a bot left without an app id, and activities from or naming other tenants.
/// Each fails on the code before channel security was tightened.
/// </summary>
public sealed class ChannelSecurityTests : IAsyncLifetime
{
    private const string AdminObjectId = "00000000-0000-0000-0000-00000000ad01";
    private readonly CapturingLoggerProvider logs = new();
    private readonly TestSigningKey entraKey = new("entra-key-1");
    private SecuredEdge edge = null!;

    public async Task InitializeAsync()
    {
        edge = await SecuredEdge.StartAsync("bf-key-1");
        edge.Metadata.AddEntraKey(entraKey);
    }

    public async Task DisposeAsync()
    {
        await edge.DisposeAsync();
        entraKey.Dispose();
    }

    private BotFactory Bot() => edge.CreateBot()
        .With("School:Admins", AdminObjectId)
        .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));

    private string EntraToken(string caller, string tenant = SecuredBot.Tenant) =>
        entraKey.CreateToken(Issuers.EntraV2(SecuredBot.Tenant), SecuredBot.AppId, extraClaims: EntraClaims.V2(caller, tenant));

    private JsonObject AsAdmin(string text, bool expectReplies)
    {
        var activity = Activities.Message(text, edge.Connector.ServiceUrl, expectReplies: expectReplies);
        activity["from"]!["aadObjectId"] = AdminObjectId;
        return activity;
    }

    [Fact]
    public async Task An_app_anyone_registered_in_the_tenant_cannot_read_inzichten_as_an_admin()
    {
        const string attackerApp = "a77ac6e2-0000-4000-8000-0000000000a7";
        await using var bot = Bot();
        using var client = bot.CreateClient();

        var response = await client.PostActivityAsync(AsAdmin("inzichten", expectReplies: true), EntraToken(attackerApp));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("activities", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_anyone_registered_cannot_steer_the_bots_connector_token_to_its_own_host()
    {
        const string attackerApp = "a77ac6e2-0000-4000-8000-0000000000a7";
        await using var bot = Bot();
        using var client = bot.CreateClient();

        var response = await client.PostActivityAsync(Activities.Message("help", edge.Connector.ServiceUrl), EntraToken(attackerApp));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(edge.Connector.Requests);
        Assert.Empty(edge.Tokens.Requests);
    }

    [Fact]
    public async Task A_users_teams_sso_token_for_the_bots_app_id_gets_401_even_with_allowed_callers_set()
    {
        await using var bot = Bot().With("Auth:AllowedCallers", EntraClaims.TrustedCaller);
        using var client = bot.CreateClient();

        var response = await client.PostActivityAsync(Activities.Message("help", expectReplies: true), EntraToken(EntraClaims.TeamsClient));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_rejected_entra_token_logs_its_caller_app_id_and_the_setting_that_would_admit_it_but_not_the_token()
    {
        await using var bot = Bot();
        using var client = bot.CreateClient();
        var token = EntraToken(EntraClaims.TrustedCaller);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostActivityAsync(Activities.Message("help", expectReplies: true), token)).StatusCode);

        var line = Assert.Single(logs.Entries, e => e.Message.Contains(EntraClaims.TrustedCaller, StringComparison.Ordinal) && e.Message.Contains("Auth:AllowedCallers", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(token.Split('.')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_allowed_entra_caller_is_answered_inline_but_may_not_make_the_bot_send_to_a_serviceUrl()
    {
        await using var bot = Bot().With("Auth:AllowedCallers", EntraClaims.TrustedCaller);
        using var client = bot.CreateClient();

        var inline = await client.PostActivityAsync(Activities.Message("help", edge.Connector.ServiceUrl, expectReplies: true), EntraToken(EntraClaims.TrustedCaller));
        var sent = await client.PostActivityAsync(Activities.Message("help", edge.Connector.ServiceUrl), EntraToken(EntraClaims.TrustedCaller));

        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Single(await inline.RepliesAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, sent.StatusCode);
        Assert.Contains("expectReplies", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Empty(edge.Connector.Requests);
    }

    [Fact]
    public async Task An_allowed_entra_callers_token_from_one_tenant_cannot_act_in_another()
    {
        await using var bot = Bot().With("Auth:AllowedCallers", EntraClaims.TrustedCaller).With("AllowedTenants", "tenant-1,tenant-2");
        using var client = bot.CreateClient();
        var activity = Activities.Message("help", expectReplies: true);
        activity["channelData"]!["tenant"]!["id"] = "tenant-2";
        activity["conversation"]!["tenantId"] = "tenant-2";

        var response = await client.PostActivityAsync(activity, EntraToken(EntraClaims.TrustedCaller, tenant: "tenant-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("tid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_token_for_a_serviceUrl_host_that_is_not_allowed_gets_401_and_nothing_is_sent_there()
    {
        // The connector listens on 127.0.0.1; only "localhost" is listed, so its address is a host nobody allowed.
        await using var bot = Bot().With("Auth:AllowedServiceUrlHosts", "localhost");
        using var client = bot.CreateClient();

        var response = await client.PostActivityAsync(Activities.Message("help", edge.Connector.ServiceUrl), edge.ChannelToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Auth:AllowedServiceUrlHosts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Empty(edge.Connector.Requests);
        Assert.Empty(edge.Tokens.Requests);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://attacker.trafficmanager.net/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/emea/")]
    public async Task A_hostile_serviceUrl_gets_401_at_the_edge_with_or_without_auth(string serviceUrl)
    {
        await using var unauthenticated = new BotFactory();
        using var client = unauthenticated.CreateClient();

        var response = await client.PostActivityAsync(Activities.Message("help", serviceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_reference_to_a_host_that_is_not_allowed_is_never_used_and_no_token_is_fetched()
    {
        await using var bot = Bot().With("Auth:AllowedServiceUrlHosts", "localhost");
        var connector = bot.Services.GetRequiredService<IConnectorClient>();
        var activity = OutgoingActivity.FromText("hallo");

        var send = await Assert.ThrowsAsync<ConnectorException>(() => connector.SendAsync(edge.Connector.ServiceUrl, "19:team@thread.tacv2", null, activity, CancellationToken.None));
        await Assert.ThrowsAsync<ConnectorException>(() => connector.UpdateAsync(edge.Connector.ServiceUrl, "19:team@thread.tacv2", "1", activity, CancellationToken.None));
        await Assert.ThrowsAsync<ConnectorException>(() => connector.CreateConversationAsync(edge.Connector.ServiceUrl, new ConversationParameters(true, null, "tenant-1", activity, null), CancellationToken.None));

        Assert.Equal(DeliveryFailure.ConversationGone, send.Failure);
        Assert.Empty(edge.Connector.Requests);
        Assert.Empty(edge.Tokens.Requests);
    }

    [Fact]
    public async Task A_redirect_from_the_connector_is_not_followed()
    {
        await using var elsewhere = await LoopbackConnector.StartAsync();
        await using var bot = Bot();
        var connector = bot.Services.GetRequiredService<IConnectorClient>();
        edge.Connector.RedirectNext(elsewhere.ServiceUrl.TrimEnd('/') + "/v3/conversations/a:conv/activities");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.SendAsync(edge.Connector.ServiceUrl, "a:conv", null, OutgoingActivity.FromText("hallo"), CancellationToken.None));

        Assert.Equal(DeliveryFailure.NotDelivered, failure.Failure);
        Assert.Single(edge.Connector.Requests);
        await Task.Delay(200);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task A_bot_without_an_app_id_outside_development_refuses_to_start_and_names_the_key()
    {
        await using var bot = new BotFactory().With("Auth:AllowUnauthenticated", "false");

        var failure = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(failure is AggregateException aggregate ? aggregate.InnerExceptions.Single() : failure);
        Assert.Contains(validation.Failures, f => f.Contains("MicrosoftAppId is required outside Development", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bot_told_to_run_unauthenticated_logs_it_as_critical_and_readyz_reports_it_as_data()
    {
        await using var bot = new BotFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = bot.CreateClient();

        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("off", report["checks"]!["authentication"]!["data"]!["authentication"]!.GetValue<string>());
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("Authentication is OFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_secured_bot_reports_authentication_on_in_readyz()
    {
        await using var bot = Bot();
        using var client = bot.CreateClient();

        var report = JsonNode.Parse(await client.GetStringAsync("/readyz"))!;

        Assert.Equal("on", report["checks"]!["authentication"]!["data"]!["authentication"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_single_tenant_bot_without_AllowedTenants_serves_only_its_own_tenant()
    {
        await using var bot = Bot();
        using var client = bot.CreateClient();
        var foreign = Activities.Message("help", edge.Connector.ServiceUrl, expectReplies: true);
        foreign["channelData"]!["tenant"]!["id"] = "tenant-2";
        foreign["conversation"]!["tenantId"] = "tenant-2";

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostActivityAsync(foreign, edge.ChannelToken())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(Activities.Message("help", edge.Connector.ServiceUrl, expectReplies: true), edge.ChannelToken())).StatusCode);
    }

    [Fact]
    public async Task An_activity_whose_channel_data_and_conversation_name_different_tenants_gets_403()
    {
        await using var bot = new BotFactory().With("AllowedTenants", "tenant-1,tenant-2");
        using var client = bot.CreateClient();
        var activity = Activities.Message("help", expectReplies: true);
        activity["conversation"]!["tenantId"] = "tenant-2";

        var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("differ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_neither_AllowedTenants_nor_a_tenant_id_the_start_up_log_warns_that_any_tenant_is_served()
    {
        await using var bot = new BotFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = bot.CreateClient();

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("activities from any tenant are served", StringComparison.Ordinal));
    }
}
