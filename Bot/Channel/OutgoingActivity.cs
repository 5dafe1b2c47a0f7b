using System.Text.Json.Nodes;

namespace SafetyBot.Bot.Channel;

/// <summary>What the bot sends: a small input type, separate from the read model.</summary>
public sealed class OutgoingActivity
{
    public string Type { get; init; } = ActivityTypes.Message;

    public string? Id { get; set; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public IReadOnlyList<OutgoingAttachment>? Attachments { get; init; }

    public string? Summary { get; init; }

    public string Locale { get; set; } = "nl-NL";

    public string? ReplyToId { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public AccountRef? From { get; set; }

    public AccountRef? Recipient { get; set; }

    public ConversationRef? Conversation { get; set; }

    public JsonObject? ChannelData { get; init; }

    public static OutgoingActivity FromText(string text) => new() { Text = text, TextFormat = "markdown" };

    public static OutgoingActivity FromCard(JsonObject card, string? summary = null) => new()
    {
        Attachments = [new OutgoingAttachment(OutgoingAttachment.AdaptiveCardContentType, card)],
        Summary = summary,
    };

    public static OutgoingActivity TypingIndicator() => new() { Type = ActivityTypes.Typing };
}

public sealed record OutgoingAttachment(string ContentType, JsonNode Content)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}

public sealed record AccountRef(
    string? Id,
    string? Name,
    string? AadObjectId = null,
    string? Role = null)
{
    public static AccountRef? Of(ChannelAccount? account) =>
        account is null ? null : new AccountRef(account.Id, account.Name, account.AadObjectId, account.Role);
}

public sealed record ConversationRef(
    string Id,
    string? ConversationType = null,
    string? TenantId = null,
    bool? IsGroup = null);
