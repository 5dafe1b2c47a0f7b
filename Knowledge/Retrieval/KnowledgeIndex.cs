using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval.Indexing;
using SafetyBot.Knowledge.Text;
using Directory = Lucene.Net.Store.Directory;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The in-memory Lucene index of the knowledge base: one document per passage, one per article and
/// one per example question (see <see cref="IndexDocuments"/>), so a question is matched against the
/// best passage, against the article as a whole and against the questions it is known to answer.
/// A search is a short pipeline: the question's words (<see cref="QueryPlanner"/>), whether they touch
/// the domain, the evidence of the three searches, and the article ranking (<see cref="ArticleRanker"/>).
/// Searched through a <see cref="SearcherManager"/>; nothing outside this namespace sees a Lucene type.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly Directory directory;
    private readonly SearcherManager searchers;
    private readonly Analyzer indexAnalyzer;
    private readonly Analyzer queryAnalyzer;
    private readonly Dictionary<string, Passage> passages;
    private readonly Dictionary<string, Passage[]> passagesByArticle;
    private readonly RankingWeights weights;
    private readonly DocumentMap documents;
    private readonly Vocabulary vocabulary;
    private readonly QueryPlanner planner;
    private readonly ArticleRanker ranker;
    private readonly HashSet<string> anchorTerms;
    private readonly HashSet<string> deviceTerms;
    private readonly HashSet<string> weakAnchorTerms;
    private readonly HashSet<string> strongAnchorTerms;
    private readonly HashSet<string> personTerms;
    private readonly HashSet<string> socialTerms;
    private readonly HashSet<string> ruleTerms;
    private readonly EnglishQuestionIndex english;

    private KnowledgeIndex(Directory directory, Analyzer indexAnalyzer, Analyzer queryAnalyzer, Dictionary<string, Passage> passages, Dictionary<string, OutOfScopeTopic> outOfScope, RankingWeights weights, EnglishQuestionIndex english)
    {
        this.directory = directory;
        this.english = english;
        this.indexAnalyzer = indexAnalyzer;
        this.queryAnalyzer = queryAnalyzer;
        this.passages = passages;
        this.weights = weights;
        passagesByArticle = passages.Values.GroupBy(p => p.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        searchers = new SearcherManager(directory, new PassageSearcherFactory(new BM25Similarity()));

        // The index is built once and never changes, so document numbers and word statistics are fixed.
        using (var lease = new SearcherLease(searchers))
        {
            var reader = lease.Searcher.IndexReader;
            documents = new DocumentMap(reader, passages);
            vocabulary = Vocabulary.Load(reader, IndexFields.VocabularyFields, IndexFields.PassageVocabularyFields, passages.Count, weights);
        }

        planner = new QueryPlanner(weights, vocabulary, searchers);
        ranker = new ArticleRanker(weights, vocabulary, documents, passagesByArticle, outOfScope, planner.ArticleFields);
        anchorTerms = AnalyzedAnchors(DomainLexicon.DomainAnchors);
        deviceTerms = AnalyzedAnchors(DomainLexicon.DeviceAnchors);
        weakAnchorTerms = AnalyzedAnchors(DomainLexicon.WeakDomainAnchors);
        strongAnchorTerms = anchorTerms.Except(weakAnchorTerms).ToHashSet(StringComparer.Ordinal);
        personTerms = AnalyzedAnchors(DomainLexicon.PersonAnchors);
        socialTerms = AnalyzedAnchors(DomainLexicon.SocialMediaAnchors);
        ruleTerms = AnalyzedAnchors(DomainLexicon.DeviceRuleAnchors);
    }

    public int PassageCount => passages.Count;

    public IReadOnlyCollection<Passage> Passages => passages.Values;

    /// <summary>Builds the index from the knowledge base's articles (milliseconds for the bundled content).</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledge) => Build(knowledge.Articles, knowledge.OutOfScope);

    public static KnowledgeIndex Build(IEnumerable<Article> articles, IEnumerable<OutOfScopeTopic>? outOfScope = null) =>
        Build(articles, outOfScope, RankingWeights.Default);

    /// <summary>Builds the index with other weights than the shipped ones (for tuning experiments).</summary>
    internal static KnowledgeIndex Build(IEnumerable<Article> articles, IEnumerable<OutOfScopeTopic>? outOfScope, RankingWeights weights)
    {
        var articleList = articles.ToList();
        var topics = (outOfScope ?? []).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var passages = articleList.SelectMany(IndexDocuments.Passages).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var words = passages.Values
            .SelectMany(p => Tokenize(p.Text + " " + p.Heading + " " + p.ArticleTitle))
            .Concat(articleList.SelectMany(a => a.Tags));
        var parts = DomainLexicon.BuildCompoundParts(words);
        var indexAnalyzer = DutchTeacherAnalyzer.ForIndex(parts);
        var queryAnalyzer = new DutchTeacherAnalyzer(parts, DomainLexicon.BuildSynonyms(), DomainLexicon.QueryStopWords);

        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(DutchTeacherAnalyzer.Version, indexAnalyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var tagsByArticle = articleList.ToDictionary(a => a.Id, a => string.Join(' ', a.Tags), StringComparer.Ordinal);
            var analysed = new AnalysedTexts(indexAnalyzer);
            foreach (var passage in passages.Values)
            {
                writer.UpdateDocument(new Term(IndexFields.Id, passage.Id), IndexDocuments.ForPassage(passage, tagsByArticle.GetValueOrDefault(passage.ArticleId, string.Empty), analysed));
            }

            foreach (var article in articleList)
            {
                writer.UpdateDocument(new Term(IndexFields.Id, article.Id), IndexDocuments.ForArticle(article, passages.Values.Where(p => p.ArticleId == article.Id), analysed));
            }

            // Every example question is a small document of its own: a teacher's question that is close
            // to one of them is close to what its article (or out-of-scope topic) answers.
            foreach (var document in articleList.Cast<ContentDocument>().Concat(topics.Values))
            {
                for (var i = 0; i < document.Questions.Count; i++)
                {
                    writer.AddDocument(IndexDocuments.ForQuestion(document, i, analysed));
                }
            }

            writer.Commit();
        }

        return new KnowledgeIndex(directory, indexAnalyzer, queryAnalyzer, passages, topics, weights, EnglishQuestionIndex.Build(articleList));
    }

    /// <summary>
    /// Ranked passages and articles for a question, limited to the asker's audience. A follow-up passes
    /// the analysed terms of the question it continues as <paramref name="context"/>: they join the
    /// query and the coverage at <see cref="RankingWeights.FollowUpContextBoost"/>, the follow-up's own
    /// words at full weight.
    /// </summary>
    public SearchResult Search(string question, Audience audience, int maxHits = 10, IReadOnlyList<string>? context = null)
    {
        var terms = AnalyzeQuery(question);
        var words = planner.Words(terms);
        if (context is { Count: > 0 })
        {
            var own = words.Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
            var carried = context.Where(t => !own.Contains(t)).Distinct(StringComparer.Ordinal).Select(t => new QueryTerm(t, Secondary: false, Synonym: false)).ToList();
            words.AddRange(planner.Words(carried).Select(w => w with { Boost = weights.FollowUpContextBoost }));
        }

        if (words.Count == 0)
        {
            return SearchResult.Empty;
        }

        var unknown = words.Where(w => w.Variants.Count == 0).Select(w => w.Text).ToList();
        var primaries = words.Select(w => w.Text).ToArray();
        var matchTerms = words.SelectMany(w => w.Variants.Concat(w.Synonyms).Concat(w.Parts)).ToHashSet(StringComparer.Ordinal);
        var (domain, thin, person) = DomainOf(words);

        // The article document holds every word the index knows (its text, title, tags and example
        // questions): without a clause there, nothing can match. A word that only an example question
        // has ("gefilmd") leaves the passage query empty but still finds its article.
        var articleQuery = planner.Build(words, planner.ArticleFields);
        if (articleQuery is null)
        {
            return new SearchResult([], 0, primaries, unknown) { MatchTerms = matchTerms, Domain = domain, ThinDomain = thin, NamesPerson = person };
        }

        using var lease = new SearcherLease(searchers);
        var evidence = GatherEvidence(lease.Searcher, words, articleQuery, planner.AudienceFilter(audience), maxHits);
        var ranking = ranker.Rank(evidence, domain);
        var covered = ranking.Articles.Count == 0 ? 0 : ranker.CoveredWeight(lease.Searcher.IndexReader, ranking.Articles[0].ArticleId, words);
        var totalWeight = words.Sum(w => w.Weight * w.Boost);
        return new SearchResult(evidence.Passages.Take(maxHits).ToList(), totalWeight <= 0 ? 0 : covered / totalWeight, primaries, unknown)
        {
            Articles = ranking.Articles,
            Evidence = covered,
            Domain = domain,
            ThinDomain = thin,
            NamesPerson = person,
            MatchTerms = matchTerms,
            OutOfScope = ranking.OutOfScope,
            NearestOutside = ranking.NearestOutside,
        };
    }

    /// <summary>
    /// The share of the question's own idf-weighted words that one article holds (0 for a question
    /// without words the index knows): how well that article speaks to a follow-up's own words.
    /// </summary>
    public double CoverageOf(string question, string articleId)
    {
        var words = planner.Words(AnalyzeQuery(question));
        var total = words.Sum(w => w.Weight * w.Boost);
        if (total <= 0)
        {
            return 0;
        }

        using var lease = new SearcherLease(searchers);
        return ranker.CoveredWeight(lease.Searcher.IndexReader, articleId, words) / total;
    }

    /// <summary>An English question against the articles' English example questions (never against the Dutch text).</summary>
    public EnglishMatch SearchEnglish(string question, Audience audience) => english.Search(question, audience);

    /// <summary>The analysed, stemmed form of text (for sentence scoring by the answer composer).</summary>
    public IReadOnlySet<string> Terms(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Analyze(indexAnalyzer, text))
        {
            result.Add(token.Text);
        }

        return result;
    }

    /// <summary>
    /// The question's own analysed words (stemmed, without stopwords, synonyms or parts): what a
    /// follow-up needs of the question it continues, and nothing of its wording.
    /// </summary>
    public IReadOnlyList<string> AnalysedWords(string question) =>
        AnalyzeQuery(question).Where(t => !t.Secondary).Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The query's terms with synonyms and compound parts, as the index sees them.</summary>
    public IReadOnlySet<string> QueryTerms(string question) => AnalyzeQuery(question).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    /// <summary>Inverse document frequency of a term over passages (for weighting sentence matches).</summary>
    public double TermWeight(string term) => vocabulary.Idf(term);

    /// <summary>The passages of one article, lead first.</summary>
    public IReadOnlyList<Passage> PassagesOf(string articleId) => passagesByArticle.GetValueOrDefault(articleId) ?? [];

    public void Dispose()
    {
        english.Dispose();
        searchers.Dispose();
        directory.Dispose();
        indexAnalyzer.Dispose();
        queryAnalyzer.Dispose();
    }

    /// <summary>
    /// How the question touches the domain. A misspelt domain word counts when it is long enough for
    /// the correction to be trusted, and so does a long enough compound part. A long platform or device
    /// name inside a compound the dictionary does not split the same way ("snapchatgroep" splits as snap
    /// + chat + groep) still names it; not so for the domain words, which other compounds hold in
    /// another sense ("verkeersveiligheid").
    /// Domain intent without a domain word: a platform or image word with a person of the school (their
    /// online conduct: "een ll zet een filmpje van mij op tiktok"), or a device word with a pupil and a
    /// rule ("lln gamen in de pauze op de chromebook, mag ik dat verbieden"). A weak domain word
    /// ("protocol", "veiligheid") places a question in the domain only with another domain or device
    /// word; alone it places it only near the domain, as a device word does. Thin: in the domain only by a
    /// weak domain word beside a device word, naming no pupil or teacher ("het protocol … via de app"), the
    /// least evidence there is. Person: it names a pupil or teacher.
    /// </summary>
    private (DomainTouch Touch, bool Thin, bool Person) DomainOf(List<QueryWord> words)
    {
        var strong = words.Any(w => !weakAnchorTerms.Contains(w.Text) && Names(w, strongAnchorTerms, inCompounds: false));
        var weak = words.Any(w => Names(w, weakAnchorTerms, inCompounds: false));
        var devices = words.Any(w => Names(w, deviceTerms, inCompounds: true));
        var person = words.Any(w => personTerms.Contains(w.Text) || w.AllSynonyms.Any(personTerms.Contains));
        var social = words.Any(w => Names(w, socialTerms, inCompounds: true));
        var rule = words.Any(w => ruleTerms.Contains(w.Text) || w.AllSynonyms.Any(ruleTerms.Contains));
        var conduct = devices && person && (social || rule);
        if (strong || (weak && devices) || conduct)
        {
            return (DomainTouch.Domain, !strong && !person, person);
        }

        return (devices || weak ? DomainTouch.DevicesOnly : DomainTouch.None, false, person);
    }

    private bool Names(QueryWord w, HashSet<string> anchors, bool inCompounds) => anchors.Contains(w.Text) || w.AllSynonyms.Any(anchors.Contains)
        || (w.Text.Length >= weights.MinCorrectedDomainWordLength && w.Variants.Any(anchors.Contains))
        || w.Parts.Any(p => p.Length >= weights.MinDomainPartLength && anchors.Contains(p))
        || (inCompounds && anchors.Any(a => a.Length >= weights.MinDeviceNameInCompoundLength && w.Text.Length > a.Length && w.Text.Contains(a, StringComparison.Ordinal)));

    /// <summary>The three searches: passages, article documents and example questions, each limited to the audience.</summary>
    private SearchEvidence GatherEvidence(IndexSearcher searcher, List<QueryWord> words, Query articleQuery, Filter? filter, int maxHits)
    {
        var passageHits = planner.Build(words, planner.PassageFields) is { } passageQuery
            ? TopDocs(searcher, passageQuery, filter, Math.Max(maxHits, weights.CandidatePool))
                .Where(d => documents.PassageOf(d.Doc) is not null)
                .Select(d => new PassageHit(documents.PassageOf(d.Doc)!, d.Score))
                .ToList()
            : [];
        var articleScores = TopDocs(searcher, articleQuery, filter, weights.CandidatePool)
            .Where(d => documents.ArticleOf(d.Doc) is not null)
            .ToDictionary(d => documents.ArticleOf(d.Doc)!, d => (double)d.Score, StringComparer.Ordinal);
        var questionHits = planner.Build(words, planner.QuestionFields) is { } questionQuery
            ? TopDocs(searcher, questionQuery, filter, weights.CandidatePool)
                .Where(d => documents.QuestionOwnerOf(d.Doc) is not null)
                .Select(d => (documents.QuestionOwnerOf(d.Doc)!, d.Score))
                .ToList()
            : [];
        return new SearchEvidence(passageHits, articleScores, questionHits);
    }

    /// <summary>
    /// The best documents. Out of document order, Lucene scores a Boolean query in windows of 2,048
    /// documents with a bucket table allocated per search: on a small index that table is the largest
    /// single cost of a query, so small indexes are scored in order and large ones in windows. Scores
    /// and ranks are the same either way.
    /// </summary>
    private ScoreDoc[] TopDocs(IndexSearcher searcher, Query query, Filter? filter, int count)
    {
        var collector = TopScoreDocCollector.Create(count, docsScoredInOrder: searcher.IndexReader.MaxDoc < weights.OutOfOrderFromDocuments);
        searcher.Search(query, filter, collector);
        return collector.GetTopDocs().ScoreDocs;
    }

    private HashSet<string> AnalyzedAnchors(IEnumerable<string> words) =>
        words.SelectMany(word => Analyze(indexAnalyzer, word).Where(t => !t.Secondary).Take(1)).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    private List<QueryTerm> AnalyzeQuery(string question)
    {
        var trimmed = question.Length > 4000 ? question[..4000] : question;
        return Analyze(queryAnalyzer, trimmed);
    }

    private static List<QueryTerm> Analyze(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(IndexFields.Text, new StringReader(text));
        var termAttribute = stream.AddAttribute<ICharTermAttribute>();
        var positionAttribute = stream.AddAttribute<IPositionIncrementAttribute>();
        var typeAttribute = stream.AddAttribute<ITypeAttribute>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var typed = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<QueryTerm>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = termAttribute.ToString();
            var secondary = positionAttribute.PositionIncrement == 0 && results.Count > 0;

            // A word the teacher typed stays a word of its own even when an earlier word already brought it in as a synonym or part.
            if (secondary ? seen.Add(value) : typed.Add(value))
            {
                seen.Add(value);
                results.Add(new QueryTerm(value, secondary, typeAttribute.Type == Lucene.Net.Analysis.Synonym.SynonymFilter.TYPE_SYNONYM));
            }
        }

        stream.End();
        return results;
    }

    private static IEnumerable<string> Tokenize(string text) => WordSplitter.Split(text, WordBreaks.Prose | WordBreaks.Hyphen);
}
