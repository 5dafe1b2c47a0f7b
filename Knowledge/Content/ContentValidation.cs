namespace SafetyBot.Knowledge.Content;

public enum Severity
{
    Warning,
    Error,
}

public sealed record ContentIssue(Severity Severity, string Origin, string Message)
{
    public override string ToString() => $"{(Severity == Severity.Error ? "error" : "warning")}: {Origin}: {Message}";
}

public sealed class ValidationReport
{
    private readonly List<ContentIssue> issues = [];

    public IReadOnlyList<ContentIssue> Issues => issues;
    public IEnumerable<ContentIssue> Errors => issues.Where(i => i.Severity == Severity.Error);
    public bool IsValid => !Errors.Any();

    public void Error(string origin, string message) => issues.Add(new ContentIssue(Severity.Error, origin, message));

    public void Warning(string origin, string message) => issues.Add(new ContentIssue(Severity.Warning, origin, message));
}

/// <summary>The result of loading content: the knowledge base built from what parsed, and every problem found.</summary>
public sealed record LoadedContent(KnowledgeBase KnowledgeBase, ValidationReport Report, IReadOnlyList<ParsedContent> Files);
