using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SafetyBot.Knowledge.Content;
using Directory = Lucene.Net.Store.Directory;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The articles' English example questions (front matter <c>questions_en</c>) in an index of their own,
/// with an English analyzer: an English question finds its article by them, while Dutch questions
/// are searched as before and never see them. docs/design.md, "English questions".
/// </summary>
internal sealed class EnglishQuestionIndex : IDisposable
{
    private const string OwnerField = "owner";
    private const string TextField = "q";

    /// <summary>An article's nearest English question counts fully, its second this much.</summary>
    private const double SecondQuestionWeight = 0.5;

    /// <summary>
    /// English words that place a question in the domain: online behaviour, its risks, safety roles.
    /// Like <see cref="DomainLexicon.DomainAnchors"/>, chosen from the scope, not from a test set.
    /// </summary>
    private static readonly string[] DomainWords =
    [
        "online", "social", "media", "internet", "instagram", "tiktok", "snapchat", "whatsapp", "discord", "youtube", "app",
        "chat", "group", "post", "posted", "photo", "picture", "video", "filmed", "film", "phone", "smartphone", "screen",
        "account", "profile", "message", "dm", "follow", "friend", "request", "bullying", "bullied", "cyberbullying", "bully",
        "excluded", "exclusion", "hate", "racist", "racism", "discrimination", "nude", "nudes", "naked", "sexting", "sexual",
        "grooming", "groomed", "sextortion", "blackmail", "threat", "threatened", "threatening", "stalking", "stalked", "harassment",
        "hacked", "hack", "password", "fake", "deepfake", "challenge", "influencer", "game", "gaming", "roblox", "privacy",
        "gdpr", "consent", "protocol", "policy", "safety", "safe", "unsafe", "dangerous", "risk", "role", "model", "incident",
        "police", "harmful", "misinformation", "digital", "resilience", "linkedin", "facebook", "chatgpt", "ai", "deepfakes",
        "safeguarding", "wellbeing", "selfie", "screenshot",
    ];

    /// <summary>Risk, incident and safety words among <see cref="DomainWords"/>: on their own they name the bot's domain.</summary>
    private static readonly string[] IntentWords =
    [
        "online", "social", "bullying", "bullied", "cyberbullying", "bully", "excluded", "exclusion", "hate", "racist", "racism",
        "discrimination", "nude", "nudes", "naked", "sexting", "sexual", "grooming", "groomed", "sextortion", "blackmail", "threat",
        "threatened", "threatening", "stalking", "stalked", "harassment", "hacked", "fake", "deepfake", "deepfakes", "challenge",
        "influencer", "dangerous", "harmful", "misinformation",
        "resilience", "safeguarding", "wellbeing",
    ];

    /// <summary>
    /// Domain words that are everyday school words in another sense (a protocol for fire drills, a safety
    /// policy for trips): alone they do not place a question in the domain (two of them neither); next to
    /// another domain word the question is in it anyway. As in Dutch
    /// (<see cref="DomainLexicon.WeakDomainAnchors"/>).
    /// </summary>
    private static readonly string[] WeakWords = ["protocol", "policy", "safety", "safe", "unsafe", "risk", "incident", "police", "role", "model", "privacy", "gdpr", "consent"];

    /// <summary>Platform and sharing words: with a pupil or teacher they name someone's online conduct.</summary>
    private static readonly string[] SocialWords =
    [
        "instagram", "insta", "tiktok", "snapchat", "snap", "whatsapp", "discord", "youtube", "linkedin", "facebook", "twitch",
        "roblox", "chat", "post", "posted", "photo", "photos", "picture", "pictures", "video", "videos", "filmed", "follow",
        "followed", "follower", "followers", "friend", "message", "messages", "messaged", "dm", "dms", "selfie", "screenshot",
    ];

    /// <summary>The people of a school whose online conduct the bot is about.</summary>
    private static readonly string[] PersonWords =
    [
        "student", "students", "pupil", "pupils", "kid", "kids", "child", "children", "teenager", "teenagers", "teen", "teens",
        "classmate", "classmates", "boy", "boys", "girl", "girls", "teacher", "teachers", "colleague", "colleagues", "intern", "mentor",
    ];

    /// <summary>Phones and devices at school with a rule: "the rule on phones in class".</summary>
    private static readonly string[] DeviceRuleWords = ["phone", "phones", "smartphone", "smartphones", "mobile", "smartwatch", "earbuds", "headphones", "laptop"];

    private static readonly string[] RuleWords = ["rule", "rules", "ban", "banned", "forbid", "forbidden", "confiscate", "confiscated", "policy", "agreement", "law"];

    private static readonly CharArraySet StopWords = BuildStopWords();

    private readonly Directory directory;
    private readonly SearcherManager searchers;
    private readonly Analyzer analyzer;
    private readonly Dictionary<string, HashSet<string>> termsByArticle;
    private readonly Dictionary<string, Audience> audiences;
    private readonly HashSet<string> domainTerms;
    private readonly HashSet<string> intentTerms;
    private readonly HashSet<string> weakTerms;
    private readonly HashSet<string> socialTerms;
    private readonly HashSet<string> personTerms;
    private readonly HashSet<string> deviceTerms;
    private readonly HashSet<string> ruleTerms;

    private EnglishQuestionIndex(Directory directory, Analyzer analyzer, Dictionary<string, HashSet<string>> termsByArticle, Dictionary<string, Audience> audiences)
    {
        this.directory = directory;
        this.analyzer = analyzer;
        this.termsByArticle = termsByArticle;
        this.audiences = audiences;
        searchers = new SearcherManager(directory, new PassageSearcherFactory(new BM25Similarity()));
        domainTerms = DomainWords.SelectMany(Analyze).ToHashSet(StringComparer.Ordinal);
        intentTerms = IntentWords.SelectMany(Analyze).ToHashSet(StringComparer.Ordinal);
        weakTerms = WeakWords.SelectMany(Analyze).ToHashSet(StringComparer.Ordinal);
        socialTerms = SocialWords.SelectMany(Analyze).ToHashSet(StringComparer.Ordinal);
        personTerms = PersonWords.SelectMany(Analyze).ToHashSet(StringComparer.Ordinal);
        deviceTerms = DeviceRuleWords.SelectMany(Analyze).ToHashSet(StringComparer.Ordinal);
        ruleTerms = RuleWords.SelectMany(Analyze).ToHashSet(StringComparer.Ordinal);
    }

    public static EnglishQuestionIndex Build(IEnumerable<Article> articles)
    {
        var analyzer = new EnglishAnalyzer(DutchTeacherAnalyzer.Version, StopWords);
        var directory = new RAMDirectory();
        var termsByArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var audiences = new Dictionary<string, Audience>(StringComparer.Ordinal);
        var config = new IndexWriterConfig(DutchTeacherAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in articles.Where(a => a.EnglishQuestions.Count > 0))
            {
                audiences[article.Id] = article.Audience;
                var terms = termsByArticle[article.Id] = new HashSet<string>(StringComparer.Ordinal);
                foreach (var question in article.EnglishQuestions)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField(OwnerField, article.Id, Field.Store.YES),
                        new TextField(TextField, question, Field.Store.NO),
                    });
                    terms.UnionWith(Analyze(analyzer, question));
                }
            }

            writer.Commit();
        }

        return new EnglishQuestionIndex(directory, analyzer, termsByArticle, audiences);
    }

    /// <summary>The articles whose English example questions are nearest, for the asker's audience.</summary>
    public EnglishMatch Search(string question, Audience audience)
    {
        var terms = Analyze(question.Length > 4000 ? question[..4000] : question).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0 || termsByArticle.Count == 0)
        {
            return EnglishMatch.None;
        }

        using var lease = new SearcherLease(searchers);
        var searcher = lease.Searcher;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in searcher.Search(query, 200).ScoreDocs)
        {
            var owner = searcher.Doc(hit.Doc).Get(OwnerField, System.Globalization.CultureInfo.InvariantCulture);
            if (!Visible(owner, audience))
            {
                continue;
            }

            var rank = taken.GetValueOrDefault(owner);
            if (rank < 2)
            {
                taken[owner] = rank + 1;
                scores[owner] = scores.GetValueOrDefault(owner) + (hit.Score * (rank == 0 ? 1.0 : SecondQuestionWeight));
            }
        }

        var ordered = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var ranked = ordered.Select(s => s.Key).ToList();
        var relative = ordered.Select(s => ordered[0].Value <= 0 ? 0 : s.Value / ordered[0].Value).ToList();
        var person = terms.Any(personTerms.Contains);
        var intent = terms.Any(intentTerms.Contains)
            || (person && terms.Any(socialTerms.Contains))
            || (person && terms.Any(deviceTerms.Contains) && terms.Any(ruleTerms.Contains));
        var inDomain = intent || terms.Any(t => domainTerms.Contains(t) && !weakTerms.Contains(t));
        if (ranked.Count == 0)
        {
            return new EnglishMatch([], 0, inDomain) { Intent = intent };
        }

        // Coverage as for Dutch: the idf-weighted share of the question's words that the best article's
        // English questions hold; a word no English question has weighs as much as the rarest one.
        var reader = searcher.IndexReader;
        var documents = reader.NumDocs;
        double Idf(string term) => Math.Log(1 + ((documents + 1.0) / (reader.DocFreq(new Term(TextField, term)) + 1.0)));
        var unknownWeight = Math.Log(1 + (documents + 1.0));
        var best = termsByArticle[ranked[0]];
        var total = 0.0;
        var covered = 0.0;
        foreach (var term in terms)
        {
            var weight = reader.DocFreq(new Term(TextField, term)) == 0 ? unknownWeight : Idf(term);
            total += weight;
            if (best.Contains(term))
            {
                covered += weight;
            }
        }

        return new EnglishMatch(ranked, total <= 0 ? 0 : covered / total, inDomain) { Intent = intent, RelativeScores = relative };
    }

    public void Dispose()
    {
        searchers.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    private bool Visible(string owner, Audience audience) =>
        audience is Audience.All or Audience.None || (audiences.GetValueOrDefault(owner) & audience) != 0;

    private List<string> Analyze(string text) => Analyze(analyzer, text);

    private static List<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(TextField, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>English stopwords plus the filler of a staff member's question, which says nothing about the topic.</summary>
    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(DutchTeacherAnalyzer.Version, 120, true);
        set.UnionWith(EnglishAnalyzer.DefaultStopSet);
        foreach (var word in new[]
                 {
                     "i", "i'm", "me", "my", "we", "our", "us", "you", "your", "he", "she", "him", "his", "her", "they", "them", "what",
                     "how", "why", "when", "who", "which", "where", "should", "shall", "do", "does", "did", "can", "could", "would",
                     "may", "might", "must", "have", "has", "had", "about", "from", "any", "some", "just", "also", "than", "so", "very",
                     "really", "get", "got", "go", "going", "one", "someone", "something", "anything", "thing", "things", "know",
                     "want", "like", "hi", "hello", "please", "thanks", "tips", "advice", "help", "best", "way", "deal", "handle",
                     "am", "been", "being", "here", "out", "up", "all", "more", "much", "there", "ok", "okay", "kind", "sort",
                     "allowed", "general", "generally", "actual", "actually", "now", "tell", "say",
                     "says", "still", "everything", "stuff", "anyone", "somebody", "dutch", "netherlands", "teach", "teaching",
                 })
        {
            set.Add(word);
        }

        return set.AsReadOnly();
    }
}
