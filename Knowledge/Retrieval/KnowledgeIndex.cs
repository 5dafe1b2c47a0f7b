using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SafetyBot.Knowledge.Content;
using Directory = Lucene.Net.Store.Directory;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The in-memory Lucene index: one document per passage, a Dutch-analysed text field, stored article
/// id, title and heading, and the audience as a filterable multi-valued field. Searched through a
/// <see cref="SearcherManager"/>; nothing outside this namespace sees a Lucene type.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private const string FieldId = "id";
    private const string FieldArticle = "articleId";
    private const string FieldTitle = "title";
    private const string FieldHeading = "heading";
    private const string FieldTags = "tags";
    private const string FieldText = "text";
    private const string FieldAudience = "audience";
    private const string FieldKind = "kind";

    private static readonly (string Field, float Boost)[] SearchFields =
    [
        (FieldText, 1.0f), (FieldTitle, 1.6f), (FieldHeading, 1.2f), (FieldTags, 1.3f),
    ];

    private readonly Directory directory;
    private readonly SearcherManager searchers;
    private readonly Analyzer indexAnalyzer;
    private readonly Analyzer queryAnalyzer;
    private readonly Dictionary<string, Passage> passages;
    private readonly Similarity similarity = new BM25Similarity();
    private readonly HashSet<string> anchorTerms;
    private readonly Lazy<string[]> vocabulary;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> articleTermCache = new(StringComparer.Ordinal);

    private KnowledgeIndex(Directory directory, Analyzer indexAnalyzer, Analyzer queryAnalyzer, Dictionary<string, Passage> passages)
    {
        this.directory = directory;
        this.indexAnalyzer = indexAnalyzer;
        this.queryAnalyzer = queryAnalyzer;
        this.passages = passages;
        searchers = new SearcherManager(directory, new PassageSearcherFactory(similarity));
        vocabulary = new Lazy<string[]>(LoadVocabulary);
        anchorTerms = DomainLexicon.DomainAnchors.SelectMany(word => Analyze(indexAnalyzer, word).Where(t => !t.Secondary).Take(1)).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    public int PassageCount => passages.Count;

    public IReadOnlyCollection<Passage> Passages => passages.Values;

    /// <summary>Builds the index from the knowledge base's articles (milliseconds for the bundled content).</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledge) => Build(knowledge.Articles);

    public static KnowledgeIndex Build(IEnumerable<Article> articles)
    {
        var articleList = articles.ToList();
        var passages = articleList.SelectMany(ToPassages).ToDictionary(p => p.Id, StringComparer.Ordinal);
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
            foreach (var passage in passages.Values)
            {
                writer.UpdateDocument(new Term(FieldId, passage.Id), ToDocument(passage, tagsByArticle.GetValueOrDefault(passage.ArticleId, string.Empty)));
            }

            writer.Commit();
        }

        return new KnowledgeIndex(directory, indexAnalyzer, queryAnalyzer, passages);
    }

    /// <summary>Ranked passages for a question, limited to the asker's audience.</summary>
    public SearchResult Search(string question, Audience audience, int maxHits = 10)
    {
        var terms = AnalyzeQuery(question);
        if (terms.Count == 0)
        {
            return SearchResult.Empty;
        }

        var searcher = searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var query = new BooleanQuery(disableCoord: true);
            var primaryWeights = new Dictionary<string, double>(StringComparer.Ordinal);
            var matchedTerms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var unknown = new List<string>();

            foreach (var term in terms)
            {
                var variants = new List<string>();
                if (DocFreq(reader, term.Text) > 0)
                {
                    variants.Add(term.Text);
                }
                else if (!term.Secondary)
                {
                    variants.AddRange(FuzzyVariants(reader, term.Text));
                }

                if (!term.Secondary)
                {
                    primaryWeights[term.Text] = variants.Count > 0 ? variants.Max(v => Idf(reader, v)) : Idf(reader, null);
                    if (variants.Count == 0)
                    {
                        unknown.Add(term.Text);
                    }
                }

                if (variants.Count > 0)
                {
                    matchedTerms[term.Text] = variants;
                }

                foreach (var variant in variants)
                {
                    var perField = new DisjunctionMaxQuery(0.1f);
                    foreach (var (field, boost) in SearchFields)
                    {
                        perField.Add(new TermQuery(new Term(field, variant)) { Boost = boost });
                    }

                    perField.Boost = term.Secondary ? 0.5f : (variant == term.Text ? 1.0f : 0.8f);
                    query.Add(perField, Occur.SHOULD);
                }
            }

            if (query.Clauses.Count == 0)
            {
                return new SearchResult([], 0, terms.Where(t => !t.Secondary).Select(t => t.Text).ToArray(), unknown);
            }

            var top = searcher.Search(query, AudienceFilter(audience), maxHits);
            var hits = top.ScoreDocs
                .Select(d => new PassageHit(passages[searcher.Doc(d.Doc).Get(FieldId)], d.Score))
                .ToList();

            var (coverage, evidence) = hits.Count == 0 ? (0, 0) : Coverage(hits[0].Passage, primaryWeights, matchedTerms, terms);
            // A misspelt domain word counts when it is long enough for the correction to be trusted ("instagarm", not "snapp").
            // Compound parts do not count: "snappen" holds "app" but is not about apps.
            var inDomain = terms.Where(t => !t.Secondary || t.Synonym).Any(t => anchorTerms.Contains(t.Text)
                || (t.Text.Length >= 6 && matchedTerms.TryGetValue(t.Text, out var variants) && variants.Any(anchorTerms.Contains)));
            return new SearchResult(hits, coverage, primaryWeights.Keys.ToArray(), unknown) { Evidence = evidence, InDomain = inDomain };
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

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
    public double TermWeight(string term)
    {
        var searcher = searchers.Acquire();
        try
        {
            return Idf(searcher.IndexReader, term);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        directory.Dispose();
        indexAnalyzer.Dispose();
        queryAnalyzer.Dispose();
    }

    /// <summary>
    /// How much of the question the best article covers: the idf-weighted share of the question's
    /// words found in the passage's article. A word the knowledge base has never seen weighs as much
    /// as its rarest word, so "salaris" or "kerstvakantie" pull the coverage down.
    /// </summary>
    private (double Coverage, double Evidence) Coverage(Passage best, Dictionary<string, double> weights, Dictionary<string, List<string>> matched, IReadOnlyList<QueryTerm> terms)
    {
        var total = weights.Values.Sum();
        if (total <= 0)
        {
            return (0, 0);
        }

        // An article's analysed words are fixed once the index is built: computed once per article.
        var articleTerms = articleTermCache.GetOrAdd(best.ArticleId, id => passages.Values.Where(p => p.ArticleId == id)
            .SelectMany(p => Terms(p.Text + " " + p.Heading + " " + p.ArticleTitle))
            .ToHashSet(StringComparer.Ordinal));

        // A primary word counts as covered when it, a fuzzy variant, or one of its synonyms/parts is in the article.
        var covered = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (term.Secondary)
            {
                continue;
            }

            var group = new List<string> { term.Text };
            for (var j = i + 1; j < terms.Count && terms[j].Secondary; j++)
            {
                group.Add(terms[j].Text);
            }

            bool InArticle(string t) => articleTerms.Contains(t) || (matched.TryGetValue(t, out var variants) && variants.Any(articleTerms.Contains));

            if (InArticle(term.Text) || group.Skip(1).Any(t => terms.First(q => q.Text == t).Synonym && InArticle(t)))
            {
                covered += weights[term.Text];
                continue;
            }

            // Only compound parts matched ("kerstvakantie" → "vakantie"): the unknown rest of the word
            // still counts against the coverage, so a compound earns at most half its weight.
            var partLetters = group.Skip(1).Where(t => !terms.First(q => q.Text == t).Synonym && InArticle(t)).Sum(t => t.Length);
            if (partLetters > 0)
            {
                covered += weights[term.Text] * 0.5 * Math.Min(1.0, (double)partLetters / term.Text.Length);
            }
        }

        return (covered / total, covered);
    }

    /// <summary>
    /// The closest indexed word to a word the index does not know (a typo): edit distance 1, or 2 for
    /// words of 8+ letters, same first letter; among equals the most common. A plain scan of the
    /// index's vocabulary, cheaper than Lucene's fuzzy automata for an index this size.
    /// </summary>
    private IEnumerable<string> FuzzyVariants(IndexReader reader, string term)
    {
        if (term.Length < 5)
        {
            return [];
        }

        var maxEdits = term.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var candidate in vocabulary.Value)
        {
            if (candidate[0] != term[0] || Math.Abs(candidate.Length - term.Length) > maxEdits)
            {
                continue;
            }

            var distance = EditDistance(candidate, term, maxEdits);
            if (distance > maxEdits || distance > bestDistance)
            {
                continue;
            }

            var frequency = DocFreq(reader, candidate);
            if (distance < bestDistance || frequency > bestFrequency)
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        return best is null ? [] : [best];
    }

    private string[] LoadVocabulary()
    {
        var searcher = searchers.Acquire();
        try
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in new[] { FieldText, FieldTitle, FieldTags })
            {
                var terms = MultiFields.GetTerms(searcher.IndexReader, field);
                if (terms is null)
                {
                    continue;
                }

                var iterator = terms.GetEnumerator();
                while (iterator.MoveNext())
                {
                    words.Add(iterator.Term.Utf8ToString());
                }
            }

            return [.. words];
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static int DocFreq(IndexReader reader, string term) =>
        SearchFields.Max(f => reader.DocFreq(new Term(f.Field, term)));

    private double Idf(IndexReader reader, string? term)
    {
        var docFreq = term is null ? 0 : DocFreq(reader, term);
        var docCount = Math.Max(1, reader.NumDocs);
        return Math.Log(1 + ((docCount - Math.Max(docFreq, 1) + 0.5) / (Math.Max(docFreq, 1) + 0.5)));
    }

    private List<QueryTerm> AnalyzeQuery(string question)
    {
        var trimmed = question.Length > 4000 ? question[..4000] : question;
        return Analyze(queryAnalyzer, trimmed).ToList();
    }

    private static IEnumerable<QueryTerm> Analyze(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(FieldText, new StringReader(text));
        var termAttribute = stream.AddAttribute<ICharTermAttribute>();
        var positionAttribute = stream.AddAttribute<IPositionIncrementAttribute>();
        var typeAttribute = stream.AddAttribute<ITypeAttribute>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<QueryTerm>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = termAttribute.ToString();
            var secondary = positionAttribute.PositionIncrement == 0;
            if (seen.Add(value))
            {
                results.Add(new QueryTerm(value, secondary && results.Count > 0, typeAttribute.Type == Lucene.Net.Analysis.Synonym.SynonymFilter.TYPE_SYNONYM));
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
            any.Add(new TermQuery(new Term(FieldAudience, code)), Occur.SHOULD);
        }

        return new CachingWrapperFilter(new QueryWrapperFilter(any));
    }

    private static IEnumerable<Passage> ToPassages(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Lead))
        {
            yield return new Passage($"{article.Id}#inleiding", article.Id, article.Title, "inleiding", article.Title,
                MarkdownContentParser.ToPlainText(article.Lead), article.Kind, article.Audience);
        }

        foreach (var section in article.Sections)
        {
            yield return new Passage($"{article.Id}#{section.Id}", article.Id, article.Title, section.Id, section.Heading,
                section.PlainText, article.Kind, article.Audience);
        }
    }

    private static Document ToDocument(Passage passage, string tags)
    {
        var document = new Document
        {
            new StringField(FieldId, passage.Id, Field.Store.YES),
            new StringField(FieldArticle, passage.ArticleId, Field.Store.YES),
            new TextField(FieldTitle, passage.ArticleTitle, Field.Store.YES),
            new TextField(FieldHeading, passage.Heading, Field.Store.YES),
            new TextField(FieldTags, tags, Field.Store.NO),
            new TextField(FieldText, passage.Text, Field.Store.NO),
            new StringField(FieldKind, passage.Kind, Field.Store.YES),
        };
        foreach (var code in AudienceCodes.Codes(passage.Audience))
        {
            document.Add(new StringField(FieldAudience, code, Field.Store.NO));
        }

        return document;
    }

    private static int EditDistance(string a, string b, int bound)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
            if (previous.Min() > bound)
            {
                return bound + 1;
            }
        }

        return previous[b.Length];
    }

    /// <summary>An analysed query word; secondary ones share the position of the word they came from.</summary>
    private sealed record QueryTerm(string Text, bool Secondary, bool Synonym);

    private sealed class PassageSearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
