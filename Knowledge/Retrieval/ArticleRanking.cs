using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>Articles in rank order, and the out-of-scope topic the question is nearer to than to any article, if any.</summary>
internal sealed record ArticleRanking(List<ArticleHit> Articles, OutOfScopeTopic? OutOfScope)
{
    /// <summary>The out-of-scope topic with the nearest example questions, referred to or not, and how much nearer than the nearest article's (for <c>kb search</c>).</summary>
    public (OutOfScopeTopic? Topic, double Ratio) NearestOutside { get; init; }
}
