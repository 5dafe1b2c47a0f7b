namespace SafetyBot.Cards;

public sealed record CardTopic(string ArticleId, string Title);
