namespace SafetyBot.IntegrationTests.Deployment;

/// <summary>The repository root (the folder with SafetyBot.sln) and the shared schemas beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/schemas</c> relative to the repository root, or <c>SAFETYBOT_SCHEMAS</c>.</summary>
    public static string Schemas =>
        Environment.GetEnvironmentVariable("SAFETYBOT_SCHEMAS") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SafetyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SafetyBot.sln not found above the test assembly");
    }
}
