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

    /// <summary>Articles about lessons and lesson material (a tag such as "lesmateriaal" or "lessen"), where a follow-up asking for lesson material goes.</summary>
    private readonly HashSet<string> lessonArticles = articles.Where(a => a.Tags.Any(LessonTags.Contains)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> LessonTags = new(["lesmateriaal", "lespakket", "les", "lessen", "lesidee"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Articles of lesson ideas and lesson material (a tag "lesidee" or "lesmateriaal"), which a question
    /// about giving a lesson prefers; not the general article on attention in class, which has the tag "les".
    /// </summary>
    private readonly HashSet<string> lessonIdeaArticles = articles.Where(a => a.Tags.Any(LessonIdeaTags.Contains)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> LessonIdeaTags = new(["lesidee", "lesmateriaal"], StringComparer.OrdinalIgnoreCase);

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

        // "kun je dat in 5 punten zetten voor de teamvergadering": the same answer again, not a search on "team".
        if (previous is not null && continued is not null && FollowUpCues.AsksReshape(question))
        {
            return Repeat(previous, continued, audience);
        }

        var own = index.Search(question, audience, maxHits: 12);
        if (previous is not null && continued is not null)
        {
            var cue = FollowUpCues.Of(question);
            var ownTopic = own.OutOfScope is null && own.Domain != DomainTouch.None && own.Articles.Count > 0 && Covered(own);
            var family = Family(continued, previous);

            // A topic of its own strong enough to leave the earlier one: a word of the domain (a harm or a
            // risk, not only an app or a platform), covered, and an article outside the earlier answer's
            // family. "en bij sexting?" after cyberbullying has one; "en bij snapchat?", "wat als de
            // ouders boos worden?" and "en als het een ll uit groep 4 is?" do not.
            var strongOwnTopic = ownTopic && own.Domain == DomainTouch.Domain && !family.Contains(own.Articles[0].ArticleId);
            var isFollowUp = cue switch
            {
                FollowUpCue.Continues => true,
                FollowUpCue.MayContinue => !ownTopic,
                FollowUpCue.IsShort => !ownTopic && own.OutOfScope is null,

                // A longer message without a cue that its own words cannot answer and that is not near an
                // out-of-scope topic ("Het speelt vooral in het weekend. Is het dan nog wel een probleem van
                // school?") is read with the question before it rather than refused on its own words; one they
                // answer stays a question of its own.
                _ => !(own.Articles.Count > 0 && Covered(own)) && own.OutOfScope is null && !NearOutside(own),
            };
            if (isFollowUp)
            {
                var searched = FollowUpCues.WithAgeWord(question);
                var both = index.Search(searched, audience, maxHits: 12, previous.Terms);
                var continues = previous.Topic ?? new TopicRef(continued.Id, continued.Title);

                // With a strong topic of its own ("en bij sexting?") the combined search picks the
                // article; otherwise the earlier topic stays: its article, or one of its family that the
                // follow-up's own words point to clearly better, or the topic's lesson material.
                var answer = strongOwnTopic ? FromSearch(both, question, audience, referOut: false) : null;
                if (answer is not { Kind: AnswerKind.Answered })
                {
                    answer = FromArticle(Within(family, continued, question, both), both, searched, question, audience, previous);
                }

                return answer with { Continues = continues };
            }
        }

        return FromSearch(own, question, audience, referOut: true);
    }

    /// <summary>
    /// A short version of the answer a follow-up continues ("kun je dat korter maken?", "samenvatting"),
    /// from the stored article and section ids alone (<see cref="AnswerComposer.Shortened"/>); null when
    /// that article is gone.
    /// </summary>
    public KnowledgeAnswer? Shorter(FollowUpContext previous, Audience audience)
    {
        if (!articles.TryGetValue(previous.ArticleId, out var article))
        {
            return null;
        }

        var composed = AnswerComposer.Shortened(article, previous.SectionIds);
        return FromComposed(article, composed, [], audience, coverage: 1, followUps: []) with
        {
            RankedArticleIds = [article.Id],
            Domain = DomainTouch.Domain,
            Continues = previous.Topic ?? new TopicRef(article.Id, article.Title),
            IsShortVersion = true,
        };
    }

    /// <summary>
    /// The answer a follow-up continues, again, marked as in English ("and in English please?"): the same
    /// article and sections from the stored ids alone, under the English line that says the knowledge base
    /// is Dutch; null when that article is gone.
    /// </summary>
    public KnowledgeAnswer? Again(FollowUpContext previous, Audience audience) =>
        articles.TryGetValue(previous.ArticleId, out var article) ? Repeat(previous, article, audience) with { InEnglish = true } : null;

    /// <summary>The answer a follow-up continues, again: the same article and sections, from the stored ids alone.</summary>
    private KnowledgeAnswer Repeat(FollowUpContext previous, ContentDocument article, Audience audience)
    {
        var shown = index.PassagesOf(article.Id).Where(p => previous.SectionIds.Contains(p.SectionId)).Select(p => new PassageHit(p, 1)).ToList();
        return Compose(article, shown, string.Empty, audience, coverage: 1, followUps: []) with
        {
            RankedArticleIds = [article.Id],
            Domain = DomainTouch.Domain,
            Continues = previous.Topic ?? new TopicRef(article.Id, article.Title),
        };
    }

    /// <summary>
    /// A question without a domain word whose nearest out-of-scope topic's examples are nearly as near as the
    /// nearest article's (<see cref="AnswerOptions.ReferralRatioWhenRefused"/>): refused on its own, it is
    /// referred on; it is no follow-up.
    /// </summary>
    private bool NearOutside(SearchResult own) =>
        own.Domain == DomainTouch.None && own.NearestOutside is { Topic: not null, Ratio: var ratio } && ratio >= options.ReferralRatioWhenRefused;

    /// <summary>
    /// The articles a follow-up stays among: the one it continues, those it names as related, and those
    /// the context adds (the articles of an act-now plan).
    /// </summary>
    private HashSet<string> Family(ContentDocument continued, FollowUpContext previous) =>
        new[] { continued.Id }.Concat(continued.Related).Concat(previous.Related)
            .Where(articles.ContainsKey)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Which article of the earlier topic answers the follow-up: asked for lesson material or how to
    /// teach it ("hoe leg ik dat uit aan een derde klas?"), the lesson
    /// article the combined search ranks first; else a family member the combined search ranks above
    /// the continued article, when the follow-up's own words are clearly better covered there
    /// (<see cref="AnswerOptions.FollowUpFamilyMargin"/>); else the continued article.
    /// </summary>
    private ContentDocument Within(HashSet<string> family, ContentDocument continued, string question, SearchResult both)
    {
        // Lesson ideas and lesson material first: the article on attention in class (tag "les") has no lesson for a topic.
        if ((FollowUpCues.AsksLessonMaterial(question) || LessonIntent.Of(question))
            && (both.Articles.Select(a => a.ArticleId).FirstOrDefault(lessonIdeaArticles.Contains)
                ?? both.Articles.Select(a => a.ArticleId).FirstOrDefault(lessonArticles.Contains)) is { } lesson)
        {
            return articles[lesson];
        }

        var stay = index.CoverageOf(question, continued.Id);
        foreach (var hit in both.Articles)
        {
            if (hit.ArticleId == continued.Id)
            {
                break;
            }

            if (family.Contains(hit.ArticleId) && index.CoverageOf(question, hit.ArticleId) >= stay + options.FollowUpFamilyMargin)
            {
                return articles[hit.ArticleId];
            }
        }

        return continued;
    }

    /// <summary>
    /// The out-of-scope topic a question in the domain on thin evidence is referred to: one whose example
    /// questions are nearer than any article's by <see cref="AnswerOptions.ThinDomainReferralRatio"/>, when the
    /// question is in the domain only by a weak domain word beside a device word, or names no pupil or teacher
    /// and its best article covers less than <see cref="AnswerOptions.MinimumCoverageDevicesOnly"/> of it ("een
    /// nieuw wachtwoord voor Magister, ik ben buitengesloten na drie pogingen": locked out, not excluded). Null
    /// otherwise.
    /// </summary>
    private OutOfScopeTopic? ThinlyInDomain(SearchResult result) =>
        result.Domain == DomainTouch.Domain && (result.ThinDomain || (!result.NamesPerson && result.Coverage < options.MinimumCoverageDevicesOnly))
        && result.NearestOutside is { Topic: { } topic, Ratio: var ratio } && ratio >= options.ThinDomainReferralRatio
            ? topic
            : null;

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
        if (referOut && (result.OutOfScope ?? ThinlyInDomain(result)) is { } outside)
        {
            return new KnowledgeAnswer(AnswerKind.Unknown, null, [], [], audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, OutOfScope = outside, Domain = result.Domain };
        }

        // A lesson question is answered from the lesson article it prefers, so that article's coverage counts.
        var best = articles.Count == 0 ? null : PreferLesson(articles, question);
        var coverage = best is null || best == articles[0] ? result.Coverage : index.CoverageOf(question, best.ArticleId);
        if (best is null || !Covered(result with { Coverage = coverage }))
        {
            if (referOut && result.Domain == DomainTouch.None && result.NearestOutside is { Topic: { } tie, Ratio: var ratio } && ratio >= options.ReferralRatioWhenRefused)
            {
                return new KnowledgeAnswer(AnswerKind.Unknown, null, [], [], audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, OutOfScope = tie, Domain = result.Domain };
            }

            var nearest = articles.Take(3).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();
            return new KnowledgeAnswer(AnswerKind.Unknown, null, [], nearest, audience, result.Coverage, result.Hits) { RankedArticleIds = ranked, Domain = result.Domain };
        }

        // One article answers: the best one, its section that answers the question, whole.
        if (!this.articles.TryGetValue(best.ArticleId, out var article))
        {
            throw new InvalidOperationException($"the index names article '{best.ArticleId}', which the answerer was not given");
        }

        var followUps = articles.Where(a => a.ArticleId != best.ArticleId).Take(2).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();
        var passages = best == articles[0] ? best.Passages : LessonPassages(best, question, audience);
        return Compose(article, passages, question, audience, coverage, followUps) with { RankedArticleIds = [best.ArticleId, .. ranked.Where(id => id != best.ArticleId)], Domain = result.Domain };
    }

    /// <summary>
    /// A question about giving a lesson (<see cref="LessonIntent"/>) is answered from a lesson article
    /// ranked near the top (<see cref="AnswerOptions.LessonCandidates"/>, at least
    /// <see cref="AnswerOptions.LessonScoreRatio"/> of the best score) rather than from the incident plan
    /// or dilemma that shares its subject's words; any other question from the best article.
    /// </summary>
    private ArticleHit PreferLesson(IReadOnlyList<ArticleHit> ranked, string question)
    {
        if (lessonIdeaArticles.Contains(ranked[0].ArticleId) || !LessonIntent.Of(question))
        {
            return ranked[0];
        }

        return ranked.Take(options.LessonCandidates)
            .FirstOrDefault(a => lessonIdeaArticles.Contains(a.ArticleId) && a.Score >= ranked[0].Score * options.LessonScoreRatio)
            ?? ranked[0];
    }

    /// <summary>
    /// The preferred lesson article's passage hits for the question. The search keeps only the best
    /// passages of all articles, and a lesson article that ranked below the incident plan may have none
    /// among them; then every lesson-idea section would tie and the first would be shown whatever the age
    /// or subject asked about. A wider search scores all of its sections.
    /// </summary>
    private IReadOnlyList<PassageHit> LessonPassages(ArticleHit lesson, string question, Audience audience)
    {
        if (lesson.Passages.Count >= index.PassagesOf(lesson.ArticleId).Count)
        {
            return lesson.Passages;
        }

        var wide = index.Search(question, audience, maxHits: index.Passages.Count);
        return wide.Articles.FirstOrDefault(a => a.ArticleId == lesson.ArticleId)?.Passages ?? lesson.Passages;
    }

    /// <summary>
    /// The article a follow-up continues, with the section that answers both questions together. A lesson
    /// article gets all its sections scored (as <see cref="LessonPassages"/>), so the lesson on the earlier
    /// question's topic leads ("heb je daar ook een les voor?" after grooming: the sensitive-subject lesson).
    /// </summary>
    private KnowledgeAnswer FromArticle(ContentDocument article, SearchResult both, string searched, string question, Audience audience, FollowUpContext previous)
    {
        var hits = both.Articles.FirstOrDefault(a => a.ArticleId == article.Id)?.Passages ?? [];
        if (lessonArticles.Contains(article.Id) && hits.Count < index.PassagesOf(article.Id).Count)
        {
            var wide = index.Search(searched, audience, maxHits: index.Passages.Count, previous.Terms);
            hits = wide.Articles.FirstOrDefault(a => a.ArticleId == article.Id)?.Passages ?? hits;
        }

        var followUps = both.Articles.Where(a => a.ArticleId != article.Id).Take(2).Select(a => new TopicRef(a.ArticleId, a.Title)).ToList();
        var shownBefore = article.Id == previous.ArticleId && previous.SectionIds.Count > 0 ? previous.SectionIds[0] : null;
        return Compose(article, hits, question, audience, both.Coverage, followUps, shownBefore) with
        {
            RankedArticleIds = [article.Id, .. both.Articles.Select(a => a.ArticleId).Where(id => id != article.Id)],
            Domain = both.Domain,
        };
    }

    /// <summary>
    /// An English question: its article by the English example questions and by the Dutch search of its
    /// Dutch rendering (<see cref="EnglishGlossary"/>), whichever is covered, both together when both are;
    /// the Dutch search also picks the article's section. Never referred out of scope: the out-of-scope
    /// topics have Dutch examples only, so a shared word is all there could be.
    /// </summary>
    private KnowledgeAnswer AnswerEnglish(string question, Audience audience, FollowUpContext? previous, ContentDocument? continued)
    {
        var match = index.SearchEnglish(question, audience);
        var covered = match.ArticleIds.Count > 0 && match.Coverage >= (match.Intent ? options.MinimumCoverageEnglishIntent : match.InDomain ? options.MinimumCoverageEnglish : options.MinimumCoverageEnglishOutsideDomain);
        var rendering = EnglishGlossary.Render(question);
        var dutchText = rendering.Length == 0 ? question : rendering;
        var cue = FollowUpCues.Of(question);
        if (previous is not null && continued is not null && (cue == FollowUpCue.Continues || (cue is not FollowUpCue.None && !covered)))
        {
            var withAge = dutchText + FollowUpCues.WithAgeWord(question)[question.Length..];
            var both = index.Search(withAge, audience, maxHits: 12, previous.Terms);
            var stay = Within(Family(continued, previous), continued, withAge, both);
            return FromArticle(stay, both, withAge, question, audience, previous) with { Continues = previous.Topic ?? new TopicRef(continued.Id, continued.Title), InEnglish = true };
        }

        var dutch = index.Search(dutchText, audience, maxHits: 12);

        // The Dutch rendering counts when it names the domain (a harm or risk; only a device or a platform
        // when the English names online conduct), is nearer an article than any out-of-scope topic, and its
        // best article covers enough of it: the rendering holds only the glossary's words, so a low share
        // means the question is about something else.
        var rendered = rendering.Length > 0
            && (dutch.Domain == DomainTouch.Domain || (dutch.Domain == DomainTouch.DevicesOnly && match.Intent))
            && dutch.OutOfScope is null && dutch.Articles.Count > 0
            && dutch.Coverage >= options.MinimumCoverageEnglishRendered;
        // The Dutch rendering nearer an out-of-scope topic's example questions than any article's (a
        // timetable, a broken projector, sick leave): the English examples' shared word does not answer it.
        // Not referred out either: the referral would rest on the glossary's reading of the question.
        // Likewise a question that names nothing of the domain in English, whose rendering names nothing of
        // it in Dutch either and is mostly not in any article ("my students keep talking during lessons"):
        // shared school words only.
        var rest = !match.InDomain && dutch.Domain == DomainTouch.None && dutch.Coverage < options.MinimumCoverageEnglishRendered;
        if (rendering.Length > 0 && (dutch.OutOfScope is not null || rest))
        {
            covered = false;
        }

        var ranked = Fused(match, covered, dutch, rendered);
        var topics = ranked.Select(id => articles.TryGetValue(id, out var a) ? new TopicRef(a.Id, a.Title) : null).OfType<TopicRef>().ToList();
        if (!covered && !rendered)
        {
            return new KnowledgeAnswer(AnswerKind.Unknown, null, [], topics.Take(3).ToList(), audience, match.Coverage, []) { RankedArticleIds = ranked, InEnglish = true };
        }

        var article = articles[ranked[0]];
        var hits = dutch.Articles.FirstOrDefault(a => a.ArticleId == article.Id)?.Passages ?? [];
        return Compose(article, hits, question, audience, Math.Max(covered ? match.Coverage : 0, rendered ? dutch.Coverage : 0), topics.Skip(1).Take(2).ToList()) with
        {
            RankedArticleIds = ranked,
            Domain = match.InDomain || rendered ? DomainTouch.Domain : DomainTouch.None,
            InEnglish = true,
        };
    }

    /// <summary>
    /// The English example questions' part of the fused ranking, against 1 for the Dutch rendering's: 5-8
    /// English questions an article against its Dutch text and 15-20 Dutch questions (on sets D-F 0.5 moved
    /// one question to the right article and none away; 0.25 moved two away).
    /// </summary>
    private const double EnglishWeight = 0.5;

    /// <summary>
    /// The articles for an English question, best first: the English example questions' ranking and the
    /// Dutch rendering's, each relative to its best article, added up (only those that count), the English
    /// one at <see cref="EnglishWeight"/>.
    /// </summary>
    private static List<string> Fused(EnglishMatch match, bool english, SearchResult dutch, bool rendered)
    {
        if (!rendered)
        {
            return [.. match.ArticleIds];
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        if (english)
        {
            for (var i = 0; i < match.ArticleIds.Count && i < match.RelativeScores.Count; i++)
            {
                scores[match.ArticleIds[i]] = EnglishWeight * match.RelativeScores[i];
            }
        }

        var best = dutch.Articles[0].Score;
        foreach (var hit in dutch.Articles)
        {
            scores[hit.ArticleId] = scores.GetValueOrDefault(hit.ArticleId) + (best <= 0 ? 0 : hit.Score / best);
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).ToList();
    }

    private KnowledgeAnswer Compose(ContentDocument article, IReadOnlyList<PassageHit> hits, string question, Audience audience, double coverage, IReadOnlyList<TopicRef> followUps, string? shownBefore = null) =>
        FromComposed(article, AnswerComposer.Compose(article, hits, question, options.Composition, shownBefore), hits, audience, coverage, followUps);

    private KnowledgeAnswer FromComposed(ContentDocument article, ComposedAnswer composed, IReadOnlyList<PassageHit> hits, Audience audience, double coverage, IReadOnlyList<TopicRef> followUps)
    {
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
