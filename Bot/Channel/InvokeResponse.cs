using System.Text.Json.Nodes;

namespace SafetyBot.Bot.Channel;

/// <summary>The inline answer to an invoke activity: HTTP status and body.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    public const string AdaptiveCardActionName = "adaptiveCard/action";

    /// <summary>Answers an <c>adaptiveCard/action</c> with a card that replaces the clicked card for the clicking user.</summary>
    public static InvokeResponse Card(JsonObject card) => new(StatusCodes.Status200OK, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = OutgoingAttachment.AdaptiveCardContentType,
        ["value"] = card,
    });

    /// <summary>Answers an <c>adaptiveCard/action</c> with a short message shown by the client.</summary>
    public static InvokeResponse Message(string text) => new(StatusCodes.Status200OK, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    });

    /// <summary>
    /// The plain acknowledgement, for a card action answered by what the handler sent (or with nothing to
    /// add): an <c>adaptiveCard/action</c> invoke gets the short message "OK"; the same verb in an
    /// Action.Submit message gets no inline answer (a plain 200, or the replies with expectReplies).
    /// </summary>
    public static InvokeResponse Acknowledged => Message("OK") with { IsAcknowledgement = true };

    /// <summary>True for <see cref="Acknowledged"/>: the router writes no inline answer for it on a message.</summary>
    public bool IsAcknowledgement { get; private init; }

    public static InvokeResponse BadRequest(string reason) => new(StatusCodes.Status200OK, new JsonObject
    {
        ["statusCode"] = 400,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = reason },
    });

    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented, null);
}
