namespace SafetyBot.Knowledge.Content;

/// <summary>All content, loaded once: articles, incident plans, help lines and the model protocol.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, ContentDocument> byId;

    public KnowledgeBase(
        IReadOnlyList<Article> articles,
        IReadOnlyList<IncidentPlan> incidents,
        IReadOnlyList<HelpLine> helpLines,
        ProtocolDocument? modelProtocol,
        string sourceDescription)
    {
        Articles = articles;
        Incidents = incidents;
        HelpLines = helpLines;
        ModelProtocol = modelProtocol;
        SourceDescription = sourceDescription;
        byId = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var document in articles.Cast<ContentDocument>().Concat(incidents).Concat(modelProtocol is null ? [] : [modelProtocol]))
        {
            byId.TryAdd(document.Id, document);
        }
    }

    /// <summary>The English translations of the plans (<c>incident/en/</c>); a type without one falls back to the Dutch plan.</summary>
    public IReadOnlyList<IncidentPlan> EnglishIncidents
    {
        get => englishIncidents;
        init
        {
            englishIncidents = value;
            foreach (var plan in value)
            {
                byId.TryAdd(plan.Id, plan);
            }
        }
    }

    /// <summary>The English national help lines, with the keys of <see cref="HelpLines"/>.</summary>
    public IReadOnlyList<HelpLine> EnglishHelpLines { get; init; } = [];

    private readonly IReadOnlyList<IncidentPlan> englishIncidents = [];

    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyList<IncidentPlan> Incidents { get; }
    public IReadOnlyList<HelpLine> HelpLines { get; }
    public ProtocolDocument? ModelProtocol { get; }
    public string SourceDescription { get; }

    /// <summary>Subjects the knowledge base knows it does not cover (content/outofscope), with example questions.</summary>
    public IReadOnlyList<OutOfScopeTopic> OutOfScope { get; init; } = [];

    /// <summary>The weekly discussion dilemmas (content/weekly), in id order.</summary>
    public IReadOnlyList<WeeklyDilemma> Weekly { get; init; } = [];

    /// <summary>The basic-knowledge quiz questions (content/quiz), in id order.</summary>
    public IReadOnlyList<QuizQuestion> Quiz { get; init; } = [];

    /// <summary>Facts that can change, marked <c>confirm:</c> in any content file's front matter (<c>kb review</c> lists them).</summary>
    public IReadOnlyList<FactToConfirm> FactsToConfirm { get; init; } = [];

    public WeeklyDilemma? WeeklyDilemma(string id) => Weekly.FirstOrDefault(w => string.Equals(w.Id, id, StringComparison.Ordinal));

    public QuizQuestion? QuizQuestion(string id) => Quiz.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));

    public ContentDocument? Find(string id) => byId.GetValueOrDefault(id);

    public Article? Article(string id) => byId.GetValueOrDefault(id) as Article;

    public IncidentPlan? Incident(IncidentType type) => Incidents.FirstOrDefault(i => i.IncidentType == type);

    /// <summary>The plan in the language asked for, else the Dutch one.</summary>
    public IncidentPlan? Incident(IncidentType type, ContentLanguage language) =>
        (language == ContentLanguage.English ? EnglishIncidents.FirstOrDefault(i => i.IncidentType == type) : null) ?? Incident(type);

    public HelpLine? HelpLine(string key) => HelpLines.FirstOrDefault(h => string.Equals(h.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>A help line in the language asked for, else the Dutch one.</summary>
    public HelpLine? HelpLine(string key, ContentLanguage language) =>
        (language == ContentLanguage.English ? EnglishHelpLines.FirstOrDefault(h => string.Equals(h.Key, key, StringComparison.OrdinalIgnoreCase)) : null) ?? HelpLine(key);
}
