using SafetyBot.TestSupport;

namespace SafetyBot.UnitTests.Storage;

/// <summary>
/// "Nothing left behind" where it is configuration only (issue 26, item 4): the files that say it are
/// read and checked line by line.
/// </summary>
public sealed class DeploymentHygieneTests
{
    private static string[] Lines(params string[] path) =>
        File.ReadAllLines(Path.Combine(path.Prepend(RepositoryPaths.Root).ToArray())).Select(l => l.Trim()).ToArray();

    [Theory]
    [InlineData("**/data/")]
    [InlineData("**/bin/")]
    [InlineData("**/obj/")]
    [InlineData("**/node_modules/")]
    [InlineData("**/artifacts/")]
    public void The_dockerignore_keeps_local_data_and_build_output_out_of_an_image(string pattern)
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, ".dockerignore")), ".dockerignore is missing at the repository root");
        Assert.Contains(pattern, Lines(".dockerignore"));
    }

    [Theory]
    [InlineData("UMask=0077")]
    [InlineData("StateDirectoryMode=0700")]
    public void The_documented_systemd_unit_keeps_the_database_private(string directive)
    {
        var lines = Lines("docs", "deploy.md");
        var service = Array.IndexOf(lines, "[Service]");
        var install = Array.IndexOf(lines, "[Install]");
        Assert.True(service >= 0 && install > service, "docs/deploy.md has no systemd unit with [Service] and [Install]");

        Assert.Contains(directive, lines[service..install]);
    }

    [Fact]
    public void The_container_image_creates_the_data_volume_for_its_own_user_only()
    {
        Assert.Contains(Lines("Dockerfile"), l => l.StartsWith("RUN mkdir -p /data", StringComparison.Ordinal) && l.Contains("chmod 700 /data", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("storage.md", "secure_delete")]
    [InlineData("storage.md", "0600")]
    [InlineData("storage.md", "last_active_at")]
    [InlineData("privacy.md", "secure_delete")]
    [InlineData("privacy.md", "UMask=0077")]
    [InlineData("privacy.md", ".dockerignore")]
    public void The_docs_say_how_nothing_is_left_behind(string doc, string phrase)
    {
        Assert.Contains(phrase, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", doc)), StringComparison.Ordinal);
    }
}
