using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>One searchable passage: a section of an article (or its lead).</summary>
public sealed record Passage(
    string Id,
    string ArticleId,
    string ArticleTitle,
    string SectionId,
    string Heading,
    string Text,
    Audience Audience);

/// <summary>A passage with its score for one query.</summary>
public sealed record PassageHit(Passage Passage, float Score);

/// <summary>How a question touches SafetyBot's domain.</summary>
public enum DomainTouch
{
    /// <summary>No domain word at all ("wanneer begint de kerstvakantie").</summary>
    None,

    /// <summary>Only devices, platforms or media ("de Teams-app crasht").</summary>
    DevicesOnly,

    /// <summary>Online behaviour, a risk, or social safety with its roles and partners.</summary>
    Domain,
}

/// <summary>An article with its combined score for one query and its matching passages, best first.</summary>
public sealed record ArticleHit(string ArticleId, string Title, double Score, IReadOnlyList<PassageHit> Passages);

/// <summary>What a search found, and how much of the question the knowledge base covers.</summary>
public sealed record SearchResult(
    IReadOnlyList<PassageHit> Hits,
    double Coverage,
    IReadOnlyList<string> QueryTerms,
    IReadOnlyList<string> UnknownTerms)
{
    /// <summary>The idf-weighted sum of the question's words that the best article covers: how much topic evidence there is.</summary>
    public double Evidence { get; init; }

    /// <summary>How the question touches SafetyBot's domain (see the domain and device anchors).</summary>
    public DomainTouch Domain { get; init; }

    /// <summary>
    /// In the domain only by a weak domain word beside a device word, naming no pupil or teacher ("wat is
    /// het protocol als ik pleinwacht had … via de app"): too little to keep it from an out-of-scope topic
    /// that is clearly nearer.
    /// </summary>
    public bool ThinDomain { get; init; }

    /// <summary>The question names a pupil or a teacher (<see cref="DomainLexicon.PersonAnchors"/>).</summary>
    public bool NamesPerson { get; init; }

    /// <summary>Whether the question touches SafetyBot's domain at all.</summary>
    public bool InDomain => Domain != DomainTouch.None;

    /// <summary>Articles in rank order, by their best passages and their whole text.</summary>
    public IReadOnlyList<ArticleHit> Articles { get; init; } = [];

    /// <summary>The analysed words the question matches with: its words, their corrections, synonyms and compound parts.</summary>
    public IReadOnlySet<string> MatchTerms { get; init; } = new HashSet<string>();

    /// <summary>
    /// The out-of-scope topic whose example question is nearer to the question than any article's,
    /// if there is one: the question is about something the knowledge base does not cover.
    /// </summary>
    public OutOfScopeTopic? OutOfScope { get; init; }

    /// <summary>The out-of-scope topic with the nearest example questions and how much nearer they are than the nearest article's (diagnostics).</summary>
    public (OutOfScopeTopic? Topic, double Ratio) NearestOutside { get; init; }

    public static SearchResult Empty { get; } = new([], 0, [], []);
}
