namespace SafetyBot.TestSupport;

/// <summary>
/// The repository root (the folder with SafetyBot.sln above the running assembly), the official schemas
/// beside it and the built bot. One copy, compiled into each test project that needs it (tests/Shared).
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> FoundRoot = new(() =>
        TryFindRoot() ?? throw new DirectoryNotFoundException("SafetyBot.sln not found above the test assembly."));

    /// <summary>The folder with SafetyBot.sln; throws when there is none above the running assembly.</summary>
    public static string Root => FoundRoot.Value;

    /// <summary><c>../shared/schemas</c> relative to the repository root, or <c>SAFETYBOT_SCHEMAS</c>.</summary>
    public static string Schemas =>
        Environment.GetEnvironmentVariable("SAFETYBOT_SCHEMAS") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas"));

    /// <summary>The folder with SafetyBot.sln above the running assembly, or null.</summary>
    public static string? TryFindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SafetyBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Where the build puts the bot of a configuration: <c>Bot/bin/&lt;configuration&gt;/net10.0/SafetyBot.Bot.dll</c>.</summary>
    public static string BotDll(string root, string configuration) =>
        Path.Combine(root, "Bot", "bin", configuration, "net10.0", "SafetyBot.Bot.dll");
}
