using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SafetyBot.Bot.Channel.Auth;

/// <summary>
/// Channel security: Bot Framework and Entra tokens in (JwtBearer, metadata picked by the token's
/// issuer), the activity gates that need the parsed body, and client-credential tokens out.
/// </summary>
public static partial class BotAuthentication
{
    /// <summary>The policy scheme that forwards to the JwtBearer scheme for the token's issuer.</summary>
    public const string Scheme = "BotChannel";
    public const string Policy = "BotChannel";
    public const string BotFrameworkScheme = "BotFramework";
    public const string EntraScheme = "Entra";

    /// <summary>Registered by <see cref="ChannelSetup.AddChannel"/>, after the connector client.</summary>
    internal static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotAuthOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidator>();
        services.AddHostedService<AuthStartupNotice>();
        services.AddHealthChecks().AddCheck<AuthenticationReadiness>("authentication", tags: [Hosting.HealthSetup.ReadyTag]);
        services.AddHttpClient(MsalHttpClients.HttpClientName);
        services.TryAddSingleton<Microsoft.Identity.Client.IMsalHttpClientFactory, MsalHttpClients>();

        if (!string.IsNullOrWhiteSpace(builder.Configuration["MicrosoftAppId"]))
        {
            AddInboundAuthentication(services);
            services.AddSingleton<IConnectorTokenProvider>(ConnectorTokenProviders.Create);
        }

        // After the token gates: a bad token is 401 before a foreign tenant is 403.
        services.AddSingleton<IActivityGate, ServiceUrlHostGate>();
        services.AddSingleton<IActivityGate, TenantGate>();
    }

    /// <summary>True when inbound tokens are required (a MicrosoftAppId is set).</summary>
    public static bool IsEnabled(IServiceProvider services) =>
        services.GetRequiredService<IOptions<BotAuthOptions>>().Value.IsEnabled;

    private static void AddInboundAuthentication(IServiceCollection services)
    {
        services.AddHttpClient(OpenIdMetadataSources.HttpClientName);
        services.AddSingleton<OpenIdMetadataSources>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bot channel token", options => options.ForwardDefaultSelector = SchemeForIssuer)
            .AddJwtBearer(BotFrameworkScheme, _ => { })
            .AddJwtBearer(EntraScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(BotFrameworkScheme)
            .Configure<OpenIdMetadataSources, IOptions<BotAuthOptions>, ILoggerFactory>((options, sources, auth, logs) =>
                Configure(options, ChannelTokenKind.BotFramework, [BotAuthOptions.BotFrameworkIssuer], sources, auth.Value, logs));
        services.AddOptions<JwtBearerOptions>(EntraScheme)
            .Configure<OpenIdMetadataSources, IOptions<BotAuthOptions>, ILoggerFactory>((options, sources, auth, logs) =>
                Configure(options, ChannelTokenKind.Entra, auth.Value.EntraIssuers, sources, auth.Value, logs));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());

        services.AddSingleton<IActivityGate, EndorsementGate>();
        services.AddSingleton<IActivityGate, ServiceUrlGate>();
    }

    private static void Configure(JwtBearerOptions options, ChannelTokenKind kind, IReadOnlyList<string> issuers, OpenIdMetadataSources sources, BotAuthOptions auth, ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(typeof(BotAuthentication).FullName!);
        options.ConfigurationManager = sources.For(kind);
        options.RefreshOnIssuerKeyNotFound = true;
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            // Only the listed issuers: not also whatever issuer the metadata document names.
            IssuerValidator = (issuer, _, _) => issuers.Contains(issuer, StringComparer.Ordinal)
                ? issuer
                : throw new SecurityTokenInvalidIssuerException("issuer is not accepted"),
            ValidateAudience = true,
            ValidAudience = auth.MicrosoftAppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = async context =>
            {
                if (kind == ChannelTokenKind.Entra)
                {
                    // Any app registered in the tenant can get a token for the bot's app id: only the listed callers may use one.
                    var caller = context.Principal?.FindFirst("azp")?.Value ?? context.Principal?.FindFirst("appid")?.Value;
                    if (caller is null || !auth.AllowedCallerIds.Contains(caller))
                    {
                        LogEntraCallerRejected(logger, AppIdForLog(caller));
                        context.Fail("the Entra token's caller is not in Auth:AllowedCallers");
                        return;
                    }

                    context.HttpContext.Features.Set(new ChannelToken(kind, [], context.Principal?.FindFirst("serviceurl")?.Value, context.Principal?.FindFirst("tid")?.Value));
                    return;
                }

                var keyId = (context.SecurityToken as JsonWebToken)?.Kid;
                var endorsements = await sources.EndorsementsAsync(keyId, context.HttpContext.RequestAborted);
                var serviceUrl = context.Principal?.FindFirst("serviceurl")?.Value;
                context.HttpContext.Features.Set(new ChannelToken(kind, endorsements, serviceUrl));
            },
            OnAuthenticationFailed = context =>
            {
                // The exception type says why (expired, bad signature, wrong audience …); its message may quote the token.
                LogTokenRejected(logger, kind.ToString(), context.Exception.GetType().Name);
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>Picks the metadata by the (not yet validated) issuer; anything unreadable goes to the Bot Framework scheme and fails there.</summary>
    internal static string SchemeForIssuer(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return BotFrameworkScheme;
        }

        var token = header[bearer.Length..].Trim();
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(token))
        {
            return BotFrameworkScheme;
        }

        try
        {
            var issuer = handler.ReadJsonWebToken(token).Issuer;
            return string.Equals(issuer, BotAuthOptions.BotFrameworkIssuer, StringComparison.Ordinal) || string.IsNullOrEmpty(issuer)
                ? BotFrameworkScheme
                : EntraScheme;
        }
        catch (ArgumentException)
        {
            return BotFrameworkScheme;
        }
    }

    /// <summary>An app id is a GUID; anything else in a signed token is not repeated into the log.</summary>
    internal static string AppIdForLog(string? caller) =>
        caller is null ? "(none)" : Guid.TryParse(caller, out var id) ? id.ToString("D") : "(not an app id)";

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a {TokenKind} token: {Reason}")]
    private static partial void LogTokenRejected(ILogger logger, string tokenKind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an Entra token from app {CallerAppId}: it is not in Auth:AllowedCallers. Teams sends Bot Framework tokens; add this app id to Auth:AllowedCallers only if it is a service you trust to act as the channel.")]
    private static partial void LogEntraCallerRejected(ILogger logger, string callerAppId);
}

/// <summary>Says at start whether inbound tokens are checked, so "auth off" is never a surprise in production.</summary>
internal sealed partial class AuthStartupNotice(IOptions<BotAuthOptions> options, IHostEnvironment environment, ILogger<AuthStartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var auth = options.Value;
        if (auth.IsEnabled)
        {
            LogAuthOn(logger, auth.Type.ToString(), auth.AllowedCallerIds.Count);
        }
        else if (environment.IsDevelopment())
        {
            LogAuthOff(logger);
        }
        else
        {
            LogAuthOffAllowed(logger, environment.EnvironmentName);
        }

        if (auth.AllowedTenantIds.Count == 0)
        {
            LogAnyTenant(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authentication is OFF: MicrosoftAppId is empty, so /api/messages accepts activities without a token and replies are sent without one. Use this only for local development.")]
    private static partial void LogAuthOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Authentication is OFF in environment {Environment} because Auth:AllowUnauthenticated=true: anyone who can reach /api/messages can act as Teams. Never expose this instance.")]
    private static partial void LogAuthOffAllowed(ILogger logger, string environment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Authentication is on ({AppType}): Bot Framework tokens; Entra tokens from {AllowedCallers} allowed caller app(s)")]
    private static partial void LogAuthOn(ILogger logger, string appType, int allowedCallers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AllowedTenants and MicrosoftAppTenantId are both empty: activities from any tenant are served. Set AllowedTenants to the school's tenant id.")]
    private static partial void LogAnyTenant(ILogger logger);
}

/// <summary><c>/readyz</c> reports whether inbound tokens are checked, as data: auth off is healthy, never hidden.</summary>
internal sealed class AuthenticationReadiness(IOptions<BotAuthOptions> options) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var auth = options.Value;
        var data = new Dictionary<string, object> { ["authentication"] = auth.IsEnabled ? "on" : "off" };
        return Task.FromResult(Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(
            auth.IsEnabled ? "channel tokens are required" : "authentication is off: activities are accepted without a token", data));
    }
}
