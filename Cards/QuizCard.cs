using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

public sealed record QuizQuestionView(
    string RoundId,
    int Index,
    int Count,
    string Topic,
    string Question,
    IReadOnlyList<(int Value, string Text)> Answers,
    string? Notice = null);

public sealed record QuizFeedbackView(
    string RoundId,
    int Index,
    int Count,
    string Question,
    bool Right,
    string Chosen,
    string Correct,
    string Explanation,
    CardTopic? Article,
    string? Notice = null);

public sealed record QuizScoreView(
    int Right,
    int Count,
    IReadOnlyList<(string Topic, int Right, int Count)> Topics,
    IReadOnlyList<CardTopic> ToRead,
    bool Stopped = false,
    string? Notice = null);

/// <summary>The basic-knowledge quiz: a question, the feedback with its explanation, the score.</summary>
public static class QuizCard
{
    public const string StartVerb = "quiz.start";
    public const string AnswerVerb = "quiz.answer";
    public const string NextVerb = "quiz.next";
    public const string AnswerInput = "answer";

    public static JsonObject Question(QuizQuestionView view)
    {
        var body = new List<JsonNode?>
        {
            Text(string.Format(CultureInfo.InvariantCulture, CardStrings.QuizProgress, view.Index + 1, view.Count, view.Topic), size: "Small", isSubtle: true),
            Text(view.Question, size: "Medium", weight: "Bolder"),
        };
        if (view.Notice is not null)
        {
            body.Add(Text(view.Notice, color: "Attention"));
        }

        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = AnswerInput,
            ["style"] = "expanded",
            ["label"] = CardStrings.QuizChoose,
            ["isRequired"] = true,
            ["errorMessage"] = CardStrings.QuizChooseError,
            ["choices"] = new JsonArray([.. view.Answers.Select(a => (JsonNode)new JsonObject
            {
                ["title"] = a.Text,
                ["value"] = a.Value.ToString(CultureInfo.InvariantCulture),
            })]),
        });
        return Card(body, [Execute(CardStrings.QuizCheck, AnswerVerb, Data(view.RoundId, view.Index), style: "positive")]);
    }

    public static JsonObject Feedback(QuizFeedbackView view)
    {
        var body = new List<JsonNode?>
        {
            Text(string.Format(CultureInfo.InvariantCulture, CardStrings.QuizQuestionOf, view.Index + 1, view.Count), size: "Small", isSubtle: true),
            Text(view.Question, weight: "Bolder"),
            Text(view.Right ? CardStrings.QuizRight : CardStrings.QuizWrong, size: "Medium", weight: "Bolder", color: view.Right ? "Good" : "Attention"),
        };
        if (!view.Right)
        {
            body.Add(FactSet([(CardStrings.QuizYourAnswer, view.Chosen), (CardStrings.QuizCorrectAnswer, view.Correct)]));
        }

        body.Add(Text(view.Explanation));
        if (view.Notice is not null)
        {
            body.Add(Text(view.Notice, isSubtle: true));
        }

        var last = view.Index + 1 >= view.Count;
        var actions = new List<JsonNode?>
        {
            Execute(last ? CardStrings.QuizSeeScore : CardStrings.QuizNext, NextVerb, new JsonObject { ["round"] = view.RoundId }, style: "positive"),
        };
        if (view.Article is { } article)
        {
            actions.Add(Execute(string.Format(CultureInfo.InvariantCulture, CardStrings.QuizReadMore, AnswerCard.Shorten(article.Title, 38)), AnswerCard.TopicVerb, new JsonObject { ["articleId"] = article.ArticleId }));
        }

        return Card(body, actions);
    }

    public static JsonObject Score(QuizScoreView view)
    {
        var body = new List<JsonNode?>
        {
            Heading(string.Format(CultureInfo.InvariantCulture, CardStrings.QuizScore, view.Right, view.Count)),
        };
        if (view.Stopped)
        {
            body.Add(Text(CardStrings.QuizStoppedEarly, isSubtle: true));
        }

        if (view.Notice is not null)
        {
            body.Add(Text(view.Notice, isSubtle: true));
        }

        if (view.Topics.Count > 0)
        {
            body.Add(Subheading(CardStrings.QuizPerTopic));
            body.Add(FactSet(view.Topics.Select(t => (t.Topic, string.Format(CultureInfo.InvariantCulture, CardStrings.QuizOutOf, t.Right, t.Count)))));
        }

        body.Add(Text(view.Right == view.Count ? CardStrings.QuizAllRight : CardStrings.QuizMissedComeBack));
        var actions = new List<JsonNode?> { Execute(CardStrings.QuizNewRound, StartVerb, style: "positive") };
        if (view.ToRead.Count > 0)
        {
            body.Add(Text(CardStrings.QuizToRead, weight: "Bolder"));
            actions.AddRange(view.ToRead.Take(4).Select(t => (JsonNode?)Execute(AnswerCard.Shorten(t.Title, 60), AnswerCard.TopicVerb, new JsonObject { ["articleId"] = t.ArticleId })));
        }

        return Card(body, actions);
    }

    /// <summary>A short message card (e.g. an old round) with a button for a new round.</summary>
    public static JsonObject Notice(string text) => Card([Text(text)], [Execute(CardStrings.QuizNewRound, StartVerb)]);

    public static (string RoundId, int? Index)? ReadKey(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("round", out var round) || round.ValueKind != JsonValueKind.String
            || round.GetString() is not { Length: > 0 and <= 64 } id)
        {
            return null;
        }

        int? index = data.TryGetProperty("index", out var i) && i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var n) ? n : null;
        return (id, index);
    }

    /// <summary>The chosen answer (its index in the question file), or null when none or not a number.</summary>
    public static int? ReadAnswer(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(AnswerInput, out var answer))
        {
            return null;
        }

        return answer.ValueKind switch
        {
            JsonValueKind.Number when answer.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(answer.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    private static JsonObject Data(string roundId, int index) => new() { ["round"] = roundId, ["index"] = index };
}
