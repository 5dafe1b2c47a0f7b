using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval.Indexing;
using Directory = Lucene.Net.Store.Directory;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The in-memory Lucene index: one document per passage (a Dutch-analysed text field, stored article
/// id, title and heading, the audience as a filterable multi-valued field) and one per article (its
/// title, tags and whole text), so a question is matched against the best passage and against the
/// article as a whole. Searched through a <see cref="SearcherManager"/>; nothing outside this
/// namespace sees a Lucene type.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    /// <summary>A synonym stands in for the word the teacher typed: it counts at most this much of it.</summary>
    private const float SynonymBoost = 0.5f;

    /// <summary>Parts of a compound match less surely than the compound ("kerstvakantie" → vakantie).</summary>
    private const float PartBoost = 0.5f;

    /// <summary>A corrected typo is probably, not surely, the word meant.</summary>
    private const float FuzzyBoost = 0.8f;

    /// <summary>
    /// How an article's rank weighs its whole text (with its example questions) against its best
    /// passages: a question often names the situation in one word and the wanted advice in another,
    /// and the two need not share a section.
    /// </summary>
    private const double ArticleEvidenceWeight = 0.45;

    /// <summary>
    /// How much the nearest example question counts: a teacher's question close to one that the
    /// article is known to answer is the strongest evidence there is. The passages get the rest (0.1):
    /// they break ties and pick the sentences of the answer.
    /// </summary>
    private const double QuestionEvidenceWeight = 0.45;

    /// <summary>
    /// An article's example-question evidence is its nearest few example questions, the nearest
    /// counting fully and the next ones this much each: with 15-20 examples per article, the single
    /// nearest one favoured articles with many long, story-like examples that share common words with
    /// any story. Three, at 0.3, measured best on the four seen sets (docs/retrieval.md).
    /// </summary>
    private const int NearestQuestions = 3;

    private const double FurtherQuestionWeight = 0.3;

    private const double QuestionNormalizer = 1 + ((NearestQuestions - 1) * FurtherQuestionWeight);

    /// <summary>
    /// An out-of-scope topic's example questions must be nearer than every article's (by this factor)
    /// before the question is referred on. With 8-10 example questions per article a margin of 1.3 was
    /// needed (a plain comparison referred answerable questions on); with 15-20 the articles' side is
    /// covered well enough for the plain nearest-neighbour rule, which lost no answerable question on
    /// three of the four seen sets and one on the dev set (docs/retrieval.md, round 3).
    /// </summary>
    private const double OutOfScopeMargin = 1.0;

    /// <summary>How many passages and articles are scored before the best are kept.</summary>
    private const int CandidatePool = 50;

    private readonly Directory directory;
    private readonly SearcherManager searchers;
    private readonly Analyzer indexAnalyzer;
    private readonly Analyzer queryAnalyzer;
    private readonly Dictionary<string, Passage> passages;
    private readonly Dictionary<string, Passage[]> passagesByArticle;
    private readonly DocumentMap documents;
    private readonly Dictionary<string, OutOfScopeTopic> outOfScope;
    private readonly Similarity similarity = new BM25Similarity();
    private readonly HashSet<string> anchorTerms;
    private readonly HashSet<string> deviceTerms;
    private readonly Vocabulary vocabulary;
    private readonly ConcurrentDictionary<Audience, Filter?> audienceFilters = new();
    private readonly ConcurrentDictionary<(string Field, string Term), TermContext> termStates = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<ScoredSentence>> sentenceCache = new(StringComparer.Ordinal);

    private KnowledgeIndex(Directory directory, Analyzer indexAnalyzer, Analyzer queryAnalyzer, Dictionary<string, Passage> passages, Dictionary<string, OutOfScopeTopic> outOfScope)
    {
        this.outOfScope = outOfScope;
        this.directory = directory;
        this.indexAnalyzer = indexAnalyzer;
        this.queryAnalyzer = queryAnalyzer;
        this.passages = passages;
        passagesByArticle = passages.Values.GroupBy(p => p.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        searchers = new SearcherManager(directory, new PassageSearcherFactory(similarity));

        // The index is built once and never changes, so document numbers and word statistics are fixed.
        using (var lease = new SearcherLease(searchers))
        {
            var reader = lease.Searcher.IndexReader;
            documents = new DocumentMap(reader, passages);
            vocabulary = Vocabulary.Load(reader, IndexFields.VocabularyFields, IndexFields.PassageVocabularyFields, passages.Count);
        }

        anchorTerms = AnalyzedAnchors(DomainLexicon.DomainAnchors);
        deviceTerms = AnalyzedAnchors(DomainLexicon.DeviceAnchors);
    }

    public int PassageCount => passages.Count;

    private HashSet<string> AnalyzedAnchors(IEnumerable<string> words) =>
        words.SelectMany(word => Analyze(indexAnalyzer, word).Where(t => !t.Secondary).Take(1)).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyCollection<Passage> Passages => passages.Values;

    /// <summary>Builds the index from the knowledge base's articles (milliseconds for the bundled content).</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledge) => Build(knowledge.Articles, knowledge.OutOfScope);

    public static KnowledgeIndex Build(IEnumerable<Article> articles, IEnumerable<OutOfScopeTopic>? outOfScope = null)
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

        return new KnowledgeIndex(directory, indexAnalyzer, queryAnalyzer, passages, topics);
    }

    /// <summary>Ranked passages and articles for a question, limited to the asker's audience.</summary>
    public SearchResult Search(string question, Audience audience, int maxHits = 10)
    {
        var terms = AnalyzeQuery(question);
        if (terms.Count == 0)
        {
            return SearchResult.Empty;
        }

        var words = QueryWords(terms);
        var unknown = words.Where(w => w.Variants.Count == 0).Select(w => w.Text).ToList();
        var primaries = words.Select(w => w.Text).ToArray();
        var matchTerms = words.SelectMany(w => w.Variants.Concat(w.Synonyms).Concat(w.Parts)).ToHashSet(StringComparer.Ordinal);
        // A misspelt domain word counts when it is long enough for the correction to be trusted
        // ("instagarm", not "snapp"); so does a compound part of five letters or more ("oudergroepsapp"),
        // but not a short one: "snappen" holds "app" but is not about apps.
        bool Touches(HashSet<string> anchors, bool inCompounds) => words.Any(w => anchors.Contains(w.Text) || w.AllSynonyms.Any(anchors.Contains)
            || (w.Text.Length >= 6 && w.Variants.Any(anchors.Contains))
            || w.Parts.Any(p => p.Length >= 5 && anchors.Contains(p))
            || (inCompounds && anchors.Any(a => a.Length >= 6 && w.Text.Length > a.Length && w.Text.Contains(a, StringComparison.Ordinal))));
        // A long platform or device name inside a compound the dictionary does not split the same way
        // ("snapchatgroep" splits as snap + chat + groep) still names it; not so for the domain words,
        // which other compounds hold in another sense ("verkeersveiligheid").
        var domain = Touches(anchorTerms, inCompounds: false) ? DomainTouch.Domain : Touches(deviceTerms, inCompounds: true) ? DomainTouch.DevicesOnly : DomainTouch.None;

        // The article document holds every word the index knows (its text, title, tags and example
        // questions): without a clause there, nothing can match. A word that only an example question
        // has ("gefilmd") leaves the passage query empty but still finds its article.
        var articleQuery = BuildQuery(words, IndexFields.ArticleFields);
        if (articleQuery is null)
        {
            return new SearchResult([], 0, primaries, unknown) { MatchTerms = matchTerms, Domain = domain };
        }

        using var lease = new SearcherLease(searchers);
        var searcher = lease.Searcher;
        var filter = audienceFilters.GetOrAdd(audience, AudienceFilter);
        var passageHits = BuildQuery(words, IndexFields.PassageFields) is { } passageQuery
            ? TopDocs(searcher, passageQuery, filter, Math.Max(maxHits, CandidatePool))
                .Where(d => documents.PassageOf(d.Doc) is not null)
                .Select(d => new PassageHit(documents.PassageOf(d.Doc)!, d.Score))
                .ToList()
            : [];
        var articleScores = TopDocs(searcher, articleQuery, filter, CandidatePool)
            .Where(d => documents.ArticleOf(d.Doc) is not null)
            .ToDictionary(d => documents.ArticleOf(d.Doc)!, d => (double)d.Score, StringComparer.Ordinal);

        // The nearest example question per article or out-of-scope topic.
        var questionScores = new Dictionary<string, double>(StringComparer.Ordinal);
        if (BuildQuery(words, IndexFields.QuestionFields) is { } questionQuery)
        {
            // Hits come best first, so each owner's first hits are its nearest questions.
            var taken = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var hit in TopDocs(searcher, questionQuery, filter, CandidatePool).Where(d => documents.QuestionOwnerOf(d.Doc) is not null))
            {
                var owner = documents.QuestionOwnerOf(hit.Doc)!;
                var rank = taken.GetValueOrDefault(owner);
                if (rank < NearestQuestions)
                {
                    taken[owner] = rank + 1;
                    questionScores[owner] = questionScores.GetValueOrDefault(owner) + (hit.Score * (rank == 0 ? 1.0 : FurtherQuestionWeight) / QuestionNormalizer);
                }
            }
        }

        var nearestOutside = questionScores.Where(q => outOfScope.ContainsKey(q.Key)).OrderByDescending(q => q.Value).FirstOrDefault();
        var nearestInside = questionScores.Where(q => !outOfScope.ContainsKey(q.Key)).Select(q => q.Value).DefaultIfEmpty(0).Max();
        // A question that names online behaviour, a risk or a safety role is the bot's to answer
        // whatever else it mentions ("een whatsappgroep met mijn mentorklas" is not about the
        // administration system); only a question without such a word can be referred on.
        var outside = domain != DomainTouch.Domain && nearestOutside.Key is not null && nearestOutside.Value > nearestInside * OutOfScopeMargin
            ? outOfScope[nearestOutside.Key]
            : null;
        foreach (var topic in outOfScope.Keys)
        {
            questionScores.Remove(topic);
        }

        var totalWeight = words.Sum(w => w.Weight);
        var articles = RankArticles(passageHits, articleScores, questionScores);
        var evidence = articles.Count == 0 ? 0 : CoveredWeight(searcher.IndexReader, articles[0].ArticleId, words);
        var coverage = totalWeight <= 0 ? 0 : evidence / totalWeight;
        return new SearchResult(passageHits.Take(maxHits).ToList(), coverage, primaries, unknown)
        {
            Articles = articles,
            Evidence = evidence,
            Domain = domain,
            MatchTerms = matchTerms,
            OutOfScope = outside,
        };
    }

    /// <summary>
    /// The best documents. Out of document order, Lucene scores a Boolean query in windows of 2,048
    /// documents with a bucket table allocated per search: on the bundled index (about 2,000 documents)
    /// that table was the largest single cost of a query, so small indexes are scored in order; on a
    /// large one the windowed scoring is faster (the 1,200-article benchmark: 5.6 → 4.0 ms). Scores and
    /// ranks are the same either way.
    /// </summary>
    private static ScoreDoc[] TopDocs(IndexSearcher searcher, Query query, Filter? filter, int count)
    {
        var collector = TopScoreDocCollector.Create(count, docsScoredInOrder: searcher.IndexReader.MaxDoc < OutOfOrderFromDocuments);
        searcher.Search(query, filter, collector);
        return collector.GetTopDocs().ScoreDocs;
    }

    private const int OutOfOrderFromDocuments = 5_000;

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

    /// <summary>The query's terms with synonyms and compound parts, as the index sees them.</summary>
    public IReadOnlySet<string> QueryTerms(string question) => AnalyzeQuery(question).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    /// <summary>Inverse document frequency of a term over passages (for weighting sentence matches).</summary>
    public double TermWeight(string term) => vocabulary.Idf(term);

    /// <summary>The passages of one article, lead first.</summary>
    public IReadOnlyList<Passage> PassagesOf(string articleId) => passagesByArticle.GetValueOrDefault(articleId) ?? [];

    /// <summary>A passage's sentences with their analysed words, computed once per passage.</summary>
    internal IReadOnlyList<ScoredSentence> SentencesOf(Passage passage) =>
        sentenceCache.GetOrAdd(passage.Id, _ => KnowledgeAnswerer.Sentences(passage.Text)
            .Select(s => new ScoredSentence(s, Terms(s).ToArray()))
            .ToArray());

    public void Dispose()
    {
        searchers.Dispose();
        directory.Dispose();
        indexAnalyzer.Dispose();
        queryAnalyzer.Dispose();
    }

    /// <summary>
    /// Articles by three kinds of evidence, each relative to the best article: the best passage with a
    /// little credit for further matching passages, the article's whole text, title, tags and example
    /// questions, and its nearest example question.
    /// </summary>
    private List<ArticleHit> RankArticles(List<PassageHit> passageHits, Dictionary<string, double> articleScores, Dictionary<string, double> questionScores)
    {
        var byArticle = new Dictionary<string, (double Best, double Sum, List<PassageHit> Hits)>(StringComparer.Ordinal);
        foreach (var hit in passageHits)
        {
            var (best, sum, hits) = byArticle.TryGetValue(hit.Passage.ArticleId, out var found) ? found : (0, 0, new List<PassageHit>());
            hits.Add(hit);
            byArticle[hit.Passage.ArticleId] = (Math.Max(best, hit.Score), sum + hit.Score, hits);
        }

        var passageScores = byArticle.ToDictionary(a => a.Key, a => a.Value.Best + (0.15 * (a.Value.Sum - a.Value.Best)), StringComparer.Ordinal);
        var maxPassage = passageScores.Count == 0 ? 1 : passageScores.Values.Max();
        var maxArticle = articleScores.Count == 0 ? 1 : articleScores.Values.Max();
        var maxQuestion = questionScores.Count == 0 ? 1 : questionScores.Values.Max();
        var passageWeight = 1 - ArticleEvidenceWeight - QuestionEvidenceWeight;

        return passageScores.Keys.Union(articleScores.Keys).Union(questionScores.Keys)
            .Select(id => new ArticleHit(
                id,
                passagesByArticle[id][0].ArticleTitle,
                (passageWeight * passageScores.GetValueOrDefault(id) / maxPassage)
                    + (ArticleEvidenceWeight * articleScores.GetValueOrDefault(id) / maxArticle)
                    + (QuestionEvidenceWeight * questionScores.GetValueOrDefault(id) / maxQuestion),
                byArticle.TryGetValue(id, out var found) ? found.Hits : []))
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One clause per query word: the word (or its correction), its synonyms and its compound parts as alternatives.</summary>
    private Query? BuildQuery(IReadOnlyList<QueryWord> words, (string Field, float Boost, int Sources)[] fields)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            var alternatives = new DisjunctionMaxQuery(0f);
            foreach (var variant in word.Variants)
            {
                AddIfAny(alternatives, FieldsQuery(variant, fields, variant == word.Text || IsFormOf(variant, word.Text) ? 1f : FuzzyBoost));
            }

            // A synonym of a common word must not outweigh the word itself ("telefoon" → smartphone).
            // An expansion worth less than a tenth of the word ("leerling" → scholier) is not worth its lookups.
            foreach (var synonym in word.Synonyms)
            {
                var boost = SynonymBoost * (float)Math.Min(1.0, word.Weight / vocabulary.Idf(synonym));
                if (boost >= 0.1f)
                {
                    AddIfAny(alternatives, FieldsQuery(synonym, fields, boost));
                }
            }

            if (word.Parts.Count > 0)
            {
                var parts = new BooleanQuery(disableCoord: true) { Boost = PartBoost };
                foreach (var part in word.Parts)
                {
                    if (FieldsQuery(part, fields, 1f) is { Disjuncts.Count: > 0 } partQuery)
                    {
                        parts.Add(partQuery, Occur.SHOULD);
                    }
                }

                if (parts.Clauses.Count > 0)
                {
                    alternatives.Add(parts);
                }
            }

            if (alternatives.Disjuncts.Count > 0)
            {
                query.Add(alternatives, Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static void AddIfAny(DisjunctionMaxQuery alternatives, DisjunctionMaxQuery query)
    {
        if (query.Disjuncts.Count > 0)
        {
            alternatives.Add(query);
        }
    }

    private Term TermOf(string field, string term) => new(field, term);

    /// <summary>
    /// Where a word sits in the index, looked up once: the index never changes after it is built, so a
    /// query need not search the term dictionary again for every word and field.
    /// </summary>
    private TermContext BuildTermState((string Field, string Term) key)
    {
        using var lease = new SearcherLease(searchers);
        return TermContext.Build(lease.Searcher.TopReaderContext, TermOf(key.Field, key.Term));
    }

    private static bool IsFormOf(string other, string word) =>
        Math.Min(other.Length, word.Length) >= 4
        && (other.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(other, StringComparison.Ordinal));

    private DisjunctionMaxQuery FieldsQuery(string term, (string Field, float Boost, int Sources)[] fields, float boost)
    {
        var perField = new DisjunctionMaxQuery(0.1f) { Boost = boost };
        var present = vocabulary.Fields(term);
        foreach (var (field, fieldBoost, sources) in fields)
        {
            if ((present & sources) != 0)
            {
                perField.Add(new TermQuery(TermOf(field, term), termStates.GetOrAdd((field, term), BuildTermState)) { Boost = fieldBoost });
            }
        }

        return perField;
    }

    /// <summary>Groups the analysed tokens by the word they came from and resolves each against the index.</summary>
    private List<QueryWord> QueryWords(IReadOnlyList<QueryTerm> terms)
    {
        var words = new List<QueryWord>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Secondary)
            {
                continue;
            }

            var text = terms[i].Text;

            // A number or a two-letter abbreviation the knowledge base does not know ("groep 8", "nr")
            // says nothing about the topic; it must not count as an unknown word against the coverage.
            if (!vocabulary.Contains(text) && (text.Length <= 2 || text.All(char.IsAsciiDigit)))
            {
                continue;
            }

            var synonyms = new List<string>();
            var parts = new List<string>();
            for (var j = i + 1; j < terms.Count && terms[j].Secondary; j++)
            {
                (terms[j].Synonym ? synonyms : parts).Add(terms[j].Text);
            }

            // A "synonym" that begins with the word or that the word begins with is its spelling or
            // inflection (fotos/foto, mobiel/mobieltje): it is the word itself, not a stand-in.
            var forms = synonyms.Where(s => vocabulary.Contains(s) && IsFormOf(s, text)).ToList();
            var variants = new List<string>();
            if (vocabulary.Contains(text))
            {
                variants.Add(text);
            }
            else if (forms.Count == 0 && vocabulary.Closest(text) is { } corrected)
            {
                variants.Add(corrected);
            }

            variants.AddRange(forms);

            // The weight of the word is that of its most common form: "fotos" is as common as "foto".
            var weight = variants.Count > 0 ? variants.Min(vocabulary.Idf) : vocabulary.Idf(string.Empty);
            words.Add(new QueryWord(
                text,
                variants,
                synonyms.Where(s => vocabulary.Contains(s) && !forms.Contains(s)).ToArray(),
                parts.Where(vocabulary.Contains).ToArray(),
                synonyms,
                weight));
        }

        return words;
    }

    /// <summary>
    /// The idf-weighted sum of the question's words that an article holds (title, tags, headings,
    /// text). Divided by the question's total weight it is the coverage; a word the knowledge base has
    /// never seen weighs as much as its rarest word, so "salaris" or "kerstvakantie" pull it down.
    /// Read from the article document's postings, so nothing is analysed again.
    /// </summary>
    private double CoveredWeight(IndexReader reader, string articleId, IReadOnlyList<QueryWord> words)
    {
        var doc = documents.ArticleDoc(articleId);
        var covered = 0.0;
        foreach (var word in words)
        {
            // A word counts as covered when it, its correction, or one of its synonyms is in the article.
            if (word.Variants.Any(t => ArticleHolds(reader, doc, t)) || word.Synonyms.Any(t => ArticleHolds(reader, doc, t)))
            {
                covered += word.Weight;
                continue;
            }

            // Only compound parts matched ("kerstvakantie" → "vakantie"): the unknown rest of the word
            // still counts against the coverage, so a compound earns at most half its weight.
            var partLetters = word.Parts.Where(t => ArticleHolds(reader, doc, t)).Sum(t => t.Length);
            if (partLetters > 0)
            {
                covered += word.Weight * 0.5 * Math.Min(1.0, (double)partLetters / word.Text.Length);
            }
        }

        return covered;
    }

    private bool ArticleHolds(IndexReader reader, int doc, string term)
    {
        var present = vocabulary.Fields(term);
        foreach (var (field, _, sources) in IndexFields.ArticleFields)
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

    private static IEnumerable<string> Tokenize(string text) =>
        text.Split([' ', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '/', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static Filter? AudienceFilter(Audience audience)
    {
        if (audience == Audience.All || audience == Audience.None)
        {
            return null;
        }

        var any = new BooleanQuery();
        foreach (var code in AudienceCodes.Codes(audience))
        {
            any.Add(new TermQuery(new Term(IndexFields.Audience, code)), Occur.SHOULD);
        }

        return new CachingWrapperFilter(new QueryWrapperFilter(any));
    }
}
