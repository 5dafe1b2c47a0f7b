namespace SafetyBot.Knowledge.Retrieval;

/// <summary>A sentence of a passage with its analysed words.</summary>
internal sealed record ScoredSentence(string Text, string[] Terms);
