namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// A word of the question as the index knows it: the word or its typo correction, its synonyms and
/// compound parts that occur in the index, and its weight (idf). A word carried over from the question a
/// follow-up continues counts less than the follow-up's own words (<see cref="Boost"/>).
/// </summary>
internal sealed record QueryWord(
    string Text,
    IReadOnlyList<string> Variants,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Parts,
    IReadOnlyList<string> AllSynonyms,
    double Weight)
{
    /// <summary>How much the word counts in the query and the coverage: 1 for the question's own words.</summary>
    public double Boost { get; init; } = 1.0;
}
