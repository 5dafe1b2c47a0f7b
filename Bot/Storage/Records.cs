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

    /// <summary>
    /// A 1:1 chat's last activity (set by every write and every turn of its user, see
    /// <see cref="IUserActivityStore"/>); it expires after Storage:RetentionDays. Null for a team or group chat.
    /// </summary>
    public DateTimeOffset? LastActiveAt { get; init; }

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

    /// <summary><c>po</c>, <c>vo</c>, <c>mbo</c> or a comma-separated mix; overrides School:Audience for the weekly dilemmas.</summary>
    public string? Audience { get; init; }

    /// <summary>Set when the connector answered 403/404 for the team's channel; cleared when the bot is added again.</summary>
    public DateTimeOffset? UnreachableSince { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
    public long Version { get; init; }
}

/// <summary>What a user chose once, e.g. their audience (po, vo, mbo).</summary>
public sealed record UserPreference
{
    public required string UserKey { get; init; }
    public string? Audience { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The user's last activity (any turn, see <see cref="IUserActivityStore"/>); it expires after Storage:RetentionDays.</summary>
    public DateTimeOffset? LastActiveAt { get; init; }

    public long Version { get; init; }
}

/// <summary>
/// "Was dit nuttig?": one user's rating of one article. One per (user, subject): a new rating replaces
/// it (the store's unique key), so a user counts once per article however often they click.
/// </summary>
public sealed record FeedbackEntry
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string UserKey { get; init; }

    /// <summary>The rated article's id, checked against the knowledge base by the flow; never user text.</summary>
    public required string Subject { get; init; }

    public bool Useful { get; init; }

    /// <summary>The optional "what did you miss", capped and names masked by the flow before it is stored.</summary>
    public string? Reason { get; init; }

    /// <summary>When the latest rating was given (a replaced rating takes the new time).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public long Version { get; init; }
}

/// <summary>One subject's ratings: how many users found it useful and not useful. Counts only, never who.</summary>
public sealed record FeedbackTally(string Subject, int Useful, int NotUseful);

/// <summary>An unanswered question (masked) and how often it was asked.</summary>
public sealed record QuestionCount(string MaskedText, int Count);

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

/// <summary>Where a weekly card stands: claimed and being sent, in the channel, or failed (and how).</summary>
public enum WeeklyPostStatus
{
    /// <summary>Claimed; the send has not finished. Found after a crash it counts as ambiguous: never resent.</summary>
    Sending,

    /// <summary>In the channel; <see cref="WeeklyPost.ActivityId"/> is the card to update.</summary>
    Sent,

    /// <summary>The connector proved it did not land (e.g. 400, refused connection): the claim may be taken again.</summary>
    NotDelivered,

    /// <summary>Timeout, 502 or 504: it may have landed; recorded, never resent.</summary>
    Ambiguous,

    /// <summary>403/404: the conversation is gone or the bot was removed; it did not land, so once the bot is added again it may be sent.</summary>
    ConversationGone,
}

/// <summary>
/// One team's card of one ISO week. The (team, week) key is the claim that keeps a card from being
/// posted twice, whichever instance or request gets there first.
/// </summary>
public sealed record WeeklyPost
{
    public required string TeamId { get; init; }

    /// <summary>ISO week, e.g. <c>2026-W48</c>.</summary>
    public required string Week { get; init; }

    public required string DilemmaId { get; init; }
    public required string ConversationId { get; init; }
    public required string ServiceUrl { get; init; }
    public string? ActivityId { get; init; }
    public WeeklyPostStatus Status { get; init; }

    /// <summary>A short technical reason for a failed send (a status code), never user text.</summary>
    public string? Failure { get; init; }

    public bool Revealed { get; init; }

    /// <summary>
    /// After the reveal: how many voters the shared card counted at its last update. The shared counts
    /// move only when at least <c>WeeklyTallyRules.Step</c> more have voted (docs/privacy.md, "Weekly votes").
    /// </summary>
    public int? ShownVoters { get; init; }

    /// <summary>The send provably did not land, so the week's claim may be taken again.</summary>
    public bool MayBeSentAgain => Status is WeeklyPostStatus.NotDelivered or WeeklyPostStatus.ConversationGone;

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public long Version { get; init; }
}

/// <summary>
/// The votes on one weekly card: counts per option (1-based index 0 = option 1), never who chose what;
/// <see cref="VoterRefs"/> in ordinal order of the ids, never in the order of the votes.
/// </summary>
public sealed record WeeklyTally(IReadOnlyList<int> Counts, int Voters, IReadOnlyList<string> VoterRefs);

/// <summary>
/// One user's quiz round: its questions in order, the answers so far (the chosen answer's index in
/// the question file, -1 while unanswered), where the user is, and whether the round ended.
/// </summary>
public sealed record QuizRound
{
    public required string Id { get; init; }
    public required string UserKey { get; init; }
    public required IReadOnlyList<string> QuestionIds { get; init; }
    public required IReadOnlyList<int> Answers { get; init; }

    /// <summary>The index of the question the user is on; equals the count once all are answered.</summary>
    public int Position { get; init; }

    public bool Finished { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public long Version { get; init; }
}

/// <summary>
/// A user's progress on one question (Leitner boxes): box 0 and <see cref="Mastered"/> once known;
/// a miss puts it in box 1, due again after a day; each right answer moves it up a box (3 and 7
/// days) until it has been answered right twice after the miss.
/// </summary>
public sealed record QuizProgress
{
    public required string UserKey { get; init; }
    public required string QuestionId { get; init; }

    /// <summary>The question's topic, so aggregates need no join with the content.</summary>
    public required string Topic { get; init; }

    public int Box { get; init; }
    public int RightStreak { get; init; }
    public bool Mastered { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public int TimesAnswered { get; init; }
    public int TimesRight { get; init; }
    public DateTimeOffset LastAnsweredAt { get; init; }
}

/// <summary>School-wide quiz results: counts only, never who.</summary>
public sealed record QuizOverview(int Participants, int FinishedRounds, IReadOnlyList<QuizTopicScore> Topics);

public sealed record QuizTopicScore(string Topic, int Participants, int Answered, int Right);

/// <summary>One user's vote on a weekly card, with the dilemma of that card when the post is still known.</summary>
public sealed record UserVote(string TeamId, string Week, int Choice, string? DilemmaId, bool HasUserRef, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>Everything stored under one user's key (right of access), newest first within each list.</summary>
public sealed record UserDataReport(
    UserPreference? Preference,
    IReadOnlyList<FeedbackEntry> Feedback,
    IReadOnlyList<UnansweredQuestion> Questions,
    IReadOnlyList<UserVote> Votes,
    IReadOnlyList<QuizRound> QuizRounds,
    IReadOnlyList<QuizProgress> QuizProgress,
    IReadOnlyList<ConversationReference> Conversations,
    IReadOnlyList<AuditEntry> AuditEntries)
{
    /// <summary>The stored follow-up context, if any (shown whether or not it is still fresh: it is stored).</summary>
    public FollowUpContextRecord? FollowUp { get; init; }

    public bool IsEmpty =>
        Preference is null && Feedback.Count == 0 && Questions.Count == 0 && Votes.Count == 0
        && QuizRounds.Count == 0 && QuizProgress.Count == 0 && Conversations.Count == 0 && AuditEntries.Count == 0 && FollowUp is null;
}

/// <summary>
/// One entry of the audit log of admin actions (docs/privacy.md, "Audit log"): who (the actor's user key,
/// the Entra object id; never a name), what (<see cref="AuditActions"/>), on what (a team or conversation
/// id, a setting and its old and new value), when, in which tenant. Never free text a user typed.
/// </summary>
public sealed record AuditEntry
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>The actor's user key; after their "vergeet mij" a pseudonym (<see cref="AuditActor.ErasedPrefix"/>).</summary>
    public required string ActorKey { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    public string? TenantId { get; init; }

    /// <summary>The team or conversation acted on, when there is one.</summary>
    public string? Target { get; init; }

    /// <summary>For a setting change: the setting's name and its values before and after (never free text).</summary>
    public string? Setting { get; init; }

    public string? OldValue { get; init; }
    public string? NewValue { get; init; }

    /// <summary>What else identifies the action, set by the bot, never typed by a user (e.g. the ISO week of a weekly card).</summary>
    public string? Detail { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// What a follow-up in a 1:1 chat needs of the last answer (docs/design.md, "Follow-up questions"): its
/// article and section ids and the analysed words of the masked question, never its text. Read only
/// within <see cref="Lifetime"/> of <see cref="SavedAt"/>.
/// </summary>
public sealed record FollowUpContextRecord
{
    /// <summary>A message this long after the last answer is a question of its own.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public required string UserKey { get; init; }
    public required string ArticleId { get; init; }
    public required IReadOnlyList<string> SectionIds { get; init; }
    public required IReadOnlyList<string> Terms { get; init; }
    public DateTimeOffset SavedAt { get; init; }
}
