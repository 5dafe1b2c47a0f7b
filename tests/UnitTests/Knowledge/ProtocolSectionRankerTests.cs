using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>Which sections of the bundled model protocol a <c>protocol [onderwerp]</c> topic finds.</summary>
public sealed class ProtocolSectionRankerTests : IDisposable
{
    private readonly KnowledgeBase content;
    private readonly KnowledgeIndex index;

    public ProtocolSectionRankerTests()
    {
        var loaded = KnowledgeBaseLoader.Load(new BundledContentSource());
        Assert.True(loaded.Report.IsValid, string.Join('\n', loaded.Report.Errors));
        content = loaded.KnowledgeBase;
        index = KnowledgeIndex.Build(content);
    }

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("foto's van leerlingen", "beeldmateriaal")]
    [InlineData("privacy", "privacy")]
    [InlineData("een incident melden", "melden")]
    [InlineData("ouders", "ouders")]
    public void A_topic_finds_its_section_first(string topic, string sectionId)
    {
        var sections = ProtocolSectionRanker.BestSections(index, content.ModelProtocol!, topic);

        Assert.InRange(sections.Count, 1, 2);
        Assert.Equal(sectionId, sections[0].Id);
    }

    [Fact]
    public void A_topic_without_a_matching_word_finds_nothing()
    {
        Assert.Empty(ProtocolSectionRanker.BestSections(index, content.ModelProtocol!, "xylofoonles"));
    }
}
