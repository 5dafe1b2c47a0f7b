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
}

public interface IUserPreferenceStore
{
    Task<UserPreference?> GetAsync(string userKey, CancellationToken cancellationToken = default);

    Task<UserPreference> SaveAsync(UserPreference preference, CancellationToken cancellationToken = default);
}

public interface IFeedbackStore
{
    Task<FeedbackEntry> AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The newest entries first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ListAsync(int limit, CancellationToken cancellationToken = default);
}

public interface IUnansweredQuestionStore
{
    Task<UnansweredQuestion> AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default);

    /// <summary>The newest questions first.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(int limit, CancellationToken cancellationToken = default);
}

/// <summary>
/// Things that must happen once across every instance (e.g. "team X's weekly card for 2026-W48"):
/// the first caller to claim a key wins, every later caller, on any instance, gets false.
/// </summary>
public interface IOnceClaimStore
{
    Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>"Forget me": deletes every record about one user, in every table that holds user data, at once.</summary>
public interface IUserDataEraser
{
    /// <summary>Returns how many records were deleted.</summary>
    Task<int> EraseUserAsync(string userKey, CancellationToken cancellationToken = default);
}

/// <summary>Storage:RetentionDays: removes records that expire (feedback, unanswered questions).</summary>
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
