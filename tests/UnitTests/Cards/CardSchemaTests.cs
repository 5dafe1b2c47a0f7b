using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SafetyBot.Cards;

namespace SafetyBot.UnitTests.Cards;

public sealed class CardSchemaTests
{
    public static TheoryData<string> CardNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in CardSamples.All())
        {
            data.Add(name);
        }

        return data;
    }

    private static JsonObject Sample(string name) => CardSamples.All().Single(s => s.Name == name).Card;

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Every_card_validates_against_the_adaptive_card_1_5_schema(string name)
    {
        var errors = SharedSchemas.ValidateCard(Sample(name));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Every_card_stays_under_28_KB_and_declares_version_1_5(string name)
    {
        var card = Sample(name);

        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) < 28 * 1024);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Every_text_block_wraps_and_uses_only_semantic_colours(string name)
    {
        var semantic = new HashSet<string> { "Default", "Dark", "Light", "Accent", "Good", "Warning", "Attention" };
        foreach (var node in Descendants(Sample(name)))
        {
            if (node["type"]?.GetValue<string>() == "TextBlock")
            {
                Assert.True(node["wrap"]?.GetValue<bool>(), $"a TextBlock in {name} does not wrap");
            }

            if (node["color"] is { } color)
            {
                Assert.Contains(color.GetValue<string>(), semantic);
            }
        }
    }

    [Fact]
    public void The_answer_card_carries_its_view_in_the_feedback_data_so_it_can_be_rebuilt_thanked()
    {
        var view = new AnswerView("Antwoord.", [new("a", "Artikel", "Sectie")], [new("b", "Ander")], "po");
        var card = AnswerCard.Build(view);
        var up = Descendants(card).First(n => n["verb"]?.GetValue<string>() == AnswerCard.RateVerb);

        using var data = JsonDocument.Parse(up["data"]!.ToJsonString());
        var rebuilt = AnswerCard.ReadView(data.RootElement);

        Assert.NotNull(rebuilt);
        Assert.Equal(FeedbackState.Thanked, rebuilt!.Feedback);
        Assert.Equal("Antwoord.", rebuilt.Answer);
        Assert.Contains("Bedankt!", AnswerCard.Build(rebuilt).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Was dit nuttig?", AnswerCard.Build(rebuilt).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_ups_card_says_which_topic_it_continues_and_keeps_it_when_rebuilt_thanked()
    {
        var view = new AnswerView("Antwoord.", [new("a", "Artikel", "Sectie")], [], "po") { ContinuesTopic = "Online pesten", InEnglish = true };
        var card = AnswerCard.Build(view);
        var texts = Descendants(card).Select(n => n["text"]?.GetValue<string>()).OfType<string>().ToList();
        var up = Descendants(card).First(n => n["verb"]?.GetValue<string>() == AnswerCard.RateVerb);
        using var data = JsonDocument.Parse(up["data"]!.ToJsonString());

        Assert.Equal(CardStrings.EnglishNote, texts[0]);
        Assert.Equal("Vervolg op je vraag over Online pesten", texts[1]);
        var rebuilt = AnswerCard.ReadView(data.RootElement)!;
        Assert.Equal("Online pesten", rebuilt.ContinuesTopic);
        Assert.True(rebuilt.InEnglish);
        Assert.Empty(SharedSchemas.ValidateCard(card));
    }

    [Fact]
    public void The_schema_check_rejects_a_broken_card()
    {
        var card = AdaptiveCard.Card([new JsonObject { ["type"] = "TextBlock", ["wrap"] = "yes" }, new JsonObject { ["type"] = "Marquee" }]);

        Assert.NotEmpty(SharedSchemas.ValidateCard(card));
    }

    [Fact]
    public void Feedback_data_that_is_not_a_view_is_refused()
    {
        using var data = JsonDocument.Parse("""{"rating":"up","answer":{"answer":42}}""");

        Assert.Null(AnswerCard.ReadView(data.RootElement));
    }

    [Theory]
    [InlineData("""{"rating":"up","answer":{"answer":"a","sources":[null],"followUps":[],"audienceLabel":"po"}}""")]
    [InlineData("""{"rating":"up","answer":{"answer":"a","sources":[{"articleId":null,"title":"t"}],"followUps":[],"audienceLabel":"po"}}""")]
    [InlineData("""{"rating":"up","answer":{"answer":"a","sources":[],"followUps":[{"articleId":"x"}],"audienceLabel":"po"}}""")]
    [InlineData("""{"rating":"up","answer":{"answer":"a","sources":[],"followUps":[],"audienceLabel":"po","article":{"title":"t"}}}""")]
    [InlineData("""{"rating":"up","answer":{"answer":"a","sources":[],"followUps":[],"audienceLabel":"po","points":{"label":"L","items":[null]}}}""")]
    [InlineData("""{"rating":"up","answer":{"answer":"a","sources":[],"followUps":[],"audienceLabel":"po","caution":{"label":null,"items":[]}}}""")]
    public void Feedback_data_with_a_null_inside_the_view_is_refused(string json)
    {
        using var data = JsonDocument.Parse(json);

        Assert.Null(AnswerCard.ReadView(data.RootElement));
    }

    [Fact]
    public void The_incident_card_shows_the_school_contacts_and_the_national_lines()
    {
        var json = Sample("incident").ToJsonString();

        Assert.Contains("06-12345678", json, StringComparison.Ordinal);
        Assert.Contains("0900-8844", json, StringComparison.Ordinal);
        Assert.Contains(CardStrings.IncidentFixed, json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_incident_card_marks_the_lines_that_answer_around_the_clock_and_says_so_for_after_hours()
    {
        var card = Sample("incident-received-image-other-plan");
        var facts = Descendants(card).Where(n => n["type"]?.GetValue<string>() == "FactSet").Last()["facts"]!.AsArray().Select(f => f!["title"]!.GetValue<string>()).ToList();

        Assert.Equal(["Alarmnummer 112 (dag en nacht)", "Politie (geen spoed)", "Veilig Thuis (dag en nacht)"], facts);
        Assert.Contains(Descendants(card), n => n["text"]?.GetValue<string>() == CardStrings.IncidentAfterHours);
        Assert.DoesNotContain(Descendants(Sample("incident")), n => n["text"]?.GetValue<string>() == CardStrings.IncidentAfterHours);
        Assert.Contains(Descendants(Sample("incident")), n => n["text"]?.GetValue<string>() == CardStrings.IncidentAfterHoursNone);
    }

    [Fact]
    public void The_incident_card_shows_a_labelled_part_and_offers_another_plan_that_applies_as_a_button()
    {
        var card = Sample("incident-received-image-other-plan");
        var json = card.ToJsonString();
        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();

        Assert.Contains("Zelf een beeld gekregen of gezien", json, StringComparison.Ordinal);
        Assert.Contains("recent verwijderd", json, StringComparison.Ordinal);
        Assert.Equal(2, actions.Count);
        Assert.Equal(CardStrings.IncidentFullPlan, actions[0]["title"]!.GetValue<string>());
        Assert.Equal(IncidentCard.PlanVerb, actions[1]["verb"]!.GetValue<string>());
        Assert.Equal("incident-grooming", actions[1]["data"]!["articleId"]!.GetValue<string>());
        Assert.StartsWith(CardStrings.IncidentAlsoPlan, actions[1]["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    internal static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var d in Descendants(child))
                    {
                        yield return d;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.Where(i => i is not null))
            {
                foreach (var d in Descendants(item!))
                {
                    yield return d;
                }
            }
        }
    }
}
