using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SafetyBot.Bot.Channel;

/// <summary>What the bot sends: a small input type, separate from the read model.</summary>
public sealed class OutgoingActivity
{
    public string Type { get; init; } = ActivityTypes.Message;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TextFormat { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<OutgoingAttachment>? Attachments { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Summary { get; init; }

    public string Locale { get; set; } = "nl-NL";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplyToId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChannelId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ServiceUrl { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? From { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Recipient { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConversationRef? Conversation { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AadObjectId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role = null)
{
    public static AccountRef? Of(ChannelAccount? account) =>
        account is null ? null : new AccountRef(account.Id, account.Name, account.AadObjectId, account.Role);
}

public sealed record ConversationRef(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ConversationType = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TenantId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsGroup = null);
