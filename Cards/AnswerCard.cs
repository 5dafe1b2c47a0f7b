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

/// <summary>A labelled part of the answer: a whole paragraph and/or whole list items of one section.</summary>
/// <param name="MoreItems">How many more items the article's list has (the card points to the whole article).</param>
public sealed record AnswerPartView(string Label, string? Paragraph, IReadOnlyList<string> Items, int MoreItems = 0);

/// <summary>
/// What the answer card shows, all from one article: the direct answer (<see cref="Answer"/>, with
/// <see cref="Points"/> when the answering section is a list), what the teacher can do, and what to watch
/// out for. It travels in the feedback buttons' data, so the card can be rebuilt without storing the answer.
/// </summary>
public sealed record AnswerView(
    string Answer,
    IReadOnlyList<CardSource> Sources,
    IReadOnlyList<CardTopic> FollowUps,
    string AudienceLabel,
    bool IsAiGenerated = false,
    FeedbackState Feedback = FeedbackState.Open)
{
    /// <summary>The answering article: the "Lees het hele artikel" button opens it.</summary>
    public CardTopic? Article { get; init; }

    /// <summary>The answering section's list, under its label ("Wat je kunt doen" when it is the advice).</summary>
    public AnswerPartView? Points { get; init; }

    /// <summary>The article's advice list, or its key points, when the answer is another section.</summary>
    public AnswerPartView? Advice { get; init; }

    /// <summary>The article's "Let op".</summary>
    public AnswerPartView? Caution { get; init; }

    /// <summary>For a follow-up: the title of the article that answered the question it continues (never that question's text).</summary>
    public string? ContinuesTopic { get; init; }

    /// <summary>The question was in English: one English line says the knowledge base is Dutch.</summary>
    public bool InEnglish { get; init; }

    /// <summary>A short version of the answer <see cref="ContinuesTopic"/> names ("kun je dat korter maken?").</summary>
    public bool IsShortVersion { get; init; }
}

/// <summary>The sourced answer: the answer, its sources, the audience, "Was dit nuttig?" and follow-up topics.</summary>
public static class AnswerCard
{
    public const string RateVerb = "feedback.rate";
    public const string TopicVerb = "ask.topic";

    public static JsonObject Build(AnswerView view)
    {
        var body = new List<JsonNode?>();
        if (view.InEnglish)
        {
            body.Add(Text(CardStrings.EnglishNote, size: "Small", isSubtle: true));
        }

        if (!string.IsNullOrWhiteSpace(view.ContinuesTopic))
        {
            body.Add(Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, view.IsShortVersion ? CardStrings.ShortVersion : CardStrings.ContinuesQuestion, view.ContinuesTopic), size: "Small", isSubtle: true));
        }

        if (view.IsAiGenerated)
        {
            body.Add(Text(CardStrings.AiGenerated, size: "Small", color: "Accent", weight: "Bolder"));
        }

        if (view.Article is { } article)
        {
            body.Add(Text(article.Title, size: "Small", weight: "Bolder", isSubtle: true));
        }

        if (!string.IsNullOrWhiteSpace(view.Answer))
        {
            body.Add(Text(view.Answer));
        }

        foreach (var part in new[] { view.Points, view.Advice, view.Caution })
        {
            if (part is not null)
            {
                body.AddRange(Part(part));
            }
        }

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

        var readAll = view.Article is { } top
            ? new[] { (JsonNode?)Execute(CardStrings.ReadWholeArticle, TopicVerb, new JsonObject { ["articleId"] = top.ArticleId }, style: "positive") }
            : [];
        var actions = readAll.Concat(view.FollowUps.Take(view.Article is null ? 3 : 2)
            .Select(topic => (JsonNode?)Execute(Shorten(topic.Title, 60), TopicVerb, new JsonObject { ["articleId"] = topic.ArticleId })));
        return Card(body, actions);
    }

    /// <summary>A label, a whole paragraph, whole list items, and how many more the article has.</summary>
    private static IEnumerable<JsonNode?> Part(AnswerPartView part)
    {
        if (part.Paragraph is null && part.Items.Count == 0)
        {
            yield break;
        }

        yield return Text(part.Label, weight: "Bolder");
        if (!string.IsNullOrWhiteSpace(part.Paragraph))
        {
            yield return Text(part.Paragraph);
        }

        if (part.Items.Count > 0)
        {
            yield return List(part.Items);
        }

        if (part.MoreItems > 0)
        {
            var count = part.MoreItems == 1 ? CardStrings.OneMorePoint : string.Format(System.Globalization.CultureInfo.InvariantCulture, CardStrings.MorePoints, part.MoreItems);
            yield return Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, CardStrings.MoreInArticle, count), size: "Small", isSubtle: true);
        }
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

    /// <summary>
    /// Reads the view back from a feedback button's data; null when the data is not a whole view. The data
    /// is the client's: the view is good only for rebuilding the clicking user's own card. Nothing in it is
    /// trusted (the rating flow checks the article id against the knowledge base and stores nothing else).
    /// </summary>
    public static AnswerView? ReadView(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("answer", out var answer))
        {
            return null;
        }

        try
        {
            var view = answer.Deserialize<AnswerView>(CardJson.Options);
            return view is not null && IsWhole(view) ? view : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-16 (a lone surrogate escape).
            return null;
        }
    }

    /// <summary>Every field the card shows is there, in every list item too ("sources":[null] must not reach <see cref="Build"/>).</summary>
    private static bool IsWhole(AnswerView view) =>
        view is { Answer: not null, Sources: not null, FollowUps: not null, AudienceLabel: not null }
        && view.Sources.All(source => source is { ArticleId: not null, Title: not null })
        && view.FollowUps.All(IsWhole)
        && (view.Article is null || IsWhole(view.Article))
        && IsWhole(view.Points) && IsWhole(view.Advice) && IsWhole(view.Caution);

    private static bool IsWhole(CardTopic? topic) => topic is { ArticleId: not null, Title: not null };

    private static bool IsWhole(AnswerPartView? part) =>
        part is null || (part is { Label: not null, Items: not null } && part.Items.All(item => item is not null));

    private static string SourceLine(CardSource source)
    {
        var name = source.Section is null || source.Section == source.Title ? source.Title : $"{source.Title} › {source.Section}";
        return source.Number is { } number ? $"[{number}] {name}" : name;
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
