using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval.Indexing;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Turns the analysed words of a question into what the index searches: each word resolved against the
/// vocabulary (its typo correction, its forms, synonyms and compound parts the index holds, its idf),
/// then one Lucene query per kind of document with one clause per word.
/// </summary>
internal sealed class QueryPlanner
{
    private readonly RankingWeights weights;
    private readonly Vocabulary vocabulary;
    private readonly SearcherManager searchers;
    private readonly ConcurrentDictionary<Audience, Filter?> audienceFilters = new();
    private readonly ConcurrentDictionary<(string Field, string Term), TermContext> termStates = new();

    public QueryPlanner(RankingWeights weights, Vocabulary vocabulary, SearcherManager searchers)
    {
        this.weights = weights;
        this.vocabulary = vocabulary;
        this.searchers = searchers;
        PassageFields = IndexFields.PassageFields(weights);
        ArticleFields = IndexFields.ArticleFields(weights);
        QuestionFields = IndexFields.QuestionFields();
    }

    /// <summary>The passage documents' searched fields.</summary>
    public SearchField[] PassageFields { get; }

    /// <summary>The article documents' searched fields.</summary>
    public SearchField[] ArticleFields { get; }

    /// <summary>The example-question documents' searched field.</summary>
    public SearchField[] QuestionFields { get; }

    /// <summary>Groups the analysed tokens by the word they came from and resolves each against the index.</summary>
    public List<QueryWord> Words(IReadOnlyList<QueryTerm> terms)
    {
        var words = new List<QueryWord>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Secondary)
            {
                continue;
            }

            var text = terms[i].Text;

            var synonyms = new List<string>();
            var parts = new List<string>();
            for (var j = i + 1; j < terms.Count && terms[j].Secondary; j++)
            {
                (terms[j].Synonym ? synonyms : parts).Add(terms[j].Text);
            }

            // A number or a two-letter abbreviation the knowledge base does not know ("groep 8", "nr")
            // says nothing about the topic; it must not count as an unknown word against the coverage.
            // A teacher's abbreviation with a known synonym ("ll" for leerling) is the word it stands for.
            if (!vocabulary.Contains(text) && (text.Length <= weights.MaxDroppedUnknownLength || text.All(char.IsAsciiDigit))
                && !synonyms.Any(vocabulary.Contains))
            {
                continue;
            }

            // A "synonym" that begins with the word or that the word begins with is its spelling or
            // inflection (fotos/foto, mobiel/mobieltje): it is the word itself, not a stand-in.
            // So is the word an abbreviation stands for ("ll" → leerling, lln → leerlingen).
            var abbreviation = !vocabulary.Contains(text) && text.Length <= weights.MaxDroppedUnknownLength;
            var forms = synonyms.Where(s => vocabulary.Contains(s) && (abbreviation || IsFormOf(s, text))).ToList();
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
    /// One clause per query word: the word (or its correction), its synonyms and its compound parts as
    /// alternatives, of which the best counts; null when no word has anything in the fields.
    /// </summary>
    public Query? Build(IReadOnlyList<QueryWord> words, SearchField[] fields)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            var alternatives = new DisjunctionMaxQuery(weights.AlternativesTieBreaker);
            foreach (var variant in word.Variants)
            {
                AddIfAny(alternatives, FieldsQuery(variant, fields, variant == word.Text || IsFormOf(variant, word.Text) ? 1f : weights.FuzzyBoost));
            }

            // A synonym of a common word must not outweigh the word itself ("telefoon" → smartphone),
            // and an expansion worth much less than the word ("leerling" → scholier) is not worth its lookups.
            foreach (var synonym in word.Synonyms)
            {
                var boost = weights.SynonymBoost * (float)Math.Min(1.0, word.Weight / vocabulary.Idf(synonym));
                if (boost >= weights.MinSynonymBoost)
                {
                    AddIfAny(alternatives, FieldsQuery(synonym, fields, boost));
                }
            }

            if (word.Parts.Count > 0)
            {
                var parts = new BooleanQuery(disableCoord: true) { Boost = weights.PartBoost };
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
                alternatives.Boost = (float)word.Boost;
                query.Add(alternatives, Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The documents an audience may see, or null for everyone; built once per audience.</summary>
    public Filter? AudienceFilter(Audience audience) => audienceFilters.GetOrAdd(audience, BuildAudienceFilter);

    private static Filter? BuildAudienceFilter(Audience audience)
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

    private static void AddIfAny(DisjunctionMaxQuery alternatives, DisjunctionMaxQuery query)
    {
        if (query.Disjuncts.Count > 0)
        {
            alternatives.Add(query);
        }
    }

    private bool IsFormOf(string other, string word) =>
        Math.Min(other.Length, word.Length) >= weights.MinFormLength
        && (other.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(other, StringComparison.Ordinal));

    /// <summary>The term in each of the fields that holds it, the best field counting.</summary>
    private DisjunctionMaxQuery FieldsQuery(string term, SearchField[] fields, float boost)
    {
        var perField = new DisjunctionMaxQuery(weights.FieldTieBreaker) { Boost = boost };
        var present = vocabulary.Fields(term);
        foreach (var (field, fieldBoost, sources) in fields)
        {
            if ((present & sources) != 0)
            {
                perField.Add(new TermQuery(new Term(field, term), termStates.GetOrAdd((field, term), BuildTermState)) { Boost = fieldBoost });
            }
        }

        return perField;
    }

    /// <summary>
    /// Where a word sits in the index, looked up once: the index never changes after it is built, so a
    /// query need not search the term dictionary again for every word and field.
    /// </summary>
    private TermContext BuildTermState((string Field, string Term) key)
    {
        using var lease = new SearcherLease(searchers);
        return TermContext.Build(lease.Searcher.TopReaderContext, new Term(key.Field, key.Term));
    }
}
