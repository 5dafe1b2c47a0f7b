using SafetyBot.Knowledge.Answers;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

public enum AnswerKind
{
    /// <summary>A sourced, extractive answer.</summary>
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
    double Confidence,
    IReadOnlyList<PassageHit> Passages)
{
    /// <summary>Articles in rank order (best passage per article), for follow-ups and evaluation.</summary>
    public IReadOnlyList<string> RankedArticleIds { get; init; } = [];

    /// <summary>How the question touches the domain; it sets the coverage an answer needs.</summary>
    public DomainTouch Domain { get; init; }

    /// <summary>For an Unknown answer: the subject outside the knowledge base the question is about, with its referral.</summary>
    public OutOfScopeTopic? OutOfScope { get; init; }
}

/// <summary>
/// Options of the answerer. The defaults were reasoned first and then checked against the evaluation
/// sets, a few candidate values each (docs/retrieval.md says which sets were looked at).
/// </summary>
public sealed record AnswerOptions
{
    /// <summary>
    /// A question in the bot's domain (it names something online or about social safety) is answered
    /// when the best article covers at least this share of its idf-weighted words. Long stories carry
    /// many words no article has, so the bar is low; the domain check does the separating.
    /// </summary>
    public double MinimumCoverage { get; init; } = 0.15;

    /// <summary>
    /// A question that names only devices, platforms or media is answered when the best article covers
    /// this share: more than a question about a risk, since tech-support and lesson questions name apps too.
    /// </summary>
    public double MinimumCoverageDevicesOnly { get; init; } = 0.3;

    /// <summary>
    /// A question with no domain word is answered only when the knowledge base covers most of it ("wat
    /// is sharenting"). The out-of-scope topics catch many school questions that share words with the
    /// knowledge base, so the bar is lower than it was without them (0.75); a short question with two
    /// common words ("hoeveel verdient een juf per maand") must still not pass on those alone.
    /// </summary>
    public double MinimumCoverageOutsideDomain { get; init; } = 0.6;

    /// <summary>How the answering article's sections are weighed and how much of its lists is shown.</summary>
    public CompositionWeights Composition { get; init; } = CompositionWeights.Default;
}

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
