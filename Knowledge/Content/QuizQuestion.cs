namespace SafetyBot.Knowledge.Content;

/// <summary>
/// A multiple-choice question of the basic-knowledge quiz (<c>content/quiz/</c>): one right answer,
/// plausible wrong ones, and an explanation that links the article it comes from.
/// </summary>
public sealed record QuizQuestion
{
    public required string Id { get; init; }

    /// <summary>The article kind the question tests (basis, risico, …): the score card's per-topic breakdown.</summary>
    public required string Topic { get; init; }

    public required Audience Audience { get; init; }
    public required string Question { get; init; }

    /// <summary>The answers as written; <see cref="CorrectIndex"/> points at the right one.</summary>
    public required IReadOnlyList<string> Answers { get; init; }

    public required int CorrectIndex { get; init; }

    /// <summary>Why, as Markdown with id-links.</summary>
    public required string Explanation { get; init; }

    public required IReadOnlyList<string> Related { get; init; }
    public required IReadOnlyList<string> Links { get; init; }
    public required string Origin { get; init; }

    /// <summary>The article the explanation comes from: the first related id, else the first link.</summary>
    public string? SourceArticleId => Related.Count > 0 ? Related[0] : Links.Count > 0 ? Links[0] : null;

    /// <summary>The topics a question may test: the article kinds, without dilemmas.</summary>
    public static readonly IReadOnlyDictionary<string, string> TopicLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["basis"] = "Basiskennis",
        ["risico"] = "Online risico's",
        ["incident"] = "Incidenten aanpakken",
        ["protocol"] = "Protocol en afspraken",
        ["rolmodel"] = "De leraar als rolmodel",
        ["ouders"] = "Samen met ouders",
        ["smartphone"] = "Smartphonebeleid",
        ["samenwerking"] = "Samenwerken met partners",
        ["team"] = "Het schoolteam",
    };
}
