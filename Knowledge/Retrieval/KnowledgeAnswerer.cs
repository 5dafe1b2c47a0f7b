using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Answers a question extractively: retrieve passages for the asker's audience, rank articles, take
/// the best sentences of the best passages, and name their sources. Low coverage → Unknown with the
/// nearest topics. It never writes a sentence that is not in the knowledge base.
/// </summary>
public sealed partial class KnowledgeAnswerer(KnowledgeIndex index, AnswerOptions? options = null)
{
    private readonly AnswerOptions options = options ?? new AnswerOptions();

    public KnowledgeIndex Index => index;

    public KnowledgeAnswer Answer(string question, Audience audience)
    {
        var result = index.Search(question, audience, maxHits: 12);
        var articles = result.Articles;
        var ranked = articles.Select(a => a.ArticleId).ToList();
        var followUps = articles.Skip(1).Take(3).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();

        // Nearer to an example question of a subject the knowledge base does not cover than to any
        // article's: refer the asker on rather than answer from an article that only shares words.
        if (result.OutOfScope is { } outside)
        {
            return new KnowledgeAnswer(AnswerKind.Unknown, [], [], [], audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, OutOfScope = outside, Domain = result.Domain };
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
            return new KnowledgeAnswer(AnswerKind.Unknown, [], [], nearest, audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, Domain = result.Domain };
        }

        // The best article's two best passages (its lead when only its whole text matched), and the next article's best.
        var best = articles[0];
        var candidates = (best.Passages.Count > 0 ? best.Passages.Take(2) : index.PassagesOf(best.ArticleId).Take(1).Select(p => new PassageHit(p, 0)))
            .Concat(articles.Skip(1).SelectMany(a => a.Passages).Take(1))
            .ToList();

        var picked = PickSentences(candidates, result.MatchTerms);
        var sources = picked.Select(p => p.Hit.Passage).DistinctBy(p => p.Id)
            .Select(p => new SourceRef(p.ArticleId, p.ArticleTitle, p.SectionId, p.Heading))
            .ToList();

        return new KnowledgeAnswer(AnswerKind.Answered, picked.Select(p => p.Sentence).ToList(), sources, followUps, audience, result.Coverage, result.Hits)
        {
            RankedArticleIds = ranked,
            Domain = result.Domain,
        };
    }

    private List<(PassageHit Hit, string Sentence)> PickSentences(IReadOnlyList<PassageHit> candidates, IReadOnlySet<string> questionTerms)
    {
        var scored = new List<(PassageHit Hit, int PassageRank, int Position, string Sentence, double Score)>();
        for (var rank = 0; rank < candidates.Count; rank++)
        {
            var sentences = index.SentencesOf(candidates[rank].Passage);
            for (var position = 0; position < sentences.Count; position++)
            {
                var overlap = 0.0;
                foreach (var term in sentences[position].Terms)
                {
                    if (questionTerms.Contains(term))
                    {
                        overlap += index.TermWeight(term);
                    }
                }

                // Prefer the best passage, and its opening sentence, which usually states the point.
                var score = overlap * (rank == 0 ? 1.0 : 0.6) + (position == 0 ? 0.5 : 0) - (rank * 0.5);

                // A sentence that shares no word with the question is not an answer to it.
                if (overlap > 0 || (rank == 0 && position == 0))
                {
                    scored.Add((candidates[rank], rank, position, sentences[position].Text, overlap > 0 ? score : double.MinValue));
                }
            }
        }

        // Sentences that match far less of the question than the best one dilute the answer.
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Score);
        scored = scored.Where(s => s.Score == double.MinValue || s.Score >= 0.4 * best).ToList();

        var chosen = new List<(PassageHit Hit, int PassageRank, int Position, string Sentence, double Score)>();
        var length = 0;
        foreach (var candidate in scored.OrderByDescending(s => s.Score))
        {
            if (candidate.Score == double.MinValue && chosen.Count > 0)
            {
                continue;
            }

            if (chosen.Count >= options.MaxSentences || (chosen.Count > 0 && length + candidate.Sentence.Length > options.MaxAnswerCharacters))
            {
                continue;
            }

            chosen.Add(candidate);
            length += candidate.Sentence.Length;
        }

        return chosen.OrderBy(c => c.PassageRank).ThenBy(c => c.Position).Select(c => (c.Hit, c.Sentence)).ToList();
    }

    /// <summary>Sentences of a passage: lines (list items, paragraphs) split at sentence ends.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        text.Split('\n')
            .SelectMany(line => SentenceEnd().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length >= 12)
            .ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""'‘“(])")]
    private static partial Regex SentenceEnd();
}
