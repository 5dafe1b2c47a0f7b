using System.Globalization;
using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

public sealed record QuizOverviewView(int Participants, int FinishedRounds, IReadOnlyList<(string Topic, string Score)> Topics);

/// <summary><c>quizoverzicht</c>: school-wide participation and scores per topic, aggregates only.</summary>
public static class QuizOverviewCard
{
    public static JsonObject Build(QuizOverviewView view) => Card(
    [
        Heading(CardStrings.QuizOverviewTitle),
        FactSet(
        [
            (CardStrings.QuizOverviewParticipants, view.Participants.ToString(CultureInfo.InvariantCulture)),
            (CardStrings.QuizOverviewRounds, view.FinishedRounds.ToString(CultureInfo.InvariantCulture)),
        ]),
        Subheading(CardStrings.QuizPerTopic),
        FactSet(view.Topics),
        Text(CardStrings.QuizOverviewPrivacy, size: "Small", isSubtle: true),
    ]);
}
