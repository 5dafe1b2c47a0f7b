using System.Diagnostics;
using System.Net;
using System.Reflection;

namespace SafetyBot.IntegrationTests.Deployment;

/// <summary>The <c>dotnet publish</c> output runs on its own, the way the systemd unit and the container start it.</summary>
public sealed class PublishedAppTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"safetybot-publish-{Guid.NewGuid():N}");

    [Fact]
    public async Task Published_bot_starts_from_its_folder_and_answers_healthz_and_readyz()
    {
        // The Bot project is already built in this configuration (this test project references it), so
        // publishing without a build only lays out the publish folder: fast, and the same files.
        var configuration = typeof(PublishedAppTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var publish = await ProcessRun.RunAsync(
            "dotnet",
            ["publish", Path.Combine(RepositoryPaths.Root, "Bot", "Bot.csproj"), "-c", configuration, "--no-build", "-o", folder, "-nologo", "-v:q"],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(3));
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.True(File.Exists(Path.Combine(folder, "SafetyBot.Bot.dll")), "SafetyBot.Bot.dll in the publish folder");
        Assert.True(File.Exists(Path.Combine(folder, "appsettings.json")), "appsettings.json in the publish folder");

        var port = LoopbackPort.Free();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__DataDirectory"] = Path.Combine(folder, "data"),

            // The published defaults have no app id, which a Production bot refuses unless told explicitly.
            ["Auth__AllowUnauthenticated"] = "true",
        };
        using var bot = ChildProcess.Start(
            "The published bot", "dotnet", [Path.Combine(folder, "SafetyBot.Bot.dll")], folder, environment,
            removeFromEnvironment: ["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId"], outputLimit: int.MaxValue);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var healthy = await WaitForAsync(http, "/healthz", bot, TimeSpan.FromSeconds(60));
            Assert.True(healthy is HttpStatusCode.OK, $"/healthz answered {healthy}; the bot printed:\n{bot.Output}");
            Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

            var ready = await WaitForAsync(http, "/readyz", bot, TimeSpan.FromSeconds(30));
            Assert.True(ready is HttpStatusCode.OK, $"/readyz answered {ready}; the bot printed:\n{bot.Output}");
        }
        finally
        {
            bot.Kill();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpStatusCode?> WaitForAsync(HttpClient http, string path, ChildProcess bot, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (waited.Elapsed < patience && !bot.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                last = response.StatusCode;
                if (last == HttpStatusCode.OK)
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        return last;
    }
}
