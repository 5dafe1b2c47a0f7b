namespace SafetyBot.Bot.KnowledgeHosting;

/// <summary><c>Knowledge:*</c>: where content comes from.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>A folder that replaces all bundled content; empty = the bundled content.</summary>
    public string? ContentPath { get; set; }
}
