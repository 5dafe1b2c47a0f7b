using System.Net;
using System.Text.Json.Nodes;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests;

/// <summary>
/// Inbound tokens, with real JWTs signed by test RSA keys whose OpenID metadata and JWKS are served on
/// loopback: Bot Framework channel tokens (keys endorsed per channel) and Entra tokens (v1 and v2 issuers)
/// from the one caller app listed in <c>Auth:AllowedCallers</c>.
/// </summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime, IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly TestSigningKey teamsKey = new("bf-key-1", "msteams", "webchat");
    private readonly TestSigningKey webchatOnlyKey = new("bf-key-webchat", "webchat");
    private readonly TestSigningKey entraKey = new("entra-key-1");
    private readonly TestSigningKey notPublished = new("bf-key-unpublished", "msteams");
    private OpenIdLoopback metadata = null!;
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        metadata = await OpenIdLoopback.StartAsync();
        metadata.AddBotFrameworkKey(teamsKey);
        metadata.AddBotFrameworkKey(webchatOnlyKey);
        metadata.AddEntraKey(entraKey);
        factory = SecuredBot.Create(metadata).With("Auth:AllowedCallers", EntraClaims.TrustedCaller);
        client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await metadata.DisposeAsync();
    }

    public void Dispose()
    {
        foreach (var key in new[] { teamsKey, webchatOnlyKey, entraKey, notPublished })
        {
            key.Dispose();
        }
    }

    private static JsonObject Help() => Activities.Message("help", serviceUrl: ServiceUrl, expectReplies: true);

    private TestSigningKey KeyOf(string kind) => kind == "BotFramework" ? teamsKey : entraKey;

    private static string IssuerOf(string kind) => kind == "BotFramework" ? Issuers.BotFramework : Issuers.EntraV2(SecuredBot.Tenant);

    /// <summary>A token as each issuer makes it: Bot Framework with its serviceurl claim, Entra from the trusted caller.</summary>
    private string TokenOf(string kind, string? audience = null, string? serviceUrl = ServiceUrl, DateTime? notBefore = null, DateTime? expires = null, TestSigningKey? key = null) =>
        (key ?? KeyOf(kind)).CreateToken(IssuerOf(kind), audience ?? SecuredBot.AppId, serviceUrl, notBefore, expires,
            kind == "BotFramework" ? null : EntraClaims.V2(EntraClaims.TrustedCaller, SecuredBot.Tenant));

    private async Task AssertAcceptedAsync(string token)
    {
        var response = await client.PostActivityAsync(Help(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(await response.RepliesAsync())!.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task AssertUnauthorizedAsync(string? token, string scheme = "Bearer", JsonObject? activity = null)
    {
        var response = await client.PostActivityAsync(activity ?? Help(), token, scheme);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Hoi, ik ben SafetyBot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public Task A_bot_framework_token_whose_key_is_endorsed_for_msteams_is_accepted() =>
        AssertAcceptedAsync(teamsKey.CreateToken(Issuers.BotFramework, SecuredBot.AppId, ServiceUrl));

    [Fact]
    public Task An_entra_v2_token_from_an_allowed_caller_in_the_bots_tenant_is_accepted() =>
        AssertAcceptedAsync(entraKey.CreateToken(Issuers.EntraV2(SecuredBot.Tenant), SecuredBot.AppId, extraClaims: EntraClaims.V2(EntraClaims.TrustedCaller, SecuredBot.Tenant)));

    [Fact]
    public Task An_entra_v1_token_from_an_allowed_caller_in_the_bots_tenant_is_accepted() =>
        AssertAcceptedAsync(entraKey.CreateToken(Issuers.EntraV1(SecuredBot.Tenant), SecuredBot.AppId, extraClaims: EntraClaims.V1(EntraClaims.TrustedCaller, SecuredBot.Tenant)));

    [Fact]
    public Task A_bot_framework_token_without_a_serviceurl_claim_gets_401() =>
        AssertUnauthorizedAsync(teamsKey.CreateToken(Issuers.BotFramework, SecuredBot.AppId));

    [Theory]
    [InlineData("BotFramework")]
    [InlineData("Entra")]
    public Task A_token_expired_within_the_five_minute_skew_is_still_accepted(string kind) =>
        AssertAcceptedAsync(TokenOf(kind, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3)));

    [Fact]
    public Task No_token_gets_401() => AssertUnauthorizedAsync(null);

    [Fact]
    public Task A_garbage_bearer_token_gets_401() => AssertUnauthorizedAsync("not.a-jwt.at-all");

    [Fact]
    public Task A_basic_authorization_header_gets_401() =>
        AssertUnauthorizedAsync(Convert.ToBase64String("user:password"u8), scheme: "Basic");

    [Fact]
    public Task An_unsigned_token_gets_401()
    {
        var signed = teamsKey.CreateToken(Issuers.BotFramework, SecuredBot.AppId, ServiceUrl);
        var parts = signed.Split('.');
        var header = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return AssertUnauthorizedAsync($"{header}.{parts[1]}.");
    }

    [Theory]
    [InlineData("BotFramework")]
    [InlineData("Entra")]
    public Task An_expired_token_gets_401(string kind) =>
        AssertUnauthorizedAsync(TokenOf(kind, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-10)));

    [Theory]
    [InlineData("BotFramework")]
    [InlineData("Entra")]
    public Task A_token_not_yet_valid_gets_401(string kind) =>
        AssertUnauthorizedAsync(TokenOf(kind, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)));

    [Theory]
    [InlineData("BotFramework")]
    [InlineData("Entra")]
    public Task A_token_for_another_audience_gets_401(string kind) =>
        AssertUnauthorizedAsync(TokenOf(kind, audience: "some-other-bot"));

    [Theory]
    [InlineData("BotFramework")]
    [InlineData("Entra")]
    public Task A_serviceurl_claim_that_differs_from_the_activity_gets_401(string kind) =>
        AssertUnauthorizedAsync(TokenOf(kind, serviceUrl: "https://evil.example/teams/"));

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://api.botframework.com/")]
    public Task A_token_from_an_unknown_issuer_gets_401(string issuer) =>
        AssertUnauthorizedAsync(teamsKey.CreateToken(issuer, SecuredBot.AppId, ServiceUrl));

    [Theory]
    [InlineData("https://login.microsoftonline.com/other-tenant/v2.0")]
    [InlineData("https://sts.windows.net/other-tenant/")]
    public Task An_entra_token_from_another_tenant_gets_401(string issuer) =>
        AssertUnauthorizedAsync(entraKey.CreateToken(issuer, SecuredBot.AppId, extraClaims: EntraClaims.V2(EntraClaims.TrustedCaller, "other-tenant")));

    [Theory]
    [InlineData("BotFramework")]
    [InlineData("Entra")]
    public Task A_token_signed_by_a_key_not_in_the_metadata_gets_401(string kind) =>
        AssertUnauthorizedAsync(TokenOf(kind, key: notPublished));

    [Fact]
    public async Task A_token_signed_by_another_key_under_a_published_key_id_gets_401()
    {
        using var forger = new TestSigningKey(teamsKey.KeyId, "msteams");

        await AssertUnauthorizedAsync(forger.CreateToken(Issuers.BotFramework, SecuredBot.AppId, ServiceUrl));
    }

    [Fact]
    public Task The_metadata_is_chosen_by_issuer_so_a_bot_framework_issuer_with_an_entra_key_gets_401() =>
        AssertUnauthorizedAsync(entraKey.CreateToken(Issuers.BotFramework, SecuredBot.AppId, ServiceUrl));

    [Fact]
    public Task A_bot_framework_key_not_endorsed_for_the_activitys_channel_gets_401() =>
        AssertUnauthorizedAsync(webchatOnlyKey.CreateToken(Issuers.BotFramework, SecuredBot.AppId, ServiceUrl));

    [Fact]
    public async Task The_same_key_is_accepted_for_a_channel_it_is_endorsed_for()
    {
        var activity = Help();
        activity["channelId"] = "webchat";

        var response = await client.PostActivityAsync(activity, webchatOnlyKey.CreateToken(Issuers.BotFramework, SecuredBot.AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_key_that_appears_in_the_metadata_later_is_accepted_after_a_refresh()
    {
        await AssertAcceptedAsync(teamsKey.CreateToken(Issuers.BotFramework, SecuredBot.AppId, ServiceUrl));
        var fetchesBefore = metadata.BotFrameworkKeyFetches;
        using var rotated = new TestSigningKey("bf-key-2", "msteams");
        metadata.AddBotFrameworkKey(rotated);

        // The unknown key id makes the bot refresh its metadata; the refresh may finish in the background.
        var status = HttpStatusCode.Unauthorized;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            status = (await client.PostActivityAsync(Help(), rotated.CreateToken(Issuers.BotFramework, SecuredBot.AppId, ServiceUrl))).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(metadata.BotFrameworkKeyFetches > fetchesBefore, "the JWKS was fetched again");
    }

    [Fact]
    public async Task The_health_endpoints_need_no_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
