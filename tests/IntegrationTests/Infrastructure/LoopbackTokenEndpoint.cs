using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>A client-credentials request the token endpoint received (the secret is only checked, not kept).</summary>
public sealed record TokenRequest(string Path, string? GrantType, string? ClientId, string? Scope, bool SecretMatched);

/// <summary>
/// The Entra token endpoint (<c>/{tenant}/oauth2/v2.0/token</c>) on 127.0.0.1 over https with a
/// self-signed certificate made in the test: MSAL insists on an https authority, so the bot under test
/// is given an HttpClient (through <c>IMsalHttpClientFactory</c>) that trusts exactly this certificate.
/// </summary>
public sealed class LoopbackTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly X509Certificate2 certificate;
    private readonly string expectedSecret;
    private readonly ConcurrentQueue<TokenRequest> requests = new();
    private int issued;

    private LoopbackTokenEndpoint(WebApplication app, X509Certificate2 certificate, string expectedSecret)
    {
        this.app = app;
        this.certificate = certificate;
        this.expectedSecret = expectedSecret;
    }

    public string AuthorityHost { get; private set; } = string.Empty;

    public IReadOnlyList<TokenRequest> Requests => [.. requests];

    public static string TokenNumber(int n) => $"connector-token-{n}";

    public static async Task<LoopbackTokenEndpoint> StartAsync(string expectedSecret)
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new LoopbackTokenEndpoint(app, certificate, expectedSecret);
        app.Run(endpoint.HandleAsync);
        await app.StartAsync();
        endpoint.AuthorityHost = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return endpoint;
    }

    /// <summary>A handler that trusts this endpoint's certificate and nothing else self-signed.</summary>
    public HttpMessageHandler CreateTrustingHandler() => new SocketsHttpHandler
    {
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || (presented is not null && presented.GetCertHashString() == certificate.GetCertHashString()),
        },
    };

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
        {
            requests.Enqueue(new TokenRequest(context.Request.Path.Value ?? string.Empty, null, null, null, false));
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var request = new TokenRequest(
            context.Request.Path.Value ?? string.Empty,
            form["grant_type"].FirstOrDefault(),
            form["client_id"].FirstOrDefault(),
            form["scope"].FirstOrDefault(),
            form["client_secret"].FirstOrDefault() == expectedSecret);
        requests.Enqueue(request);

        if (!request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) || !request.SecretMatched)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client", error_description = "unknown client" });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            token_type = "Bearer",
            expires_in = 3600,
            ext_expires_in = 3600,
            access_token = TokenNumber(Interlocked.Increment(ref issued)),
        });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        certificate.Dispose();
    }
}
