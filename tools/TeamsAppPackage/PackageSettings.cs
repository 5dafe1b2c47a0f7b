using System.Text.RegularExpressions;

namespace SafetyBot.TeamsAppPackage;

public sealed class PackageSettingsException(string message) : Exception(message);

/// <summary>What goes into the package, checked before anything is read or written.</summary>
public sealed partial record PackageSettings(
    string MicrosoftAppId,
    string TeamsAppId,
    string BotDomain,
    string AppVersion,
    string WebsiteUrl,
    string PrivacyUrl,
    string TermsUrl,
    string ManifestDirectory,
    string SchemasDirectory,
    string Output)
{
    /// <summary>The placeholders in manifest/*.json, written <c>${{NAME}}</c>.</summary>
    public IReadOnlyDictionary<string, string> Placeholders => new Dictionary<string, string>
    {
        ["MICROSOFT_APP_ID"] = MicrosoftAppId,
        ["TEAMS_APP_ID"] = TeamsAppId,
        ["BOT_DOMAIN"] = BotDomain,
        ["APP_VERSION"] = AppVersion,
        ["WEBSITE_URL"] = WebsiteUrl,
        ["PRIVACY_URL"] = PrivacyUrl,
        ["TERMS_URL"] = TermsUrl,
    };

    public static PackageSettings Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new PackageSettingsException($"expected '--option value', got '{name}'");
            }

            values[name[2..]] = args[++i];
        }

        string? Value(string name) => values.Remove(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        string Required(string name, string hint) =>
            Value(name) ?? throw new PackageSettingsException($"--{name} is required ({hint})");

        var appId = Guid(Required("app-id", "the bot's Microsoft app id, or MICROSOFT_APP_ID"), "--app-id");
        var domain = HostName(Required("domain", "the host name of the bot's messaging endpoint, or BOT_DOMAIN"));
        var teamsAppId = Value("teams-app-id") is { } t ? Guid(t, "--teams-app-id") : appId;
        var version = Value("version") ?? "1.0.0";
        if (!SemanticVersion().IsMatch(version))
        {
            throw new PackageSettingsException($"--version '{version}' is not a version like 1.0.0 (raise it for every new upload)");
        }

        var settings = new PackageSettings(
            MicrosoftAppId: appId,
            TeamsAppId: teamsAppId,
            BotDomain: domain,
            AppVersion: version,
            WebsiteUrl: HttpsUrl(Value("website-url") ?? $"https://{domain}/", "--website-url"),
            PrivacyUrl: HttpsUrl(Value("privacy-url") ?? $"https://{domain}/privacy", "--privacy-url"),
            TermsUrl: HttpsUrl(Value("terms-url") ?? $"https://{domain}/terms", "--terms-url"),
            ManifestDirectory: Value("manifest-dir") ?? "manifest",
            SchemasDirectory: Value("schemas") ?? Path.Combine("..", "shared", "schemas"),
            Output: Value("out") ?? "SafetyBot.zip");

        if (values.Count > 0)
        {
            throw new PackageSettingsException($"unknown option --{values.Keys.First()}");
        }

        return settings;
    }

    private static string Guid(string value, string option) =>
        System.Guid.TryParseExact(value, "D", out var guid)
            ? guid.ToString("D")
            : throw new PackageSettingsException(
                $"{option} '{value}' is not a GUID like 00000000-0000-0000-0000-000000000000 (the Application (client) ID of the Entra app registration)");

    private static string HostName(string value)
    {
        if (value.Contains("://", StringComparison.Ordinal) || value.Contains('/') || value.Contains(':'))
        {
            throw new PackageSettingsException(
                $"--domain '{value}' must be a host name only, e.g. safetybot.school.nl: no https://, port or path");
        }

        var host = value.TrimEnd('.').ToLowerInvariant();
        return DnsHostName().IsMatch(host)
            ? host
            : throw new PackageSettingsException(
                $"--domain '{value}' is not a valid public host name (letters, digits, hyphens, at least one dot), e.g. safetybot.school.nl");
    }

    private static string HttpsUrl(string value, string option) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host)
            ? value
            : throw new PackageSettingsException($"{option} '{value}' is not an absolute https:// URL");

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsHostName();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemanticVersion();
}
