namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// What a follow-up needs of the question it continues: the article and sections that answered it and
/// the question's analysed words (stemmed, names masked first), never its text. docs/design.md,
/// "Follow-up questions".
/// </summary>
public sealed record FollowUpContext(string ArticleId, IReadOnlyList<string> SectionIds, IReadOnlyList<string> Terms)
{
    /// <summary>At most this many analysed words are kept: enough for the topic, never a transcript.</summary>
    public const int MaxTerms = 24;

    /// <summary>
    /// Articles the follow-up may also be answered from besides <see cref="ArticleId"/> and its related
    /// articles: after an act-now card, the articles its plan names.
    /// </summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>What the card says the follow-up continues, when that is not <see cref="ArticleId"/>'s article (an act-now plan).</summary>
    public TopicRef? Topic { get; init; }
}
