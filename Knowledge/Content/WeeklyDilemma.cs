namespace SafetyBot.Knowledge.Content;

/// <summary>
/// A discussion starter for a team meeting (<c>content/weekly/</c>): the situation, the options the team
/// votes on (by position, 1-based), questions for the meeting and the articles behind it.
/// </summary>
public sealed record WeeklyDilemma
{
    public const int MinOptions = 3;
    public const int MaxOptions = 4;

    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Audience Audience { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The situation as Markdown (id-links already in card form are not needed here: no links expected).</summary>
    public required string Situation { get; init; }

    public required IReadOnlyList<string> Options { get; init; }
    public required IReadOnlyList<string> DiscussionQuestions { get; init; }

    /// <summary>What the knowledge base says, as Markdown with id-links.</summary>
    public required string Background { get; init; }

    public required IReadOnlyList<string> Related { get; init; }
    public required IReadOnlyList<string> Links { get; init; }
    public required string Origin { get; init; }

    /// <summary>The option text for a 1-based vote, or null when there is no such option.</summary>
    public string? Option(int number) => number >= 1 && number <= Options.Count ? Options[number - 1] : null;
}
