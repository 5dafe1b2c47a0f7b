namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Every tuned number of the search: field boosts, how a query word's alternatives count, how the
/// three kinds of evidence combine into an article's rank, when a question is referred on, and when a
/// word counts as a typo or a domain word. <see cref="Default"/> is what ships; how each number was
/// chosen is in docs/retrieval.md ("Tuning history"), which every change to one of them should extend.
/// </summary>
internal sealed record RankingWeights
{
    /// <summary>The shipped weights.</summary>
    public static RankingWeights Default { get; } = new();

    // Field boosts (the text fields count 1).

    /// <summary>An article's title, in its passages and in its article document.</summary>
    public float TitleBoost { get; init; } = 1.6f;

    /// <summary>A passage's heading.</summary>
    public float HeadingBoost { get; init; } = 1.2f;

    /// <summary>An article's tags, in its passages and in its article document.</summary>
    public float TagsBoost { get; init; } = 1.3f;

    /// <summary>The example questions as a field of the article document.</summary>
    public float ExampleQuestionsBoost { get; init; } = 1.0f;

    // A query word's alternatives: one clause per typed word, the best alternative counts.

    /// <summary>How much of the word a synonym counts at most: it stands in for what the teacher typed.</summary>
    public float SynonymBoost { get; init; } = 0.5f;

    /// <summary>A synonym whose boost, scaled by idf(word) / idf(synonym), ends below this is left out of the query.</summary>
    public float MinSynonymBoost { get; init; } = 0.1f;

    /// <summary>A compound's parts together, which match less surely than the compound ("kerstvakantie" → vakantie).</summary>
    public float PartBoost { get; init; } = 0.5f;

    /// <summary>A corrected typo, which is probably, not surely, the word meant.</summary>
    public float FuzzyBoost { get; init; } = 0.8f;

    /// <summary>How much the other alternatives of a word add to the best one (0: a word counts once).</summary>
    public float AlternativesTieBreaker { get; init; }

    /// <summary>How much a word's matches in further fields add to its best field.</summary>
    public float FieldTieBreaker { get; init; } = 0.1f;

    /// <summary>A "synonym" that begins with the word, or that the word begins with, is a form of it when both have at least this many letters.</summary>
    public int MinFormLength { get; init; } = 4;

    // Which words count.

    /// <summary>An unknown word this short (or a number) is dropped from the question rather than counted as unknown ("nr", "groep 8").</summary>
    public int MaxDroppedUnknownLength { get; init; } = 2;

    /// <summary>Words shorter than this are not corrected as typos.</summary>
    public int MinCorrectedLength { get; init; } = 5;

    /// <summary>Words of this many letters or more are corrected at edit distance 2, shorter ones at 1.</summary>
    public int TwoEditsFromLength { get; init; } = 8;

    /// <summary>A typo correction to a domain or device word counts as that word from this length of the typed word ("instagarm", not "snapp").</summary>
    public int MinCorrectedDomainWordLength { get; init; } = 6;

    /// <summary>A compound part counts as a domain or device word from this length ("oudergroepsapp", not "snappen" → app).</summary>
    public int MinDomainPartLength { get; init; } = 5;

    /// <summary>A device or platform name counts inside a compound the dictionary splits otherwise from this length ("snapchatgroep").</summary>
    public int MinDeviceNameInCompoundLength { get; init; } = 6;

    // Evidence and article rank.

    /// <summary>How many passages, articles and example questions each search scores before the best are kept.</summary>
    public int CandidatePool { get; init; } = 50;

    /// <summary>The share of an article's rank that its article document (whole text, title, tags, example questions) gives.</summary>
    public double ArticleEvidenceWeight { get; init; } = 0.45;

    /// <summary>The share of an article's rank that its nearest example questions give.</summary>
    public double QuestionEvidenceWeight { get; init; } = 0.45;

    /// <summary>The share of an article's rank that its passages give: the rest. They break ties and give the answer its sentences.</summary>
    public double PassageEvidenceWeight => 1 - ArticleEvidenceWeight - QuestionEvidenceWeight;

    /// <summary>An article's passage evidence is its best passage plus this much of each further matching passage.</summary>
    public double FurtherPassageWeight { get; init; } = 0.15;

    /// <summary>How many of an article's (or out-of-scope topic's) nearest example questions count.</summary>
    public int NearestQuestions { get; init; } = 3;

    /// <summary>How much the nearest example question counts.</summary>
    public double NearestQuestionWeight { get; init; } = 1.0;

    /// <summary>How much each further near example question counts.</summary>
    public double FurtherQuestionWeight { get; init; } = 0.3;

    /// <summary>The example-question evidence is divided by this, the weight of a full set of near questions.</summary>
    public double QuestionNormalizer => NearestQuestionWeight + ((NearestQuestions - 1) * FurtherQuestionWeight);

    /// <summary>An out-of-scope topic's example questions must be nearer than every article's by this factor before the question is referred on.</summary>
    public double OutOfScopeMargin { get; init; } = 1.0;

    /// <summary>
    /// A word of the question a follow-up continues ("en als hij 16 is?") counts this much of the
    /// follow-up's own words, in the query and the coverage: the new words say where the teacher is going.
    /// </summary>
    public double FollowUpContextBoost { get; init; } = 0.5;

    /// <summary>A compound matched only through its parts covers at most this share of its weight: the rest of the word is unknown.</summary>
    public double PartCoverage { get; init; } = 0.5;

    // Execution.

    /// <summary>
    /// From this many documents on, Boolean queries are scored out of document order (in windows):
    /// faster on a large index, slower on a small one. Scores and ranks are the same either way.
    /// </summary>
    public int OutOfOrderFromDocuments { get; init; } = 5_000;
}
