namespace SafetyBot.EndToEnd;

/// <summary>Where the repository and the artifacts folder are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    /// <summary>A folder for screenshots and logs: $SAFETYBOT_ARTIFACTS/&lt;name&gt;, else tests/EndToEnd/artifacts/&lt;name&gt;.</summary>
    public static string Artifacts(string name)
    {
        var root = Environment.GetEnvironmentVariable("SAFETYBOT_ARTIFACTS");
        var folder = Path.Combine(string.IsNullOrEmpty(root) ? Path.Combine(Root, "tests", "EndToEnd", "artifacts") : root, name);
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
