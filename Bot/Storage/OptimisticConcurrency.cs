namespace SafetyBot.Bot.Storage;

/// <summary>Read-modify-write with retries: on a conflict, read the newer record and apply the change again.</summary>
public static class OptimisticConcurrency
{
    public const int DefaultAttempts = 10;

    /// <summary>
    /// Loads the current record (or null), applies <paramref name="change"/>, and saves; retries on
    /// <see cref="ConcurrencyConflictException"/> with a short jittered pause. After the last attempt
    /// the conflict is thrown to the caller: reported, never silently lost.
    /// </summary>
    public static async Task<T> UpdateAsync<T>(
        Func<CancellationToken, Task<T?>> load,
        Func<T?, T> change,
        Func<T, CancellationToken, Task<T>> save,
        int maxAttempts = DefaultAttempts,
        CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        for (var attempt = 1; ; attempt++)
        {
            var current = await load(cancellationToken);
            try
            {
                return await save(change(current), cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < maxAttempts)
            {
                // Jitter spreads the retries of many writers so they do not collide again in lockstep.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + (4 * attempt))), cancellationToken);
            }
        }
    }

    public static Task<TeamSettings> UpdateAsync(this ITeamSettingsStore store, string teamId, Func<TeamSettings, TeamSettings> change, int maxAttempts = DefaultAttempts, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            ct => store.GetAsync(teamId, ct),
            current => change(current ?? new TeamSettings { TeamId = teamId }),
            store.SaveAsync,
            maxAttempts,
            cancellationToken);

    public static Task<UserPreference> UpdateAsync(this IUserPreferenceStore store, string userKey, Func<UserPreference, UserPreference> change, int maxAttempts = DefaultAttempts, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            ct => store.GetAsync(userKey, ct),
            current => change(current ?? new UserPreference { UserKey = userKey }),
            store.SaveAsync,
            maxAttempts,
            cancellationToken);

    /// <summary>Stores the reference whether or not one exists (installs repeat); keeps its creation time.</summary>
    public static Task<ConversationReference> UpsertAsync(this IConversationReferenceStore store, ConversationReference reference, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            ct => store.GetAsync(reference.ConversationId, ct),
            current => reference with { Version = current?.Version ?? 0, CreatedAt = current?.CreatedAt ?? reference.CreatedAt },
            store.SaveAsync,
            DefaultAttempts,
            cancellationToken);
}
