namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// What the three searches for one question found, before it is combined into article ranks: the
/// passages, the articles by their article documents, and the example questions (by owner: an article
/// or an out-of-scope topic), each best first.
/// </summary>
internal sealed record SearchEvidence(
    List<PassageHit> Passages,
    Dictionary<string, double> Articles,
    List<(string Owner, float Score)> Questions);
