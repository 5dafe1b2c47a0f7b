namespace SafetyBot.Bot.Storage;

/// <summary>
/// Where the bot can post later (proactively): one per conversation it is installed in. No user names;
/// <see cref="UserKey"/> is set only for a personal chat, so that "forget me" removes it.
/// </summary>
public sealed record ConversationReference
{
    public required string ConversationId { get; init; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public required string ConversationType { get; init; }

    public string? TenantId { get; init; }
    public string? TeamId { get; init; }
    public string? ChannelId { get; init; }
    public required string ServiceUrl { get; init; }
    public string? BotId { get; init; }
    public string? BotName { get; init; }
    public string? UserKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>0 for a record not stored yet; the store increments it on every write.</summary>
    public long Version { get; init; }
}

/// <summary>A team's own settings; empty fields fall back to the deployment's defaults.</summary>
public sealed record TeamSettings
{
    public required string TeamId { get; init; }
    public string? TenantId { get; init; }

    /// <summary><c>noord</c>, <c>midden</c> or <c>zuid</c>; overrides School:Region.</summary>
    public string? Region { get; init; }

    /// <summary>A cron expression; overrides Weekly:Schedule.</summary>
    public string? WeeklySchedule { get; init; }

    public string? WeeklyTimeZone { get; init; }
    public bool WeeklyPaused { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public long Version { get; init; }
}

/// <summary>What a user chose once, e.g. their audience (po, vo, mbo).</summary>
public sealed record UserPreference
{
    public required string UserKey { get; init; }
    public string? Audience { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public long Version { get; init; }
}

/// <summary>"Was dit nuttig?": one answer's rating. Written once, never changed.</summary>
public sealed record FeedbackEntry
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string UserKey { get; init; }

    /// <summary>What was rated, e.g. an article id; never user text.</summary>
    public required string Subject { get; init; }

    public bool Useful { get; init; }

    /// <summary>The optional "what did you miss", names masked by the flow before it is stored.</summary>
    public string? Reason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public long Version { get; init; }
}

/// <summary>A question the knowledge base could not answer. The flow masks names before it stores the text.</summary>
public sealed record UnansweredQuestion
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string UserKey { get; init; }
    public required string MaskedText { get; init; }
    public string? Audience { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public long Version { get; init; }
}
