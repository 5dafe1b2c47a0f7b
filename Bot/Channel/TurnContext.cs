using System.Text.Json;

namespace SafetyBot.Bot.Channel;

/// <summary>One incoming activity being handled: what came in, how to answer, and the turn's deadline.</summary>
public sealed class TurnContext(Activity activity, IReplySink replies, IServiceProvider services, CancellationToken cancellationToken)
{
    public Activity Activity { get; } = activity;

    public IServiceProvider Services { get; } = services;

    /// <summary>Cancelled when the turn's time is up or the caller went away.</summary>
    public CancellationToken Cancellation { get; } = cancellationToken;

    /// <summary>The message text without Teams' &lt;at&gt; mentions, trimmed.</summary>
    public string Text { get; } = MentionText.Strip(activity.Text);

    /// <summary>
    /// The inline HTTP answer: what the card action or invoke handler returned (written by the router),
    /// the router's own answer to an unknown verb or invoke, or the rate limiter's.
    /// </summary>
    public InvokeResponse? InvokeResponse { get; internal set; }

    /// <summary>The name of the route that handled the turn (for logs; never user text).</summary>
    public string? RouteName { get; internal set; }

    public bool IsPersonal => string.Equals(Activity.Conversation?.ConversationType, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase)
        || string.IsNullOrEmpty(Activity.Conversation?.ConversationType);

    public bool IsChannel => string.Equals(Activity.Conversation?.ConversationType, ConversationTypes.Channel, StringComparison.OrdinalIgnoreCase);

    /// <summary>Sends a reply to the conversation of the incoming activity.</summary>
    public Task<string?> SendAsync(OutgoingActivity reply) => replies.SendAsync(Activity, Address(reply), Cancellation);

    public Task<string?> SendTextAsync(string text) => SendAsync(OutgoingActivity.FromText(text));

    public Task<string?> SendCardAsync(System.Text.Json.Nodes.JsonObject card, string? summary = null) =>
        SendAsync(OutgoingActivity.FromCard(card, summary));

    /// <summary>Replaces an earlier message of the bot for everyone.</summary>
    public Task UpdateAsync(string activityId, OutgoingActivity reply) =>
        replies.UpdateAsync(Activity, activityId, Address(reply), Cancellation);

    /// <summary>The card action data: the invoke's <c>action.data</c>, or an Action.Submit message's value; always a JSON object, or null.</summary>
    public JsonElement? ActionData
    {
        get
        {
            if (Activity.Value is not { ValueKind: JsonValueKind.Object } value)
            {
                return null;
            }

            if (Activity.IsType(ActivityTypes.Invoke)
                && value.TryGetProperty("action", out var action)
                && action.ValueKind == JsonValueKind.Object)
            {
                // Card data is always an object; anything else is treated as no data (the flows then answer 400).
                return action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : null;
            }

            return value;
        }
    }

    /// <summary>A string field of the card action data (e.g. "articleId"), or null when absent, not a string, or not valid UTF-16.</summary>
    public string? ActionString(string name)
    {
        if (ActionData is not { } data || !data.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape ("\ud800") is valid JSON but no string: the field is treated as absent.
            return null;
        }
    }

    /// <summary>Addresses a reply: same conversation, from and recipient swapped, replyToId set, nl-NL.</summary>
    public OutgoingActivity Address(OutgoingActivity reply)
    {
        reply.From ??= AccountRef.Of(Activity.Recipient);
        reply.Recipient ??= AccountRef.Of(Activity.From);
        reply.Conversation ??= new ConversationRef(
            Activity.Conversation!.Id!,
            Activity.Conversation.ConversationType,
            Activity.Conversation.TenantId,
            Activity.Conversation.IsGroup);
        reply.ReplyToId ??= Activity.Id;
        reply.ChannelId ??= Activity.ChannelId;
        reply.ServiceUrl ??= Activity.ServiceUrl;
        reply.Locale = "nl-NL";
        return reply;
    }
}
