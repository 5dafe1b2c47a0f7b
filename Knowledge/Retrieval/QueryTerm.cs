namespace SafetyBot.Knowledge.Retrieval;

/// <summary>An analysed query word; secondary ones share the position of the word they came from.</summary>
internal sealed record QueryTerm(string Text, bool Secondary, bool Synonym);
