using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>The statistical half of the incident classifier: its training data and what it learns.</summary>
public sealed class IncidentModelTests
{
    [Fact]
    public void The_bundled_training_messages_cover_every_incident_type_and_plenty_of_ordinary_questions()
    {
        var data = IncidentTrainingData.Bundled();

        Assert.All(IncidentTypes.All, type => Assert.True(data.Count(d => d.Type == type) >= 30, $"{IncidentTypes.Code(type)}: {data.Count(d => d.Type == type)}"));
        Assert.True(data.Count(d => d.Type is null) >= 200, $"{data.Count(d => d.Type is null)} ordinary messages");
        Assert.Equal(data.Count, data.Select(d => d.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_training_message_with_an_unknown_type_or_without_text_stops_the_model()
    {
        Assert.Throws<InvalidDataException>(() => IncidentTrainingData.Parse("- text: \"iets\"\n  type: brand\n", "x.yml").ToList());
        Assert.Throws<InvalidDataException>(() => IncidentTrainingData.Parse("- text: \"\"\n  type: none\n", "x.yml").ToList());
        Assert.Equal([("iets", (IncidentType?)null)], IncidentTrainingData.Parse("- text: \"iets\"\n  type: none\n", "x.yml").ToList());
    }

    [Fact]
    public void It_learns_a_situation_from_words_and_letter_groups_and_generalises_to_a_typo()
    {
        var examples = new List<(string, IncidentType?)>
        {
            (" iemand zit in haar insta en stuurt berichten ", IncidentType.HackedAccount),
            (" ze komt niet meer in haar account ", IncidentType.HackedAccount),
            (" hij kan niet inloggen iemand anders post vanaf zijn profiel ", IncidentType.HackedAccount),
            (" hoe maak ik een sterk wachtwoord ", null),
            (" les over accounts beveiligen ", null),
            (" wat zeg ik tegen ouders over instagram ", null),
        };
        var model = IncidentModel.Train(examples);

        Assert.Equal(IncidentType.HackedAccount, model.Predict(" iemand zit in zijn instaa en post rare dingen ").Type);
        Assert.Null(model.Predict(" les over wachtwoorden ").Type);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var data = IncidentTrainingData.Bundled().Select(d => (IncidentClassifier.Normalize(d.Text), d.Type)).ToList();
        var first = IncidentModel.Train(data);
        var second = IncidentModel.Train(data);

        foreach (var message in new[] { " er gaat een naaktfoto rond ", " hoe geef ik een les over sexting ", " ze wil niet meer leven " })
        {
            Assert.Equal(first.Predict(message), second.Predict(message));
        }
    }
}
