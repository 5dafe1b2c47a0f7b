namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// What the English example questions say about an English question: the articles whose English
/// questions are nearest, best first, how much of the question the best one covers, and whether the
/// question names something of the domain in English.
/// </summary>
public sealed record EnglishMatch(IReadOnlyList<string> ArticleIds, double Coverage, bool InDomain)
{
    public static EnglishMatch None { get; } = new([], 0, false);
}
