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
}
