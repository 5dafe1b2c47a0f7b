using Microsoft.Playwright;

namespace SafetyBot.EndToEnd.CardRendering;

/// <summary>Debian's Chromium, headless, with the flags this machine's closed network needs.</summary>
internal static class BrowserLauncher
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; scripts/test.sh installs Debian's 'chromium' package.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }
}

/// <summary>Where the repository and the artifacts folder are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    /// <summary>$SAFETYBOT_ARTIFACTS/&lt;name&gt;, or artifacts/screenshots/&lt;name&gt; in the repository.</summary>
    public static string Artifacts(string name)
    {
        var root = Environment.GetEnvironmentVariable("SAFETYBOT_ARTIFACTS");
        var folder = Path.Combine(string.IsNullOrEmpty(root) ? Path.Combine(Root, "artifacts", "screenshots") : root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SafetyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SafetyBot.sln not found above the test assembly.");
    }
}
