using SafetyBot.Knowledge.Answers;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

public enum AnswerKind
{
    /// <summary>A sourced answer: whole paragraphs and lists of one article.</summary>
    Answered,

    /// <summary>The knowledge base does not cover the question: say so, offer the nearest topics.</summary>
    Unknown,
}

public sealed record SourceRef(string ArticleId, string ArticleTitle, string SectionId, string Heading);

public sealed record TopicRef(string ArticleId, string Title);

/// <summary>
/// An answer from the knowledge base: whole paragraphs and lists of one article (<see cref="Composed"/>),
/// with their sources.
/// </summary>
public sealed record KnowledgeAnswer(
    AnswerKind Kind,
    ComposedAnswer? Composed,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<TopicRef> FollowUps,
    Audience Audience,
    double Coverage,
    IReadOnlyList<PassageHit> Passages)
{
    /// <summary>Articles in rank order (best passage per article), for follow-ups and evaluation.</summary>
    public IReadOnlyList<string> RankedArticleIds { get; init; } = [];

    /// <summary>How the question touches the domain; it sets the coverage an answer needs.</summary>
    public DomainTouch Domain { get; init; }

    /// <summary>For an Unknown answer: the subject outside the knowledge base the question is about, with its referral.</summary>
    public OutOfScopeTopic? OutOfScope { get; init; }

    /// <summary>For a follow-up: the article that answered the question it continues.</summary>
    public TopicRef? Continues { get; init; }

    /// <summary>A short version of the answer it continues ("kun je dat korter maken?"): the lead and the top items of its list.</summary>
    public bool IsShortVersion { get; init; }

    /// <summary>The question was in English; it was answered from the Dutch knowledge base by its English example questions.</summary>
    public bool InEnglish { get; init; }
}
