using SafetyBot.Kb.Evaluation;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Kb;

/// <summary><c>kb eval</c>'s counts on the bundled knowledge base, for questions whose outcome is plain.</summary>
public sealed class RetrievalEvaluationTests
{
    [Fact]
    public void Off_topic_questions_count_as_referred_only_when_a_topic_says_whom_to_ask()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        using var index = KnowledgeIndex.Build(knowledge);
        using var baseline = new BaselineRetriever(knowledge);
        var items = DevSet.Parse("""
            - q: "kan iemand de printer op de tweede verdieping maken"
              offtopic: true
            - q: "qwerty zxcvb"
              offtopic: true
            """);

        var report = RetrievalEvaluation.Run(items, new KnowledgeAnswerer(index, knowledge.Articles), baseline, _ => null);

        Assert.Equal(1.0, report.Chain.OffTopicRefused);
        Assert.Equal((1, 2), report.OffTopicReferred);
    }
}
