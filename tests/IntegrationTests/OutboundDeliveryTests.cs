using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Channel.Auth;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests;

/// <summary>
/// Client-credential tokens from a loopback token endpoint, and Connector retries that never double-post:
/// only answers that prove non-delivery (429, 412, no connection) are retried.
/// </summary>
public sealed class OutboundDeliveryTests : IAsyncLifetime, IDisposable
{
    private readonly TestSigningKey teamsKey = new("bf-key-1", "msteams");
    private OpenIdLoopback metadata = null!;
    private LoopbackTokenEndpoint tokens = null!;
    private LoopbackConnector connector = null!;

    public async Task InitializeAsync()
    {
        metadata = await OpenIdLoopback.StartAsync();
        metadata.AddBotFrameworkKey(teamsKey);
        tokens = await LoopbackTokenEndpoint.StartAsync(SecuredBot.Secret);
        connector = await LoopbackConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await tokens.DisposeAsync();
        await metadata.DisposeAsync();
    }

    public void Dispose() => teamsKey.Dispose();

    private string ChannelToken() => teamsKey.CreateToken(Issuers.BotFramework, SecuredBot.AppId, connector.ServiceUrl);

    [Fact]
    public async Task The_connector_token_is_fetched_once_with_client_credentials_and_reused()
    {
        await using var factory = SecuredBot.Create(metadata, tokens);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(Activities.Message("help", connector.ServiceUrl), ChannelToken())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(Activities.Message("help", connector.ServiceUrl), ChannelToken())).StatusCode);

        var posts = await connector.WaitForAsync(2);
        Assert.Equal(2, posts.Count);
        Assert.All(posts, post => Assert.Equal("Bearer " + LoopbackTokenEndpoint.TokenNumber(1), post.Authorization));
        var request = Assert.Single(tokens.Requests);
        Assert.Equal($"/{SecuredBot.Tenant}/oauth2/v2.0/token", request.Path);
        Assert.Equal("client_credentials", request.GrantType);
        Assert.Equal(SecuredBot.AppId, request.ClientId);
        Assert.Contains("https://api.botframework.com/.default", request.Scope, StringComparison.Ordinal);
        Assert.True(request.SecretMatched);
    }

    [Fact]
    public async Task A_multi_tenant_bot_gets_its_token_from_the_botframework_com_authority()
    {
        await using var factory = SecuredBot.Create(metadata, tokens).With("MicrosoftAppType", "MultiTenant");
        var provider = factory.Services.GetRequiredService<IConnectorTokenProvider>();

        Assert.Equal(LoopbackTokenEndpoint.TokenNumber(1), await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(tokens.Requests).Path);
    }

    [Fact]
    public async Task A_rejected_client_secret_is_reported_as_not_delivered()
    {
        await using var factory = SecuredBot.Create(metadata, tokens).With("MicrosoftAppPassword", "wrong-secret");
        var connectorClient = factory.Services.GetRequiredService<IConnectorClient>();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            connectorClient.SendAsync(connector.ServiceUrl, "a:conv", null, OutgoingActivity.FromText("hallo"), CancellationToken.None));

        Assert.Equal(DeliveryFailure.NotDelivered, failure.Failure);
        Assert.Empty(connector.Requests);
    }

    /// <summary>Construction only: a managed identity endpoint cannot be served on this machine.</summary>
    [Fact]
    public async Task A_user_assigned_managed_identity_bot_gets_an_msal_managed_identity_token_provider()
    {
        await using var factory = SecuredBot.Create(metadata).With("MicrosoftAppType", "UserAssignedMSI").With("MicrosoftAppPassword", null);

        Assert.IsType<MsalConnectorTokenProvider>(factory.Services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public async Task With_auth_off_no_token_is_fetched_or_sent()
    {
        await using var factory = new BotFactory().With("Auth:AuthorityHost", tokens.AuthorityHost);
        using var client = factory.CreateClient();

        await client.PostActivityAsync(Activities.Message("help", connector.ServiceUrl));

        Assert.Null(Assert.Single(await connector.WaitForAsync(1)).Authorization);
        Assert.Empty(tokens.Requests);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_the_reply_arrives_exactly_once()
    {
        await using var factory = SecuredBot.Create(metadata, tokens);
        using var client = factory.CreateClient();
        connector.FailNext(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));
        var started = Stopwatch.GetTimestamp();

        var response = await client.PostActivityAsync(Activities.Message("help", connector.ServiceUrl), ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(900), "the Retry-After second was waited out");
        var attempts = connector.Requests;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body!.ToJsonString(), attempts[1].Body!.ToJsonString());
        Assert.Single(tokens.Requests);
    }

    [Fact]
    public async Task A_412_is_retried_and_delivered_once()
    {
        await using var factory = new BotFactory();
        var client = factory.Services.GetRequiredService<IConnectorClient>();
        connector.FailNext(HttpStatusCode.PreconditionFailed);

        var sent = await client.SendAsync(connector.ServiceUrl, "a:conv", null, OutgoingActivity.FromText("hallo"), CancellationToken.None);

        Assert.NotNull(sent.Id);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task An_ambiguous_failure_is_reported_to_the_caller_and_not_resent(HttpStatusCode status)
    {
        await using var factory = new BotFactory();
        var client = factory.Services.GetRequiredService<IConnectorClient>();
        connector.FailNext(status);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendAsync(connector.ServiceUrl, "a:conv", null, OutgoingActivity.FromText("hallo"), CancellationToken.None));

        Assert.Equal(DeliveryFailure.Ambiguous, failure.Failure);
        Assert.Equal(status, failure.Status);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task A_504_on_a_reply_fails_the_turn_without_a_resend_or_an_apology_on_top()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        connector.FailNext(HttpStatusCode.GatewayTimeout);

        var response = await client.PostActivityAsync(Activities.Message("help", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        await Task.Delay(300);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_as_not_delivered()
    {
        await using var factory = new BotFactory();
        var client = factory.Services.GetRequiredService<IConnectorClient>();
        var closedPort = ClosedLoopbackUrl();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendAsync(closedPort, "a:conv", null, OutgoingActivity.FromText("hallo"), CancellationToken.None));

        Assert.Equal(DeliveryFailure.NotDelivered, failure.Failure);
    }

    [Fact]
    public void Only_answers_that_prove_non_delivery_are_retried()
    {
        static bool Retried(HttpStatusCode status)
        {
            using var response = new HttpResponseMessage(status);
            return ConnectorResilience.IsCertainlyNotDelivered(Polly.Outcome.FromResult(response));
        }

        Assert.True(Retried(HttpStatusCode.TooManyRequests));
        Assert.True(Retried(HttpStatusCode.PreconditionFailed));
        Assert.False(Retried(HttpStatusCode.GatewayTimeout));
        Assert.False(Retried(HttpStatusCode.BadGateway));
        Assert.False(Retried(HttpStatusCode.InternalServerError));
        Assert.False(Retried(HttpStatusCode.BadRequest));
        Assert.True(ConnectorResilience.IsCertainlyNotDelivered(Polly.Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ConnectionError, "refused"))));
        Assert.False(ConnectorResilience.IsCertainlyNotDelivered(Polly.Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ResponseEnded, "cut off"))));
        Assert.False(ConnectorResilience.IsCertainlyNotDelivered(Polly.Outcome.FromException<HttpResponseMessage>(new TaskCanceledException())));
    }

    [Fact]
    public void Retry_after_is_honoured_but_capped()
    {
        using var soon = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        soon.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(2));
        using var late = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        late.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMinutes(10));
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Equal(TimeSpan.FromSeconds(2), ConnectorResilience.RetryAfter(soon, TimeProvider.System));
        Assert.Equal(ConnectorResilience.MaxDelay, ConnectorResilience.RetryAfter(late, TimeProvider.System));
        Assert.Null(ConnectorResilience.RetryAfter(none, TimeProvider.System));
    }

    private static string ClosedLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}
