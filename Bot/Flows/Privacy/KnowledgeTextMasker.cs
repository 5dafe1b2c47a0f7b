using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Knowledge.Masking;

namespace SafetyBot.Bot.Flows.Privacy;

/// <summary>The Knowledge name masker, with the knowledge base's vocabulary as the words that are not names.</summary>
public sealed class KnowledgeTextMasker(LoadedKnowledge knowledge) : ITextMasker
{
    private readonly NameMasker masker = new(knowledge.Vocabulary);

    public string Mask(string text) => masker.Mask(text);
}
