namespace SafetyBot.Bot.Summarization;

/// <summary>
/// After a run of failed calls (timeouts, errors) the endpoint is left alone for a while, so teachers
/// do not each wait out the timeout while it is down. After the pause one call is let through; if it
/// fails too the circuit opens again at once, if it succeeds the count starts over.
/// An answer refused for its citations is not a failure of the endpoint and does not count.
/// </summary>
public sealed class SummarizerCircuit(TimeProvider time, int failureThreshold = SummarizerCircuit.DefaultFailureThreshold, TimeSpan? openFor = null)
{
    public const int DefaultFailureThreshold = 3;
    public static readonly TimeSpan DefaultOpenFor = TimeSpan.FromSeconds(60);

    private readonly Lock gate = new();
    private readonly TimeSpan openFor = openFor ?? DefaultOpenFor;
    private int consecutiveFailures;
    private DateTimeOffset openUntil = DateTimeOffset.MinValue;

    public TimeSpan OpenFor => openFor;

    public bool IsOpen
    {
        get
        {
            lock (gate)
            {
                return time.GetUtcNow() < openUntil;
            }
        }
    }

    public void RecordSuccess()
    {
        lock (gate)
        {
            consecutiveFailures = 0;
        }
    }

    /// <summary>Counts a failure; true when this failure opened the circuit.</summary>
    public bool RecordFailure()
    {
        lock (gate)
        {
            consecutiveFailures++;
            if (consecutiveFailures < failureThreshold || time.GetUtcNow() < openUntil)
            {
                return false;
            }

            openUntil = time.GetUtcNow() + openFor;
            return true;
        }
    }
}
