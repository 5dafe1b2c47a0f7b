namespace SafetyBot.Bot.Storage;

// Small, focused store interfaces. Versioned records follow one rule: SaveAsync with Version 0 inserts,
// with Version n updates only if the stored version is still n; otherwise it throws
// ConcurrencyConflictException. The returned record carries the new version.

public interface IConversationReferenceStore
{
    Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    Task<ConversationReference> SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    /// <summary>Deletes the reference of one conversation; returns how many were deleted.</summary>
    Task<int> DeleteAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Deletes every reference inside a team (the bot was removed from the whole team).</summary>
    Task<int> DeleteTeamAsync(string teamId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken = default);
}

public interface ITeamSettingsStore
{
    Task<TeamSettings?> GetAsync(string teamId, CancellationToken cancellationToken = default);

    Task<TeamSettings> SaveAsync(TeamSettings settings, CancellationToken cancellationToken = default);

    /// <summary>The bot was removed from the team: its settings go; returns how many were deleted.</summary>
    Task<int> DeleteAsync(string teamId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TeamSettings>> ListAsync(CancellationToken cancellationToken = default);
}

public interface IWeeklyStore
{
    Task<WeeklyPost?> GetPostAsync(string teamId, string week, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims (team, week) for <paramref name="post"/> with status Sending. True when this caller won:
    /// nobody had claimed the week, or the earlier send provably did not land
    /// (<see cref="WeeklyPostStatus.NotDelivered"/> or <see cref="WeeklyPostStatus.ConversationGone"/>).
    /// </summary>
    Task<bool> TryClaimPostAsync(WeeklyPost post, CancellationToken cancellationToken = default);

    /// <summary>Records how a claimed send ended or a reveal (optimistic: the version must match).</summary>
    Task<WeeklyPost> SavePostAsync(WeeklyPost post, CancellationToken cancellationToken = default);

    /// <summary>Every post of a team, newest week first (no repeats within a school year).</summary>
    Task<IReadOnlyList<WeeklyPost>> ListPostsAsync(string teamId, CancellationToken cancellationToken = default);

    /// <summary>Posts whose send failed or may have failed (also a send interrupted over five minutes ago), newest first (for <c>inzichten</c>).</summary>
    Task<IReadOnlyList<WeeklyPost>> ListFailedPostsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Stores or changes one user's vote; <paramref name="userRef"/> is the channel user id for <c>refresh.userIds</c>.</summary>
    Task CastVoteAsync(string teamId, string week, string userKey, string? userRef, int option, CancellationToken cancellationToken = default);

    /// <summary>The user's option (1-based), or null when they have not voted.</summary>
    Task<int?> GetVoteAsync(string teamId, string week, string userKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// The live counts per option, the number of voters, and up to <paramref name="maxVoterRefs"/> channel
    /// user ids ordered by id (ordinal), never by when anyone voted.
    /// </summary>
    Task<WeeklyTally> TallyAsync(string teamId, string week, int options, int maxVoterRefs, CancellationToken cancellationToken = default);
}

public interface IQuizStore
{
    /// <summary>The user's round that has not finished, if any (the newest).</summary>
    Task<QuizRound?> GetOpenRoundAsync(string userKey, CancellationToken cancellationToken = default);

    Task<QuizRound?> GetRoundAsync(string roundId, CancellationToken cancellationToken = default);

    /// <summary>Inserts (version 0) or updates a round, optimistic like every versioned record.</summary>
    Task<QuizRound> SaveRoundAsync(QuizRound round, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an answer: the round (at its expected version) and the question's progress change in one
    /// transaction, so an answer counts once or not at all.
    /// </summary>
    Task<QuizRound> RecordAnswerAsync(QuizRound round, QuizProgress progress, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a round finished whatever its version: finishing only sets a flag, so it cannot undo an
    /// answer saved in between, and it never conflicts (an answer based on the unfinished round does).
    /// Returns the round as stored, or null when it is gone.
    /// </summary>
    Task<QuizRound?> FinishRoundAsync(string roundId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<QuizProgress>> ListProgressAsync(string userKey, CancellationToken cancellationToken = default);

    Task<QuizOverview> OverviewAsync(CancellationToken cancellationToken = default);
}

public interface IUserPreferenceStore
{
    Task<UserPreference?> GetAsync(string userKey, CancellationToken cancellationToken = default);

    Task<UserPreference> SaveAsync(UserPreference preference, CancellationToken cancellationToken = default);
}

public interface IFeedbackStore
{
    /// <summary>
    /// Stores a user's rating of a subject (an article id). A user has one rating per subject: a later one
    /// replaces the earlier (useful, reason and time), so repeating a rating never adds a vote. Returns
    /// the record as stored (its id is the first rating's).
    /// </summary>
    Task<FeedbackEntry> SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The newest entries first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per subject, how many users rated it useful and not useful, over the ratings given since
    /// <paramref name="since"/> (the retention window), counted by the database; the most "not useful" first.
    /// </summary>
    Task<IReadOnlyList<FeedbackTally>> TallyAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}

public interface IUnansweredQuestionStore
{
    Task<UnansweredQuestion> AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default);

    /// <summary>The newest questions first.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The questions asked since <paramref name="since"/> (the retention window), grouped by their masked
    /// text with case and outer spaces ignored, counted by the database: the most asked first, then the
    /// most recent. Case is folded by the database's <c>lower()</c> (SQLite folds ASCII letters only).
    /// </summary>
    Task<IReadOnlyList<QuestionCount>> TopAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default);
}

/// <summary>
/// The audit log of admin actions: append and read only. Nothing in the bot edits or deletes an entry;
/// retention deletes entries older than Storage:RetentionDays and "vergeet mij" replaces the actor by a
/// pseudonym (<see cref="IStoreRetention"/>, <see cref="IUserDataEraser"/>).
/// </summary>
public interface IAuditLog
{
    Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="limit"/> entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken = default);
}

/// <summary>
/// A user's last activity: while they use the bot, their preference and 1:1 conversation reference do
/// not expire; after Storage:RetentionDays without a turn they do (a colleague who left cannot say "vergeet mij").
/// </summary>
public interface IUserActivityStore
{
    /// <summary>Sets the last activity of the user's preference and 1:1 conversation references to now; creates nothing.</summary>
    Task TouchAsync(string userKey, CancellationToken cancellationToken = default);
}

/// <summary>
/// "Wat weet je over mij": everything stored under one user's key, in the same tables "forget me" erases
/// (<see cref="Schema.StoreSchema.Tables"/> with a user key; a test checks none is left out).
/// </summary>
/// <summary>The follow-up context of a user's 1:1 chat: one per user, replaced by each answer, fresh for 10 minutes.</summary>
public interface IFollowUpContextStore
{
    /// <summary>The user's context when it was saved less than <see cref="FollowUpContextRecord.Lifetime"/> ago; else null.</summary>
    Task<FollowUpContextRecord?> GetAsync(string userKey, CancellationToken cancellationToken = default);

    /// <summary>Replaces the user's context (saved now) and prunes every expired one.</summary>
    Task SaveAsync(FollowUpContextRecord context, CancellationToken cancellationToken = default);

    /// <summary>Forgets the user's context (a question that was not answered from an article ends the thread).</summary>
    Task DeleteAsync(string userKey, CancellationToken cancellationToken = default);
}

public interface IUserDataReader
{
    Task<UserDataReport> ReadUserAsync(string userKey, CancellationToken cancellationToken = default);
}

/// <summary>
/// "Forget me": deletes every record about one user, in every table that holds user data, at once; in the
/// audit log the user's key is replaced by a pseudonym instead (<see cref="Schema.StoreTable.PseudonymisedOnErase"/>).
/// </summary>
public interface IUserDataEraser
{
    /// <summary>Returns how many records were deleted or pseudonymised.</summary>
    Task<int> EraseUserAsync(string userKey, CancellationToken cancellationToken = default);
}

/// <summary>
/// Storage:RetentionDays: removes records that expire (feedback, unanswered questions, weekly votes, quiz
/// rounds and progress not touched since, audit log entries, and preferences and 1:1 conversation references of users not active since).
/// </summary>
public interface IStoreRetention
{
    /// <summary>Deletes expiring records created before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}

/// <summary>A write lost the race: the record changed (or appeared) since it was read.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ConcurrencyConflictException For(string table, long expectedVersion) =>
        new(expectedVersion == 0
            ? $"A {table} record with this key already exists."
            : $"The {table} record is no longer at version {expectedVersion}.");
}
