using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The sections of a social-media protocol (the school's own or the model) that a <c>protocol [onderwerp]</c>
/// topic is about. Words are stemmed with the index's Dutch chain; a topic word in a section's heading or
/// id scores 3, one in its body scores the word's weight in the index (rarer words weigh more).
/// </summary>
public static class ProtocolSectionRanker
{
    /// <summary>A second section is shown only when it scores at least this share of the best one.</summary>
    public const double SecondSectionShare = 0.8;

    /// <summary>The best matching section, and a second one when it matches nearly as well; empty when no word matches.</summary>
    public static IReadOnlyList<ContentSection> BestSections(KnowledgeIndex index, ContentDocument protocol, string topic)
    {
        var topicTerms = index.QueryTerms(topic);
        var scored = protocol.Sections
            .Select(section =>
            {
                var headingTerms = index.Terms(section.Heading + " " + section.Id);
                var bodyTerms = index.Terms(section.PlainText);
                var score = topicTerms.Sum(t => (headingTerms.Contains(t) ? 3.0 : 0) + (bodyTerms.Contains(t) ? 1.0 : 0) * index.TermWeight(t));
                return (Section: section, Score: score);
            })
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        return scored.Take(2).Where(x => x.Score >= scored[0].Score * SecondSectionShare).Select(x => x.Section).ToList();
    }
}
