namespace SafetyBot.Knowledge.Content;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>A problem in a content file; <paramref name="Line"/> is the 1-based line in the file when the check knows it.</summary>
public sealed record ContentIssue(Severity Severity, string Origin, string Message, int? Line = null)
{
    /// <summary>The file and, when known, the line: <c>articles/x.md:12</c>.</summary>
    public string Location => Line is { } line ? $"{Origin}:{line}" : Origin;

    public override string ToString() => $"{(Severity == Severity.Error ? "error" : "warning")}: {Location}: {Message}";
}

public sealed class ValidationReport
{
    private readonly List<ContentIssue> issues = [];

    public IReadOnlyList<ContentIssue> Issues => issues;
    public IEnumerable<ContentIssue> Errors => issues.Where(i => i.Severity == Severity.Error);
    public bool IsValid => !Errors.Any();

    public void Error(string origin, string message, int? line = null) => issues.Add(new ContentIssue(Severity.Error, origin, message, line));

    public void Warning(string origin, string message, int? line = null) => issues.Add(new ContentIssue(Severity.Warning, origin, message, line));
}

/// <summary>The result of loading content: the knowledge base built from what parsed, and every problem found.</summary>
public sealed record LoadedContent(KnowledgeBase KnowledgeBase, ValidationReport Report, IReadOnlyList<ParsedContent> Files);
