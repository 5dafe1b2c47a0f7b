using Microsoft.Playwright;

namespace SafetyBot.EndToEnd;

/// <summary>Debian's Chromium, headless, driven by Playwright's bundled node driver (no browser download).</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Flags for a headless run on a machine without a display, GPU or internet. The sandbox needs user
    /// namespaces that containers rarely allow; QUIC, background networking, component updates and sync
    /// would only try to reach Google. /dev/shm is small in containers, and Debian's wrapper script fails
    /// to decide that itself (its shm size test errors), so it is set here.
    /// </summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    /// <summary>
    /// Starts Chromium with a fresh profile: Playwright's Launch creates a new temporary user-data-dir
    /// for every browser and deletes it on close (it refuses a --user-data-dir flag). Tests isolate
    /// from each other with one browser context each.
    /// </summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: run 'apt-get install -y chromium' (scripts/test.sh does).");
        }

        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception ex) when (ex is PlaywrightException or IOException or System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"Playwright's node driver (.playwright/ next to the test assembly, from the Microsoft.Playwright package) could not start: {ex.Message}", ex);
        }

        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Flags,
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            playwright.Dispose();
            throw new InvalidOperationException($"Chromium ({ExecutablePath}) could not start: {ex.Message}", ex);
        }
    }
}
