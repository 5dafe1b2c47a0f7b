namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// A word of the question as the index knows it: the word or its typo correction, its synonyms and
/// compound parts that occur in the index, and its weight (idf).
/// </summary>
internal sealed record QueryWord(
    string Text,
    IReadOnlyList<string> Variants,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Parts,
    IReadOnlyList<string> AllSynonyms,
    double Weight);
