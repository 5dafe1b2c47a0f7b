using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Bot.Summarization;

/// <summary>Optional LLM summarisation of an extractive answer's passages.</summary>
public interface IAnswerSummarizer
{
    /// <summary>False when no backend is configured: the Ask flow shows the extractive answer as before.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// A short, cited summary of the answer's top passages; null on any guard failure (uncited or
    /// wrongly cited, timeout, error, circuit open), so the caller shows the extractive answer.
    /// <paramref name="maskedQuestion"/> must already be name-masked.
    /// </summary>
    Task<SummarizedAnswer?> TrySummarizeAsync(string maskedQuestion, KnowledgeAnswer answer, Audience audience, CancellationToken cancellationToken);
}
