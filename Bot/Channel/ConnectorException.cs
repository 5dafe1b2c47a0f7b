using System.Net;

namespace SafetyBot.Bot.Channel;

/// <summary>How sure we are that a failed send did not reach the conversation.</summary>
public enum DeliveryFailure
{
    /// <summary>The connector said no (4xx other than 429/412, or a refused connection): it did not land.</summary>
    NotDelivered,

    /// <summary>Timeout, 502 or 504: the message may have landed; never resend blindly.</summary>
    Ambiguous,

    /// <summary>The conversation is gone or the bot was removed (403/404).</summary>
    ConversationGone,
}

public sealed class ConnectorException(DeliveryFailure failure, HttpStatusCode? status, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public DeliveryFailure Failure { get; } = failure;
    public HttpStatusCode? Status { get; } = status;
}
