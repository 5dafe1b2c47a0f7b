using System.Text.Json;
using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

public enum FeedbackState
{
    /// <summary>The card asks "Was dit nuttig?".</summary>
    Open,

    /// <summary>The user rated it: the card says "Bedankt!" in place of the question.</summary>
    Thanked,
}

/// <summary>What the answer card shows. It travels in the feedback buttons' data, so the card can be rebuilt without storing the answer.</summary>
public sealed record AnswerView(
    string Answer,
    IReadOnlyList<CardSource> Sources,
    IReadOnlyList<CardTopic> FollowUps,
    string AudienceLabel,
    bool IsAiGenerated = false,
    FeedbackState Feedback = FeedbackState.Open);

/// <summary>The sourced answer: the answer, its sources, the audience, "Was dit nuttig?" and follow-up topics.</summary>
public static class AnswerCard
{
    public const string RateVerb = "feedback.rate";
    public const string TopicVerb = "ask.topic";

    public static JsonObject Build(AnswerView view)
    {
        var body = new List<JsonNode?>();
        if (view.IsAiGenerated)
        {
            body.Add(Text(CardStrings.AiGenerated, size: "Small", color: "Accent", weight: "Bolder"));
        }

        body.Add(Text(view.Answer));
        if (view.Sources.Count > 0)
        {
            body.Add(Container(
                [
                    Text(CardStrings.Sources, size: "Small", weight: "Bolder"),
                    List(view.Sources.Select(SourceLine)),
                ],
                separator: true,
                spacing: "Medium"));
        }

        body.Add(Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, CardStrings.AppliesTo, view.AudienceLabel), size: "Small", isSubtle: true));
        body.Add(FeedbackSection(view));

        var actions = view.FollowUps.Take(3)
            .Select(topic => (JsonNode?)Execute(Shorten(topic.Title, 60), TopicVerb, new JsonObject { ["articleId"] = topic.ArticleId }));
        return Card(body, actions);
    }

    private static JsonObject FeedbackSection(AnswerView view)
    {
        if (view.Feedback == FeedbackState.Thanked)
        {
            return Container([Text(CardStrings.FeedbackThanks, color: "Good", weight: "Bolder")], separator: true);
        }

        var payload = JsonSerializer.SerializeToNode(view with { Feedback = FeedbackState.Thanked }, CardJson.Options)!;
        JsonObject Data(string rating) => new() { ["rating"] = rating, ["answer"] = payload.DeepClone() };

        var reasonCard = Card(
            [
                new JsonObject
                {
                    ["type"] = "Input.Text",
                    ["id"] = "reason",
                    ["label"] = CardStrings.FeedbackReasonLabel,
                    ["placeholder"] = CardStrings.FeedbackReasonPlaceholder,
                    ["isMultiline"] = true,
                    ["maxLength"] = 500,
                },
            ],
            [Execute(CardStrings.FeedbackSend, RateVerb, Data("down"))]);
        reasonCard.Remove("$schema");

        return Container(
            [
                Text(CardStrings.FeedbackQuestion, weight: "Bolder"),
                ActionSet(
                [
                    Execute("👍 Ja", RateVerb, Data("up")),
                    ShowCard("👎 Nee", reasonCard),
                ]),
            ],
            separator: true,
            spacing: "Medium");
    }

    /// <summary>Reads the view back from a feedback button's data; null when the data is not a view.</summary>
    public static AnswerView? ReadView(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("answer", out var answer))
        {
            return null;
        }

        try
        {
            var view = answer.Deserialize<AnswerView>(CardJson.Options);
            return view is { Answer: not null, Sources: not null, FollowUps: not null, AudienceLabel: not null } ? view : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string SourceLine(CardSource source)
    {
        var name = source.Section is null || source.Section == source.Title ? source.Title : $"{source.Title} › {source.Section}";
        return source.Number is { } number ? $"[{number}] {name}" : name;
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
