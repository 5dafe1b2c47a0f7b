using SafetyBot.Knowledge.Content;

namespace SafetyBot.Kb.Evaluation;

/// <summary>One message of an <see cref="AcuteSet"/>.</summary>
public sealed class AcuteMessage
{
    /// <summary>The set's short names for some incident codes ("stalking" for "cyberstalking").</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["stalking"] = "cyberstalking",
        ["gehackt"] = "gehackt-account",
        ["pesten"] = "cyberpesten",
    };

    public string Id { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public string? Lang { get; set; }
    public string Text { get; set; } = string.Empty;

    public bool IsAcute => string.Equals(Kind, "acute", StringComparison.OrdinalIgnoreCase);

    /// <summary>The incident code of <see cref="IncidentTypes"/> this message's type stands for.</summary>
    public string Code => Aliases.TryGetValue(Type, out var code) ? code : Type.ToLowerInvariant();
}
