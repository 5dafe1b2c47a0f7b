namespace SafetyBot.EndToEnd;

/// <summary>Where the repository (<see cref="RepositoryPaths.Root"/>) and the artifacts folder are.</summary>
internal static class RepoPaths
{
    public static string Root => RepositoryPaths.Root;

    /// <summary>A folder for screenshots and logs: $SAFETYBOT_ARTIFACTS/&lt;name&gt;, else tests/EndToEnd/artifacts/&lt;name&gt;.</summary>
    public static string Artifacts(string name)
    {
        var root = Environment.GetEnvironmentVariable("SAFETYBOT_ARTIFACTS");
        var folder = Path.Combine(string.IsNullOrEmpty(root) ? Path.Combine(Root, "tests", "EndToEnd", "artifacts") : root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
