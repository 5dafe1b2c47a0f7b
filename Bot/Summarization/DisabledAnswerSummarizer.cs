using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Bot.Summarization;

/// <summary>No backend configured.</summary>
public sealed class DisabledAnswerSummarizer : IAnswerSummarizer
{
    public bool IsEnabled => false;

    public Task<SummarizedAnswer?> TrySummarizeAsync(string maskedQuestion, KnowledgeAnswer answer, Audience audience, CancellationToken cancellationToken) =>
        Task.FromResult<SummarizedAnswer?>(null);
}
