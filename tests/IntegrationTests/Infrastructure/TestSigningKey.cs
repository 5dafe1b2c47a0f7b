using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>An RSA signing key made in the test, published as a JWK (with Bot Framework endorsements when given).</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)JsonValue.Create(e))]);
        }

        return jwk;
    }

    /// <summary>A signed JWT. Times default to "valid now for an hour".</summary>
    public string CreateToken(string issuer, string audience, string? serviceUrl = null, DateTime? notBefore = null, DateTime? expires = null, IReadOnlyDictionary<string, object>? extraClaims = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public void Dispose() => rsa.Dispose();
}

/// <summary>The issuers a real channel uses, for building tokens.</summary>
public static class Issuers
{
    public const string BotFramework = "https://api.botframework.com";

    public static string EntraV2(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    public static string EntraV1(string tenant) => $"https://sts.windows.net/{tenant}/";
}

/// <summary>The claims of Entra app tokens: who called (v2 <c>azp</c>, v1 <c>appid</c>) and in which tenant.</summary>
public static class EntraClaims
{
    /// <summary>An app the school registered on purpose to call the bot (listed in Auth:AllowedCallers in the tests that admit it).</summary>
    public const string TrustedCaller = "5b1c1e0a-1111-4a4a-9c9c-00000000c411";

    /// <summary>Microsoft Teams' own client app id (desktop and mobile): what a user's Teams SSO token carries as azp.</summary>
    public const string TeamsClient = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";

    public static IReadOnlyDictionary<string, object> V2(string caller, string tenant) => new Dictionary<string, object> { ["azp"] = caller, ["tid"] = tenant, ["ver"] = "2.0" };

    public static IReadOnlyDictionary<string, object> V1(string caller, string tenant) => new Dictionary<string, object> { ["appid"] = caller, ["tid"] = tenant, ["ver"] = "1.0" };
}
