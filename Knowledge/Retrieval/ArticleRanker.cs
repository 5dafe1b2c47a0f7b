using Lucene.Net.Index;
using Lucene.Net.Util;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval.Indexing;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Combines a question's evidence into article ranks: the best passages, the article document (whole
/// text, title, tags, example questions) and the nearest example questions, each relative to the best
/// article. Also decides whether an out-of-scope topic is nearer than every article, and how much of
/// the question the best article covers.
/// </summary>
internal sealed class ArticleRanker(
    RankingWeights weights,
    Vocabulary vocabulary,
    DocumentMap documents,
    Dictionary<string, Passage[]> passagesByArticle,
    Dictionary<string, OutOfScopeTopic> outOfScope,
    SearchField[] articleFields)
{
    public ArticleRanking Rank(SearchEvidence evidence, DomainTouch domain)
    {
        var questionScores = NearestQuestions(evidence.Questions);
        var outside = NearerOutOfScope(questionScores, domain);
        var nearestOutside = questionScores.Where(q => outOfScope.ContainsKey(q.Key)).OrderByDescending(q => q.Value).FirstOrDefault();
        var nearestInside = questionScores.Where(q => !outOfScope.ContainsKey(q.Key)).Select(q => q.Value).DefaultIfEmpty(0).Max();
        foreach (var topic in outOfScope.Keys)
        {
            questionScores.Remove(topic);
        }

        return new ArticleRanking(Combine(evidence.Passages, evidence.Articles, questionScores), outside)
        {
            NearestOutside = (nearestOutside.Key is null ? null : outOfScope[nearestOutside.Key], nearestInside <= 0 ? double.PositiveInfinity : nearestOutside.Value / nearestInside),
        };
    }

    /// <summary>
    /// The idf-weighted sum of the question's words that an article holds (title, tags, headings,
    /// text, example questions). Divided by the question's total weight it is the coverage; a word the
    /// knowledge base has never seen weighs as much as its rarest word, so "salaris" or "kerstvakantie"
    /// pull it down. Read from the article document's postings, so nothing is analysed again.
    /// </summary>
    public double CoveredWeight(IndexReader reader, string articleId, IReadOnlyList<QueryWord> words)
    {
        var doc = documents.ArticleDoc(articleId);
        var covered = 0.0;
        foreach (var word in words)
        {
            // A word counts as covered when it, its correction, or one of its synonyms is in the article.
            if (word.Variants.Any(t => ArticleHolds(reader, doc, t)) || word.Synonyms.Any(t => ArticleHolds(reader, doc, t)))
            {
                covered += word.Weight * word.Boost;
                continue;
            }

            // Only compound parts matched ("kerstvakantie" → "vakantie"): the unknown rest of the word
            // still counts against the coverage.
            var partLetters = word.Parts.Where(t => ArticleHolds(reader, doc, t)).Sum(t => t.Length);
            if (partLetters > 0)
            {
                covered += word.Weight * word.Boost * weights.PartCoverage * Math.Min(1.0, (double)partLetters / word.Text.Length);
            }
        }

        return covered;
    }

    /// <summary>
    /// Each owner's (article's or out-of-scope topic's) nearest example questions: the nearest counts
    /// fully, the next few less, so that an owner with many long, story-like examples does not win on
    /// a single one. Hits come best first, so an owner's first hits are its nearest.
    /// </summary>
    private Dictionary<string, double> NearestQuestions(List<(string Owner, float Score)> hits)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (owner, score) in hits)
        {
            var rank = taken.GetValueOrDefault(owner);
            if (rank < weights.NearestQuestions)
            {
                taken[owner] = rank + 1;
                scores[owner] = scores.GetValueOrDefault(owner) + (score * (rank == 0 ? weights.NearestQuestionWeight : weights.FurtherQuestionWeight) / weights.QuestionNormalizer);
            }
        }

        return scores;
    }

    /// <summary>
    /// The out-of-scope topic whose example questions are nearer (by the margin) than every article's.
    /// A question that names online behaviour, a risk or a safety role is the bot's to answer whatever
    /// else it mentions ("een whatsappgroep met mijn mentorklas" is not about the administration
    /// system); only a question without such a word can be referred on.
    /// </summary>
    private OutOfScopeTopic? NearerOutOfScope(Dictionary<string, double> questionScores, DomainTouch domain)
    {
        var nearestOutside = questionScores.Where(q => outOfScope.ContainsKey(q.Key)).OrderByDescending(q => q.Value).FirstOrDefault();
        var nearestInside = questionScores.Where(q => !outOfScope.ContainsKey(q.Key)).Select(q => q.Value).DefaultIfEmpty(0).Max();
        return domain != DomainTouch.Domain && nearestOutside.Key is not null && nearestOutside.Value > nearestInside * weights.OutOfScopeMargin
            ? outOfScope[nearestOutside.Key]
            : null;
    }

    /// <summary>
    /// Articles by the three kinds of evidence, each relative to the best article: the best passage
    /// with a little credit for further matching passages, the article document, and the nearest
    /// example questions. A question often names the situation in one word and the wanted advice in
    /// another, in different sections: the article document sees both.
    /// </summary>
    private List<ArticleHit> Combine(List<PassageHit> passageHits, Dictionary<string, double> articleScores, Dictionary<string, double> questionScores)
    {
        var byArticle = new Dictionary<string, (double Best, double Sum, List<PassageHit> Hits)>(StringComparer.Ordinal);
        foreach (var hit in passageHits)
        {
            var (best, sum, hits) = byArticle.TryGetValue(hit.Passage.ArticleId, out var found) ? found : (0, 0, new List<PassageHit>());
            hits.Add(hit);
            byArticle[hit.Passage.ArticleId] = (Math.Max(best, hit.Score), sum + hit.Score, hits);
        }

        var passageScores = byArticle.ToDictionary(a => a.Key, a => a.Value.Best + (weights.FurtherPassageWeight * (a.Value.Sum - a.Value.Best)), StringComparer.Ordinal);
        var maxPassage = passageScores.Count == 0 ? 1 : passageScores.Values.Max();
        var maxArticle = articleScores.Count == 0 ? 1 : articleScores.Values.Max();
        var maxQuestion = questionScores.Count == 0 ? 1 : questionScores.Values.Max();
        var passageWeight = weights.PassageEvidenceWeight;

        return passageScores.Keys.Union(articleScores.Keys).Union(questionScores.Keys)
            .Select(id => new ArticleHit(
                id,
                passagesByArticle[id][0].ArticleTitle,
                (passageWeight * passageScores.GetValueOrDefault(id) / maxPassage)
                    + (weights.ArticleEvidenceWeight * articleScores.GetValueOrDefault(id) / maxArticle)
                    + (weights.QuestionEvidenceWeight * questionScores.GetValueOrDefault(id) / maxQuestion),
                byArticle.TryGetValue(id, out var found) ? found.Hits : []))
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .ToList();
    }

    private bool ArticleHolds(IndexReader reader, int doc, string term)
    {
        var present = vocabulary.Fields(term);
        foreach (var (field, _, sources) in articleFields)
        {
            if ((present & sources) == 0)
            {
                continue;
            }

            var docs = MultiFields.GetTermDocsEnum(reader, null, field, new BytesRef(term), DocsFlags.NONE);
            if (docs is not null && docs.Advance(doc) == doc)
            {
                return true;
            }
        }

        return false;
    }
}
