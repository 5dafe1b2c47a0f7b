using System.Text.Json;

namespace SafetyBot.LoadTest;

/// <summary>What one expectReplies response turned out to be.</summary>
public enum ReplyKind
{
    /// <summary>The answer card ("Antwoord van SafetyBot").</summary>
    Answer,

    /// <summary>The honest "Dat weet ik niet" card.</summary>
    Unknown,

    /// <summary>The act-now card (the plan's title as summary), followed by its article card.</summary>
    Incident,

    /// <summary>The echo baseline's card.</summary>
    Echo,

    /// <summary>The polite over-the-limit text: the rate limiter answered, not the bot. An error for this measurement.</summary>
    RateLimited,

    /// <summary>A 200 without a card (e.g. the apology text, or an empty list): an error.</summary>
    NoCard,

    /// <summary>Not a 200, or not JSON: an error.</summary>
    BadResponse,
}

public static class Replies
{
    private const string RateLimitedText = "Je stuurt me nu wel heel veel berichten tegelijk";
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public static bool IsError(ReplyKind kind) => kind is ReplyKind.RateLimited or ReplyKind.NoCard or ReplyKind.BadResponse;

    /// <summary>Classifies a 200 body: the first activity with an Adaptive Card decides, by its summary.</summary>
    public static ReplyKind Classify(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
            {
                return ReplyKind.BadResponse;
            }

            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                    && text.GetString()!.StartsWith(RateLimitedText, StringComparison.Ordinal))
                {
                    return ReplyKind.RateLimited;
                }

                if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var attachment in attachments.EnumerateArray())
                {
                    if (attachment.TryGetProperty("contentType", out var type) && type.ValueEquals(AdaptiveCard)
                        && attachment.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object)
                    {
                        var summary = activity.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                        return summary switch
                        {
                            "Antwoord van SafetyBot" => ReplyKind.Answer,
                            "Dat weet ik niet" => ReplyKind.Unknown,
                            "echo" => ReplyKind.Echo,
                            { Length: > 0 } => ReplyKind.Incident,
                            _ => ReplyKind.NoCard,
                        };
                    }
                }
            }

            return ReplyKind.NoCard;
        }
        catch (JsonException)
        {
            return ReplyKind.BadResponse;
        }
    }
}
