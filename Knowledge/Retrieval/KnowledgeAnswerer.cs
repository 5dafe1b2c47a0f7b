using SafetyBot.Knowledge.Answers;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Answers a question from the knowledge base: retrieve passages for the asker's audience, rank articles,
/// and compose the answer from the best article alone: its section that answers the question, whole,
/// with its advice list and cautions (<see cref="AnswerComposer"/>). Low coverage → Unknown with the
/// nearest topics. It never writes a sentence that is not in the knowledge base, and never cuts one.
/// </summary>
public sealed class KnowledgeAnswerer(KnowledgeIndex index, IEnumerable<ContentDocument> articles, AnswerOptions? options = null)
{
    private readonly AnswerOptions options = options ?? new AnswerOptions();
    private readonly Dictionary<string, ContentDocument> articles = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public KnowledgeIndex Index => index;

    public KnowledgeAnswer Answer(string question, Audience audience)
    {
        var result = index.Search(question, audience, maxHits: 12);
        var articles = result.Articles;
        var ranked = articles.Select(a => a.ArticleId).ToList();
        var followUps = articles.Skip(1).Take(2).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();

        // Nearer to an example question of a subject the knowledge base does not cover than to any
        // article's: refer the asker on rather than answer from an article that only shares words.
        if (result.OutOfScope is { } outside)
        {
            return new KnowledgeAnswer(AnswerKind.Unknown, null, [], [], audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, OutOfScope = outside, Domain = result.Domain };
        }

        var covered = result.Coverage >= result.Domain switch
        {
            DomainTouch.Domain => options.MinimumCoverage,
            DomainTouch.DevicesOnly => options.MinimumCoverageDevicesOnly,
            _ => options.MinimumCoverageOutsideDomain,
        };
        if (articles.Count == 0 || !covered)
        {
            var nearest = articles.Take(3).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();
            return new KnowledgeAnswer(AnswerKind.Unknown, null, [], nearest, audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, Domain = result.Domain };
        }

        // One article answers: the best one, its section that answers the question, whole.
        var best = articles[0];
        if (!this.articles.TryGetValue(best.ArticleId, out var article))
        {
            throw new InvalidOperationException($"the index names article '{best.ArticleId}', which the answerer was not given");
        }

        var composed = AnswerComposer.Compose(article, best.Passages, question, options.Composition);
        var sources = composed.Parts
            .Select(p => new SourceRef(article.Id, article.Title, p.SectionId, p.Heading))
            .DistinctBy(s => s.SectionId)
            .ToList();
        var chosenPassages = composed.Parts
            .Select(p => index.PassagesOf(article.Id).FirstOrDefault(passage => passage.SectionId == p.SectionId))
            .OfType<Passage>()
            .Select(p => best.Passages.FirstOrDefault(h => h.Passage.Id == p.Id) ?? new PassageHit(p, 0))
            .ToList();

        return new KnowledgeAnswer(AnswerKind.Answered, composed, sources, followUps, audience, result.Coverage, chosenPassages)
        {
            RankedArticleIds = ranked,
            Domain = result.Domain,
        };
    }
}
