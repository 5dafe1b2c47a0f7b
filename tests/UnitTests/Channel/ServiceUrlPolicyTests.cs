using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SafetyBot.Bot.Channel.Auth;

namespace SafetyBot.UnitTests.Channel;

/// <summary>Where the bot may send its Connector token: the hosts an attacker would try, one by one.</summary>
public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Default = ServiceUrlPolicy.For([]);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://SMBA.TrafficManager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net./emea/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://token.botframework.com:443/")]
    [InlineData("https://canary.teams.microsoft.com/api/")]
    public void The_public_bot_framework_and_teams_hosts_are_allowed(string serviceUrl) =>
        Assert.Null(Default.Check(serviceUrl));

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://attacker.trafficmanager.net/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com/")]
    [InlineData("https://teams.microsoft.com.evil.example/")]
    [InlineData("https://xteams.microsoft.com/")]
    [InlineData("https://20.50.1.1/")]
    [InlineData("https://127.0.0.1/")]
    [InlineData("https://localhost/")]
    [InlineData("https://[::1]/")]
    public void Any_other_host_is_refused(string serviceUrl) =>
        Assert.Equal("serviceUrl host is not an allowed Bot Framework host", Default.Check(serviceUrl));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/", "serviceUrl must use https")]
    [InlineData("ftp://smba.trafficmanager.net/emea/", "serviceUrl must use https")]
    [InlineData("https://user:secret@smba.trafficmanager.net/emea/", "serviceUrl must not carry user info")]
    [InlineData("https://evil.example@smba.trafficmanager.net/emea/", "serviceUrl must not carry user info")]
    [InlineData("v3/conversations", "serviceUrl is not an absolute URL")]
    [InlineData("/v3/conversations", "serviceUrl must use https")] // a file: URI on Unix
    [InlineData("", "serviceUrl is not an absolute URL")]
    [InlineData(null, "serviceUrl is not an absolute URL")]
    public void Plain_http_user_info_and_relative_urls_are_refused_even_for_microsoft_hosts(string? serviceUrl, string reason) =>
        Assert.Equal(reason, Default.Check(serviceUrl));

    [Fact]
    public void Listed_loopback_hosts_may_use_plain_http_and_ip_literals()
    {
        var policy = ServiceUrlPolicy.For(["127.0.0.1", "localhost", "[::1]"]);

        Assert.Null(policy.Check("http://127.0.0.1:5123/"));
        Assert.Null(policy.Check("http://localhost:56150/_connector"));
        Assert.Null(policy.Check("http://[::1]:5123/"));
        Assert.Null(policy.Check("https://smba.trafficmanager.net/emea/"));
        Assert.NotNull(policy.Check("http://127.0.0.2:5123/"));
        Assert.NotNull(policy.Check("http://10.0.0.5/"));
    }

    [Fact]
    public void Another_cloud_is_admitted_by_its_listed_domain_only()
    {
        var policy = ServiceUrlPolicy.For(["*.botframework.us", "smba.infra.gov.teams.microsoft.us"]);

        Assert.Null(policy.Check("https://api.botframework.us/"));
        Assert.Null(policy.Check("https://smba.infra.gov.teams.microsoft.us/"));
        Assert.NotNull(policy.Check("https://botframework.us.evil.example/"));
        Assert.NotNull(policy.Check("http://api.botframework.us/"));
        Assert.NotNull(policy.Check("https://other.teams.microsoft.us/"));
    }

    [Theory]
    [InlineData("10.0.0.5", "is an IP address that is not loopback")]
    [InlineData("*.net", "is a wildcard over a whole top-level domain")]
    [InlineData("*.127.0.0.1", "is a wildcard IP address")]
    [InlineData("evil*.example", "is not a host name")]
    [InlineData("https://x.example/", "is not a host name")]
    public void A_bad_AllowedServiceUrlHosts_entry_stops_the_app_at_start_naming_the_key(string entry, string problem)
    {
        var options = new BotAuthOptions { Auth = { AllowedServiceUrlHosts = $"localhost, {entry}", AllowUnauthenticated = true } };

        var result = new BotAuthOptionsValidator(Environment("Production")).Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith($"Auth:AllowedServiceUrlHosts: '{entry}' {problem}", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Without_an_app_id_the_bot_refuses_to_start_outside_development(string environment)
    {
        var result = new BotAuthOptionsValidator(Environment(environment)).Validate(null, new BotAuthOptions());

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppId is required outside Development", Assert.Single(result.Failures!), StringComparison.Ordinal);
        Assert.Contains("Auth:AllowUnauthenticated", result.Failures!.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_app_id_the_bot_starts_in_development_or_when_told_explicitly()
    {
        Assert.True(new BotAuthOptionsValidator(Environment("Development")).Validate(null, new BotAuthOptions()).Succeeded);
        Assert.True(new BotAuthOptionsValidator(Environment("Production")).Validate(null, new BotAuthOptions { Auth = { AllowUnauthenticated = true } }).Succeeded);
    }

    [Fact]
    public void A_single_tenant_bot_serves_only_its_own_tenant_unless_AllowedTenants_says_otherwise()
    {
        var single = new BotAuthOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "tenant-1" };
        var listed = new BotAuthOptions { MicrosoftAppId = "app", MicrosoftAppTenantId = "tenant-1", AllowedTenants = "tenant-2, tenant-3" };
        var multi = new BotAuthOptions { MicrosoftAppId = "app", MicrosoftAppType = "MultiTenant" };

        Assert.Equal(["tenant-1"], single.AllowedTenantIds);
        Assert.Equal(["tenant-2", "tenant-3"], listed.AllowedTenantIds.Order());
        Assert.Empty(multi.AllowedTenantIds);
    }

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
