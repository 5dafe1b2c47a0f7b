using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Channel.Auth;

/// <summary>
/// The bot's Entra app and where signing keys and tokens come from. Bound from the configuration root
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>, …) with <c>Auth:*</c> nested; validated at start.
/// </summary>
public sealed class BotAuthOptions
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotFrameworkTenant = "botframework.com";
    public const string ConnectorScope = "https://api.botframework.com/.default";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>SingleTenant</c>, <c>MultiTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppType { get; set; } = nameof(AppType.SingleTenant);

    /// <summary>
    /// Comma-separated tenant ids. Empty: a SingleTenant bot accepts only its own tenant
    /// (<c>MicrosoftAppTenantId</c>); any other bot any tenant (with a warning at start).
    /// </summary>
    public string? AllowedTenants { get; set; }

    public AuthEndpoints Auth { get; set; } = new();

    /// <summary>Empty app id: no tokens in or out (only in Development, or with <c>Auth:AllowUnauthenticated</c>).</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public AppType Type => ParseAppType(MicrosoftAppType) ?? AppType.SingleTenant;

    /// <summary>The named type only: no numbers, no combinations.</summary>
    public static AppType? ParseAppType(string? value) =>
        Enum.GetValues<AppType>().Select(t => (AppType?)t).FirstOrDefault(t => string.Equals(t.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The tenants whose activities are served: <c>AllowedTenants</c>, else a SingleTenant bot's own tenant, else any (empty).</summary>
    public IReadOnlySet<string> AllowedTenantIds
    {
        get
        {
            var listed = SplitList(AllowedTenants);
            if (listed.Count == 0 && Type == AppType.SingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            {
                listed.Add(MicrosoftAppTenantId.Trim());
            }

            return listed;
        }
    }

    /// <summary>The app ids whose Entra tokens are accepted (<c>Auth:AllowedCallers</c>); empty: no Entra token is.</summary>
    public IReadOnlySet<string> AllowedCallerIds => SplitList(Auth.AllowedCallers);

    internal static HashSet<string> SplitList(string? value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tenant in the token authority: the bot's own tenant, or botframework.com for multi-tenant bots.</summary>
    public string AuthorityTenant => Type == AppType.SingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
        ? MicrosoftAppTenantId!
        : BotFrameworkTenant;

    /// <summary>The Entra issuers (v2 and v1) accepted for the bot's tenant; none without a tenant id.</summary>
    public IReadOnlyList<string> EntraIssuers => string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
        ? []
        : [$"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0", $"https://sts.windows.net/{MicrosoftAppTenantId}/"];

    public string EntraMetadataUrl => Auth.EntraOpenIdMetadataUrl.Replace("{tenant}", MicrosoftAppTenantId ?? BotFrameworkTenant, StringComparison.OrdinalIgnoreCase);
}

public enum AppType
{
    SingleTenant,
    MultiTenant,
    UserAssignedMSI,
}

/// <summary><c>Auth:*</c>: the public Microsoft endpoints by default; tests point them at loopback servers.</summary>
public sealed class AuthEndpoints
{
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary><c>{tenant}</c> is replaced by <c>MicrosoftAppTenantId</c>.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Where client-credential tokens come from: <c>{host}/{tenant}/oauth2/v2.0/token</c>.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>
    /// Comma-separated app ids (the token's <c>azp</c> or <c>appid</c>) whose Entra-issued tokens are accepted.
    /// Teams itself sends Bot Framework tokens, so this is empty unless another trusted service calls the bot.
    /// </summary>
    public string? AllowedCallers { get; set; }

    /// <summary>
    /// Comma-separated hosts (<c>name</c> or <c>*.domain</c>) that a <c>serviceUrl</c> may point at besides the
    /// Bot Framework and Teams hosts: another cloud, or loopback for local testing (only there plain http
    /// and IP literals are allowed).
    /// </summary>
    public string? AllowedServiceUrlHosts { get; set; }

    /// <summary>
    /// Run without channel authentication outside Development (an empty <c>MicrosoftAppId</c>). Never for a
    /// bot that Teams can reach: logged as critical and reported by <c>/readyz</c>.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }
}

/// <summary>Each bad setting is named by its configuration key, so the start-up error says what to fix.</summary>
public sealed class BotAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        var failures = new List<string>();
        var type = BotAuthOptions.ParseAppType(options.MicrosoftAppType);
        if (type is null)
        {
            failures.Add($"MicrosoftAppType must be one of {string.Join(", ", Enum.GetNames<AppType>())}.");
        }

        CheckUrl(failures, "Auth:BotFrameworkOpenIdMetadataUrl", options.Auth.BotFrameworkOpenIdMetadataUrl);
        CheckUrl(failures, "Auth:EntraOpenIdMetadataUrl", options.EntraMetadataUrl);
        CheckUrl(failures, "Auth:AuthorityHost", options.Auth.AuthorityHost);
        foreach (var entry in BotAuthOptions.SplitList(options.Auth.AllowedServiceUrlHosts))
        {
            if (ServiceUrlPolicy.CheckEntry(entry) is { } problem)
            {
                failures.Add($"Auth:AllowedServiceUrlHosts: '{entry}' {problem}.");
            }
        }

        if (options.IsEnabled)
        {
            if (type == AppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
            }

            if (type is AppType.SingleTenant or AppType.MultiTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {type}.");
            }
        }
        else if (!environment.IsDevelopment() && !options.Auth.AllowUnauthenticated)
        {
            failures.Add($"MicrosoftAppId is required outside Development (environment '{environment.EnvironmentName}'): without it anyone can post to /api/messages as Teams. "
                + "Set MicrosoftAppId (with MicrosoftAppPassword and MicrosoftAppTenantId), or Auth:AllowUnauthenticated=true for a bot that Teams cannot reach.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>https, or plain http only on loopback (test servers).</summary>
    private static void CheckUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute https URL.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            failures.Add($"{key} must use https (plain http is allowed on loopback only).");
        }
    }

    public static bool IsPlainHttpLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
}
