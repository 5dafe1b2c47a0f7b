namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// What the English example questions say about an English question: the articles whose English
/// questions are nearest, best first, how much of the question the best one covers, and whether the
/// question names something of the domain in English.
/// </summary>
public sealed record EnglishMatch(IReadOnlyList<string> ArticleIds, double Coverage, bool InDomain)
{
    /// <summary>
    /// The question names online conduct or a risk: a risk, incident or safety word, or a platform or
    /// sharing word together with a pupil or teacher, or a phone with a pupil and a rule (as for Dutch,
    /// <see cref="DomainLexicon.SocialMediaAnchors"/>). Such a question is the bot's and needs less covered.
    /// </summary>
    public bool Intent { get; init; }

    /// <summary>The articles' scores relative to the best one (1 for the first of <see cref="ArticleIds"/>), in the same order.</summary>
    public IReadOnlyList<double> RelativeScores { get; init; } = [];

    public static EnglishMatch None { get; } = new([], 0, false);
}
