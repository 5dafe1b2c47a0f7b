using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "SafetyBot.Bot.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataDirectory"] = Path.Combine(folder, "data");

        // The published defaults have no app id, which a Production bot refuses unless told explicitly.
        start.Environment["Auth__AllowUnauthenticated"] = "true";
        foreach (var key in new[] { "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId" })
        {
            start.Environment.Remove(key);
        }

        using var bot = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        bot.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        bot.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var healthy = await WaitForAsync(http, "/healthz", bot, TimeSpan.FromSeconds(60));
            Assert.True(healthy is HttpStatusCode.OK, $"/healthz answered {healthy}; the bot printed:\n{Printed(output)}");
            Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

            var ready = await WaitForAsync(http, "/readyz", bot, TimeSpan.FromSeconds(30));
            Assert.True(ready is HttpStatusCode.OK, $"/readyz answered {ready}; the bot printed:\n{Printed(output)}");
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpStatusCode?> WaitForAsync(HttpClient http, string path, Process bot, TimeSpan patience)
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

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Printed(System.Text.StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
