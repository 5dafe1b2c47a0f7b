namespace SafetyBot.Cards;

/// <summary>A source of an answer; <paramref name="Number"/> is the [n] a generated answer cites it by.</summary>
public sealed record CardSource(string ArticleId, string Title, string? Section, int? Number = null);
