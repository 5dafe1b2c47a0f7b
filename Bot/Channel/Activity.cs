using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyBot.Bot.Channel;

/// <summary>
/// Read model of an incoming Bot Framework activity: the fields SafetyBot uses, everything else kept
/// in <see cref="ExtensionData"/> so nothing the channel sent is lost.
/// </summary>
public sealed class Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? Text { get; init; }
    public string? Locale { get; init; }
    public string? ReplyToId { get; init; }
    public string? DeliveryMode { get; init; }

    /// <summary>The name of an invoke (e.g. <c>adaptiveCard/action</c>) or event.</summary>
    public string? Name { get; init; }

    /// <summary>For installationUpdate: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, …</summary>
    public string? Action { get; init; }

    /// <summary>Card data: the invoke payload, or the data of an Action.Submit message.</summary>
    public JsonElement? Value { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public IReadOnlyList<JsonElement>? Entities { get; init; }
    public TeamsChannelData? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }

    public bool ExpectsReplies =>
        string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant, from channelData (Teams) or the conversation.</summary>
    public string? TenantId => ChannelData?.Tenant?.Id ?? Conversation?.TenantId;
}

public sealed class ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}

public sealed class ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}

/// <summary>The parts of Teams' channelData the bot reads.</summary>
public sealed class TeamsChannelData
{
    public TeamsEntity? Tenant { get; init; }
    public TeamsEntity? Team { get; init; }
    public TeamsEntity? Channel { get; init; }
    public string? EventType { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}

public sealed class TeamsEntity
{
    public string? Id { get; init; }
    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
    public const string InvokeResponse = "invokeResponse";

    private static readonly string[] Known = [Message, Invoke, ConversationUpdate, InstallationUpdate, MessageReaction, Typing, "event", "endOfConversation", "messageUpdate", "messageDelete"];

    /// <summary>The type as a known constant, or "other": the field is caller-controlled and logs stay clean.</summary>
    public static string ForLog(string? type) =>
        Known.FirstOrDefault(k => string.Equals(k, type, StringComparison.OrdinalIgnoreCase)) ?? "other";
}

public static class DeliveryModes
{
    public const string ExpectReplies = "expectReplies";
}

public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
