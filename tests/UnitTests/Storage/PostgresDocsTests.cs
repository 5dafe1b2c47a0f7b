using System.Text.RegularExpressions;
using SafetyBot.TestSupport;

namespace SafetyBot.UnitTests.Storage;

/// <summary>
/// Every PostgreSQL connection string the docs show verifies the server (docs/storage.md, "Configuration"):
/// <c>SSL Mode=Require</c> encrypts but accepts any certificate, so whoever sits between the bot and the
/// database could read the password and every stored question.
/// </summary>
public sealed partial class PostgresDocsTests
{
    public static TheoryData<string> DocFiles()
    {
        var root = RepositoryPaths.Root;
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(root, "README.md")).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(root, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(DocFiles))]
    public void Every_postgres_connection_string_in_the_docs_uses_ssl_mode_verify_full(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, relativePath));

        var weak = lines.Select((line, index) => (line, number: index + 1))
            .Where(l => ConnectionString().IsMatch(l.line) && !VerifyFull().IsMatch(l.line))
            .Select(l => $"{relativePath}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(weak.Count == 0, "PostgreSQL connection strings without SSL Mode=VerifyFull:\n" + string.Join('\n', weak));
    }

    [Fact]
    public void The_deploy_guide_and_the_storage_docs_show_a_postgres_connection_string()
    {
        foreach (var doc in new[] { "docs/deploy.md", "docs/storage.md", "docs/configuration.md" })
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, doc));
            Assert.True(ConnectionString().IsMatch(text), $"{doc} shows no PostgreSQL connection string");
        }
    }

    /// <summary>A connection string as Npgsql reads it: <c>Host=…</c> followed by more <c>Key=value</c> pairs.</summary>
    [GeneratedRegex(@"\bHost=[^;\s`|]*;\s*\w[\w ]*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionString();

    [GeneratedRegex(@"\bSSL ?Mode=VerifyFull\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerifyFull();
}
