namespace SafetyBot.Knowledge.Retrieval.Indexing;

/// <summary>
/// A field a query searches, its boost, and the vocabulary fields its words come from (as bits of
/// <see cref="IndexFields.VocabularyFields"/>), so that a query asks a field only for words it holds.
/// </summary>
internal readonly record struct SearchField(string Name, float Boost, int Sources);
