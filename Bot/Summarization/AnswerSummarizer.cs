using System.ClientModel;
using Microsoft.Extensions.AI;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Bot.Summarization;

/// <summary>A generated answer that passed the guards: its text keeps the [n] markers; the cited passages' sources, by number.</summary>
public sealed record SummarizedAnswer(string Text, IReadOnlyList<CitedSource> Sources);

public sealed record CitedSource(int Number, SourceRef Source);

/// <summary>
/// Sends the numbered top passages and the masked question to the chat client, within the timeout,
/// and accepts the answer only when its citations check out. Logs the outcome and latency, never
/// the prompt or the answer.
/// </summary>
public sealed partial class AnswerSummarizer(
    IChatClient chat,
    SummarizerBackend backend,
    SummarizerCircuit circuit,
    TimeProvider time,
    ILogger<AnswerSummarizer> logger) : IAnswerSummarizer
{
    public const int MaxOutputTokens = 600;

    public bool IsEnabled => true;

    public async Task<SummarizedAnswer?> TrySummarizeAsync(string maskedQuestion, KnowledgeAnswer answer, Audience audience, CancellationToken cancellationToken)
    {
        if (answer.Kind != AnswerKind.Answered)
        {
            return null;
        }

        var passages = SummaryPrompt.Passages(answer);
        if (passages.Count == 0)
        {
            return null;
        }

        if (circuit.IsOpen)
        {
            LogSkipped(logger);
            return null;
        }

        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(backend.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string? text;
        try
        {
            text = await CompleteAsync(SummaryPrompt.Messages(maskedQuestion, passages, audience), linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout, or the client's own network timeout: either way the endpoint was too slow.
            Failed("timeout", started);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failed(ex is ClientResultException { Status: > 0 } http ? $"http {http.Status}" : ex.GetType().Name, started);
            return null;
        }

        circuit.RecordSuccess();
        var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
        if (text is null)
        {
            LogFellBack(logger, nameof(SummaryRejection.Truncated), elapsed);
            return null;
        }

        var check = CitationCheck.Check(text, passages.Count);
        if (!check.IsAccepted)
        {
            LogFellBack(logger, check.Rejection.ToString(), elapsed);
            return null;
        }

        LogUsed(logger, check.Cited.Count, passages.Count, elapsed);
        return new SummarizedAnswer(check.Text, check.Cited.Select(n => new CitedSource(n, passages[n - 1].Source)).ToList());
    }

    /// <summary>The answer text; null when the model stopped at the token limit (a cut-off answer is not shown).</summary>
    private async Task<string?> CompleteAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var options = new ChatOptions { MaxOutputTokens = MaxOutputTokens };
        var response = backend.Streaming
            ? await chat.GetStreamingResponseAsync(messages, options, cancellationToken).ToChatResponseAsync(cancellationToken)
            : await chat.GetResponseAsync(messages, options, cancellationToken);
        return response.FinishReason == ChatFinishReason.Length ? null : response.Text;
    }

    private void Failed(string reason, long started)
    {
        LogFellBack(logger, reason, time.GetElapsedTime(started).TotalMilliseconds);
        if (circuit.RecordFailure())
        {
            LogCircuitOpened(logger, circuit.OpenFor.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summary used: {Cited} of {Given} passages cited, {ElapsedMs:0} ms")]
    private static partial void LogUsed(ILogger logger, int cited, int given, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary fell back to the extractive answer: {Reason}, {ElapsedMs:0} ms")]
    private static partial void LogFellBack(ILogger logger, string reason, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary endpoint failed repeatedly; not called for {Seconds:0} s")]
    private static partial void LogCircuitOpened(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Summary skipped: the circuit is open")]
    private static partial void LogSkipped(ILogger logger);
}
