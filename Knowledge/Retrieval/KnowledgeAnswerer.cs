using SafetyBot.Knowledge.Answers;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Answers a question from the knowledge base: retrieve passages for the asker's audience, rank articles,
/// and compose the answer from the best article alone: its section that answers the question, whole,
/// with its advice list and cautions (<see cref="AnswerComposer"/>). Low coverage → Unknown with the
/// nearest topics. It never writes a sentence that is not in the knowledge base, and never cuts one.
/// A follow-up is answered together with the question it continues; an English question by the
/// articles' English example questions (docs/design.md, "Follow-up questions", "English questions").
/// </summary>
public sealed class KnowledgeAnswerer(KnowledgeIndex index, IEnumerable<ContentDocument> articles, AnswerOptions? options = null)
{
    private readonly AnswerOptions options = options ?? new AnswerOptions();
    private readonly Dictionary<string, ContentDocument> articles = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public KnowledgeIndex Index => index;

    public KnowledgeAnswer Answer(string question, Audience audience) => Answer(question, audience, previous: null);

    /// <summary>
    /// Answers <paramref name="question"/>; with <paramref name="previous"/> (the last answer in this chat,
    /// still fresh) a message that continues it is answered for both together and never referred out of
    /// scope on its own words.
    /// </summary>
    public KnowledgeAnswer Answer(string question, Audience audience, FollowUpContext? previous)
    {
        var continued = previous is not null && articles.TryGetValue(previous.ArticleId, out var previousArticle) ? previousArticle : null;
        if (LanguageGuess.IsEnglish(question))
        {
            return AnswerEnglish(question, audience, previous, continued);
        }

        var own = index.Search(question, audience, maxHits: 12);
        if (previous is not null && continued is not null)
        {
            var cue = FollowUpCues.Of(question);
            var ownTopic = own.OutOfScope is null && own.Domain != DomainTouch.None && own.Articles.Count > 0 && Covered(own);
            if (cue == FollowUpCue.Continues || (cue == FollowUpCue.MayContinue && !ownTopic) || (cue == FollowUpCue.IsShort && !ownTopic && own.OutOfScope is null))
            {
                var both = index.Search(question, audience, maxHits: 12, previous.Terms);
                var continues = new TopicRef(continued.Id, continued.Title);

                // A follow-up with no topic of its own ("en als hij 16 is?") stays with the article it
                // continues; one with its own topic ("en bij sexting?") goes where both questions point.
                var answer = ownTopic
                    ? FromSearch(both, question, audience, referOut: false)
                    : FromArticle(continued, both, question, audience);
                return answer with { Continues = continues };
            }
        }

        return FromSearch(own, question, audience, referOut: true);
    }

    private bool Covered(SearchResult result) => result.Coverage >= result.Domain switch
    {
        DomainTouch.Domain => options.MinimumCoverage,
        DomainTouch.DevicesOnly => options.MinimumCoverageDevicesOnly,
        _ => options.MinimumCoverageOutsideDomain,
    };

    private KnowledgeAnswer FromSearch(SearchResult result, string question, Audience audience, bool referOut)
    {
        var articles = result.Articles;
        var ranked = articles.Select(a => a.ArticleId).ToList();

        // Nearer to an example question of a subject the knowledge base does not cover than to any
        // article's: refer the asker on rather than answer from an article that only shares words.
        if (referOut && result.OutOfScope is { } outside)
        {
            return new KnowledgeAnswer(AnswerKind.Unknown, null, [], [], audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, OutOfScope = outside, Domain = result.Domain };
        }

        if (articles.Count == 0 || !Covered(result))
        {
            if (referOut && result.Domain == DomainTouch.None && result.NearestOutside is { Topic: { } tie, Ratio: var ratio } && ratio >= options.ReferralRatioWhenRefused)
            {
                return new KnowledgeAnswer(AnswerKind.Unknown, null, [], [], audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, OutOfScope = tie, Domain = result.Domain };
            }

            var nearest = articles.Take(3).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();
            return new KnowledgeAnswer(AnswerKind.Unknown, null, [], nearest, audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, Domain = result.Domain };
        }

        // One article answers: the best one, its section that answers the question, whole.
        var best = articles[0];
        if (!this.articles.TryGetValue(best.ArticleId, out var article))
        {
            throw new InvalidOperationException($"the index names article '{best.ArticleId}', which the answerer was not given");
        }

        var followUps = articles.Skip(1).Take(2).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();
        return Compose(article, best.Passages, question, audience, result.Coverage, followUps) with { RankedArticleIds = ranked, Domain = result.Domain };
    }

    /// <summary>The article a follow-up continues, with the section that answers both questions together.</summary>
    private KnowledgeAnswer FromArticle(ContentDocument article, SearchResult both, string question, Audience audience)
    {
        var hits = both.Articles.FirstOrDefault(a => a.ArticleId == article.Id)?.Passages ?? [];
        var followUps = both.Articles.Where(a => a.ArticleId != article.Id).Take(2).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();
        return Compose(article, hits, question, audience, both.Coverage, followUps) with
        {
            RankedArticleIds = [article.Id, .. both.Articles.Select(a => a.ArticleId).Where(id => id != article.Id)],
            Domain = both.Domain,
        };
    }

    /// <summary>
    /// An English question: its article by the English example questions; the Dutch search of its words
    /// (loanwords such as "sexting", "TikTok") only picks the article's section. Never referred out of
    /// scope: the out-of-scope topics have Dutch examples only, so a shared word is all there could be.
    /// </summary>
    private KnowledgeAnswer AnswerEnglish(string question, Audience audience, FollowUpContext? previous, ContentDocument? continued)
    {
        var match = index.SearchEnglish(question, audience);
        var covered = match.ArticleIds.Count > 0 && match.Coverage >= (match.Intent ? options.MinimumCoverageEnglishIntent : match.InDomain ? options.MinimumCoverageEnglish : options.MinimumCoverageEnglishOutsideDomain);
        var dutch = index.Search(question, audience, maxHits: 12, previous?.Terms);
        if (previous is not null && continued is not null && FollowUpCues.Of(question) is not FollowUpCue.None && !covered)
        {
            return FromArticle(continued, dutch, question, audience) with { Continues = new TopicRef(continued.Id, continued.Title), InEnglish = true };
        }

        var topics = match.ArticleIds.Select(id => articles.TryGetValue(id, out var a) ? new TopicRef(a.Id, a.Title) : null).OfType<TopicRef>().ToList();
        if (!covered)
        {
            return new KnowledgeAnswer(AnswerKind.Unknown, null, [], topics.Take(3).ToList(), audience, match.Coverage, []) { RankedArticleIds = match.ArticleIds, InEnglish = true };
        }

        var article = articles[match.ArticleIds[0]];
        var hits = dutch.Articles.FirstOrDefault(a => a.ArticleId == article.Id)?.Passages ?? [];
        return Compose(article, hits, question, audience, match.Coverage, topics.Skip(1).Take(2).ToList()) with
        {
            RankedArticleIds = match.ArticleIds,
            Domain = match.InDomain ? DomainTouch.Domain : DomainTouch.None,
            InEnglish = true,
        };
    }

    private KnowledgeAnswer Compose(ContentDocument article, IReadOnlyList<PassageHit> hits, string question, Audience audience, double coverage, IReadOnlyList<TopicRef> followUps)
    {
        var composed = AnswerComposer.Compose(article, hits, question, options.Composition);
        var sources = composed.Parts
            .Select(p => new SourceRef(article.Id, article.Title, p.SectionId, p.Heading))
            .DistinctBy(s => s.SectionId)
            .ToList();
        var chosenPassages = composed.Parts
            .Select(p => index.PassagesOf(article.Id).FirstOrDefault(passage => passage.SectionId == p.SectionId))
            .OfType<Passage>()
            .Select(p => hits.FirstOrDefault(h => h.Passage.Id == p.Id) ?? new PassageHit(p, 0))
            .ToList();

        return new KnowledgeAnswer(AnswerKind.Answered, composed, sources, followUps, audience, coverage, chosenPassages);
    }
}
