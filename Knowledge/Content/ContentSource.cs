using System.Reflection;

namespace SafetyBot.Knowledge.Content;

/// <summary>A content file: its path relative to the content root (forward slashes) and its text.</summary>
public sealed record ContentFile(string Path, string Text);

/// <summary>Where content comes from: the bundled resources, or a folder of the same shape (Knowledge:ContentPath).</summary>
public interface IContentSource
{
    string Description { get; }

    IEnumerable<ContentFile> Files();
}

/// <summary>The content embedded in this assembly.</summary>
public sealed class BundledContentSource : IContentSource
{
    private const string Prefix = "content/";

    public string Description => "bundled content";

    public IEnumerable<ContentFile> Files()
    {
        var assembly = typeof(BundledContentSource).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return new ContentFile(name[Prefix.Length..].Replace('\\', '/'), reader.ReadToEnd());
        }
    }
}

/// <summary>A folder that replaces all bundled content at once.</summary>
public sealed class FolderContentSource(string root) : IContentSource
{
    /// <summary>Documents for editors at the content root (the format, the release notes): never content, never bundled.</summary>
    public static readonly IReadOnlySet<string> ContentRootDocuments = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "README.md", "CHANGES.md" };

    public string Description => $"content folder {root}";

    public IEnumerable<ContentFile> Files()
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Knowledge:ContentPath '{root}' does not exist.");
        }

        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (ContentRootDocuments.Contains(relative))
            {
                continue;
            }

            yield return new ContentFile(relative, File.ReadAllText(file));
        }
    }

    /// <summary>For tests and tools: the source checkout's content folder, found upwards from a directory.</summary>
    public static string? FindRepositoryContent(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Knowledge", "content");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    internal static Assembly Assembly => typeof(FolderContentSource).Assembly;
}
