using SafetyBot.Kb.Evaluation;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Kb;

/// <summary><c>kb eval --acute</c>: per type, own plan and any card for acute messages, false alarms for ordinary ones.</summary>
public sealed class AcuteEvaluationTests
{
    private const string Set = """
        messages:
          - id: a1
            kind: acute
            type: stalking
            lang: nl
            text: "stalking nu"
          - id: a2
            kind: acute
            type: grooming
            text: "grooming nu"
          - id: a3
            kind: acute
            type: grooming
            text: "iets anders"
          - id: o1
            kind: ordinary
            type: grooming
            text: "vraag over grooming"
        """;

    [Fact]
    public void Counts_own_plans_any_card_and_false_alarms_per_type_reading_the_sets_short_type_names()
    {
        static IncidentType? Classify(string text) => text switch
        {
            "stalking nu" => IncidentType.Cyberstalking,
            "grooming nu" => IncidentType.Grooming,
            "iets anders" => IncidentType.NudeImages,
            "vraag over grooming" => IncidentType.Grooming,
            _ => null,
        };

        var lines = AcuteEvaluation.Run(AcuteSet.Parse(Set), Classify, listMisses: true).Split('\n');

        Assert.Matches(@"^cyberstalking\s+1/1\s+1/1\s+0/0$", lines.Single(l => l.StartsWith("cyberstalking", StringComparison.Ordinal)));
        Assert.Matches(@"^grooming\s+1/2\s+2/2\s+1/1$", lines.Single(l => l.StartsWith("grooming", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("miss: a3 expected grooming, got naaktbeelden", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("false alarm: o1 (grooming) got grooming", StringComparison.Ordinal));
    }
}
