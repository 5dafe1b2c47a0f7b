using System.Net;
using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Channel.Auth;

/// <summary>
/// Where the bot may send its Connector bearer token: https to the Bot Framework and Teams hosts
/// (<c>*.botframework.com</c>, exactly <c>smba.trafficmanager.net</c>, <c>*.teams.microsoft.com</c>), plus the
/// hosts in <c>Auth:AllowedServiceUrlHosts</c>. Plain http and IP literals only for loopback hosts listed
/// there. No user info. Checked at the edge (the activity's serviceUrl) and again before every outbound call,
/// so a stored conversation reference with another host is never used.
/// </summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>
    /// Microsoft's public cloud. Not <c>*.trafficmanager.net</c>: anyone can create a name there.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultHosts = ["*.botframework.com", "smba.trafficmanager.net", "*.teams.microsoft.com"];

    private readonly IReadOnlyList<string> configured;

    public ServiceUrlPolicy(IOptions<BotAuthOptions> options)
        : this(BotAuthOptions.SplitList(options.Value.Auth.AllowedServiceUrlHosts))
    {
    }

    private ServiceUrlPolicy(IEnumerable<string> allowedHosts) =>
        configured = [.. allowedHosts.Select(h => h.Trim().Trim('[', ']').ToLowerInvariant())];

    /// <summary>The default hosts plus <paramref name="allowedHosts"/> (entries as in <c>Auth:AllowedServiceUrlHosts</c>).</summary>
    public static ServiceUrlPolicy For(IEnumerable<string> allowedHosts) => new(allowedHosts);

    /// <summary>Null when the bot may call this serviceUrl; otherwise why not (no part of the URL is repeated).</summary>
    public string? Check(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return "serviceUrl is not an absolute URL";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return "serviceUrl must use https";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "serviceUrl must not carry user info";
        }

        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        var loopback = uri.IsLoopback;
        if (uri.Scheme == Uri.UriSchemeHttp && !loopback)
        {
            return "serviceUrl must use https";
        }

        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            // An IP literal is only ever a loopback test connector that the operator listed by address.
            return loopback && configured.Contains(NormalizeIp(uri.Host)) ? null : "serviceUrl host is not an allowed Bot Framework host";
        }

        if (uri.Scheme == Uri.UriSchemeHttp || loopback)
        {
            return configured.Contains(host) ? null : "serviceUrl host is not an allowed Bot Framework host";
        }

        return DefaultHosts.Any(p => Matches(p, host)) || configured.Any(p => Matches(p, host))
            ? null
            : "serviceUrl host is not an allowed Bot Framework host";
    }

    public bool IsAllowed(string? serviceUrl) => Check(serviceUrl) is null;

    /// <summary>Checks a configured entry at start: null when it is usable, else what is wrong with it.</summary>
    public static string? CheckEntry(string entry)
    {
        var host = entry.StartsWith("*.", StringComparison.Ordinal) ? entry[2..] : entry;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return entry.StartsWith("*.", StringComparison.Ordinal) ? "is a wildcard IP address"
                : IPAddress.IsLoopback(address) ? null
                : "is an IP address that is not loopback (only loopback test connectors may be listed by address)";
        }

        if (host.Length == 0 || host.Contains('*', StringComparison.Ordinal) || Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            return "is not a host name (use name or *.domain)";
        }

        // "*.net" would admit every host under a public suffix; a wildcard needs a registered domain under it.
        return entry.StartsWith("*.", StringComparison.Ordinal) && !host.Contains('.', StringComparison.Ordinal)
            ? "is a wildcard over a whole top-level domain"
            : null;
    }

    private static bool Matches(string pattern, string host) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.Ordinal) && host.Length > pattern.Length - 1
            : string.Equals(pattern, host, StringComparison.Ordinal);

    private static string NormalizeIp(string host) => host.Trim('[', ']').ToLowerInvariant();
}
