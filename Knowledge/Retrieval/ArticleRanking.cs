using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>Articles in rank order, and the out-of-scope topic the question is nearer to than to any article, if any.</summary>
internal sealed record ArticleRanking(List<ArticleHit> Articles, OutOfScopeTopic? OutOfScope);
