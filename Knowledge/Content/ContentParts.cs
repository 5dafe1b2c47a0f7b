namespace SafetyBot.Knowledge.Content;

/// <summary>
/// What the folder readers have read so far, in file order. The loader checks it across files and
/// builds the knowledge base from it.
/// </summary>
internal sealed class ContentParts
{
    public List<Article> Articles { get; } = [];
    public List<IncidentPlan> Incidents { get; } = [];
    public List<HelpLine> HelpLines { get; } = [];

    /// <summary>The English translations of the plans and help lines (<c>incident/en/</c>).</summary>
    public List<IncidentPlan> EnglishIncidents { get; } = [];
    public List<HelpLine> EnglishHelpLines { get; } = [];

    /// <summary>The id of the help lines file, a link target too; null when there is none.</summary>
    public string? HelpLinesId { get; set; }

    /// <summary>The model protocol; with several protocol files, the last one read.</summary>
    public ProtocolDocument? Protocol { get; set; }

    public List<WeeklyDilemma> Weekly { get; } = [];
    public List<QuizQuestion> Quiz { get; } = [];
    public List<OutOfScopeTopic> OutOfScope { get; } = [];

    /// <summary>The <c>confirm:</c> entries of every file, in file order.</summary>
    public List<FactToConfirm> FactsToConfirm { get; } = [];
}
