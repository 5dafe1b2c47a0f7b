namespace SafetyBot.Bot.Channel;

/// <summary>Where a turn's replies go: the HTTP body (expectReplies) or the Connector.</summary>
public interface IReplySink
{
    /// <summary>Sends one addressed activity; returns the id the channel gave it, when it gives one.</summary>
    Task<string?> SendAsync(Activity incoming, OutgoingActivity reply, CancellationToken cancellationToken);

    /// <summary>Replaces an earlier activity of the bot for everyone (<c>PUT</c>).</summary>
    Task UpdateAsync(Activity incoming, string activityId, OutgoingActivity reply, CancellationToken cancellationToken);
}

/// <summary>expectReplies: replies are collected and returned in the HTTP response body.</summary>
public sealed class BufferedReplySink : IReplySink
{
    private readonly List<OutgoingActivity> replies = [];
    private readonly Lock gate = new();

    public IReadOnlyList<OutgoingActivity> Replies
    {
        get
        {
            lock (gate)
            {
                return [.. replies];
            }
        }
    }

    public Task<string?> SendAsync(Activity incoming, OutgoingActivity reply, CancellationToken cancellationToken)
    {
        // A typing indicator in a batch of replies would show nothing useful.
        if (reply.Type == ActivityTypes.Typing)
        {
            return Task.FromResult<string?>(null);
        }

        lock (gate)
        {
            replies.Add(reply);
        }

        return Task.FromResult<string?>(null);
    }

    public Task UpdateAsync(Activity incoming, string activityId, OutgoingActivity reply, CancellationToken cancellationToken)
    {
        reply.Id = activityId;
        lock (gate)
        {
            replies.Add(reply);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Replies posted to the Connector REST API at the activity's serviceUrl.</summary>
public sealed class ConnectorReplySink(IConnectorClient connector) : IReplySink
{
    public async Task<string?> SendAsync(Activity incoming, OutgoingActivity reply, CancellationToken cancellationToken)
    {
        var response = await connector.SendAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, incoming.Id, reply, cancellationToken);
        return response.Id;
    }

    public Task UpdateAsync(Activity incoming, string activityId, OutgoingActivity reply, CancellationToken cancellationToken) =>
        connector.UpdateAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activityId, reply, cancellationToken);
}
