using System.Globalization;
using System.Text.Json.Nodes;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Quiz;

/// <summary>The quiz's view models (and the feedback card), from a stored round and the content's questions.</summary>
public sealed class QuizViews(LoadedKnowledge knowledge)
{
    /// <summary>The question at a position of the round, or null when it is gone from the content.</summary>
    public QuizQuestion? QuestionAt(QuizRound round, int index) =>
        index >= 0 && index < round.QuestionIds.Count ? knowledge.Content.QuizQuestion(round.QuestionIds[index]) : null;

    /// <summary>The question at <paramref name="index"/>, its answers in the round's own order; the question must exist.</summary>
    public QuizQuestionView Question(QuizRound round, int index, string? notice)
    {
        var question = QuestionAt(round, index)!;
        var answers = QuizRoundPlanner.AnswerOrder(round.Id, question).Select(i => (i, question.Answers[i])).ToList();
        return new QuizQuestionView(round.Id, index, round.QuestionIds.Count, TopicLabel(question.Topic), question.Question, answers, notice);
    }

    /// <summary>Right or wrong with the explanation for an answered question; a notice card when it cannot be shown.</summary>
    public JsonObject FeedbackCard(QuizRound round, int index, string? notice)
    {
        if (QuestionAt(round, index) is not { } question || round.Answers[index] < 0 || round.Answers[index] >= question.Answers.Count)
        {
            return QuizCard.Notice(QuizStrings.RoundGone);
        }

        var chosen = round.Answers[index];
        var article = question.SourceArticleId is { } id && knowledge.Content.Find(id) is { } document ? new CardTopic(document.Id, document.Title) : null;
        return QuizCard.Feedback(new QuizFeedbackView(
            round.Id, index, round.QuestionIds.Count, question.Question, chosen == question.CorrectIndex,
            question.Answers[chosen], question.Answers[question.CorrectIndex], MarkdownContentParser.ForCard(question.Explanation), article, notice));
    }

    /// <summary>The score of a round: right per topic, and the articles behind the questions answered wrong.</summary>
    public QuizScoreView Score(QuizRound round)
    {
        var answered = round.QuestionIds
            .Select((id, i) => (Question: knowledge.Content.QuizQuestion(id), Answer: round.Answers[i]))
            .Where(x => x.Question is not null && x.Answer >= 0)
            .Select(x => (Question: x.Question!, Right: x.Answer == x.Question!.CorrectIndex))
            .ToList();
        var topics = answered
            .GroupBy(x => x.Question.Topic, StringComparer.Ordinal)
            .Select(g => (TopicLabel(g.Key), g.Count(x => x.Right), g.Count()))
            .ToList();
        var toRead = answered
            .Where(x => !x.Right)
            .Select(x => x.Question.SourceArticleId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(id => knowledge.Content.Find(id))
            .OfType<ContentDocument>()
            .Select(d => new CardTopic(d.Id, d.Title))
            .ToList();
        return new QuizScoreView(answered.Count(x => x.Right), answered.Count, topics, toRead, Stopped: answered.Count < round.QuestionIds.Count);
    }

    /// <summary>School-wide results; a topic's score only when at least <paramref name="minimumGroup"/> took part in it.</summary>
    public static QuizOverviewView Overview(QuizOverview overview, int minimumGroup)
    {
        var topics = overview.Topics
            .Where(t => QuizQuestion.TopicLabels.ContainsKey(t.Topic))
            .Select(t => (QuizQuestion.TopicLabels[t.Topic], t.Participants >= minimumGroup && t.Answered > 0
                ? string.Format(CultureInfo.InvariantCulture, QuizStrings.TopicScore, Math.Round(100.0 * t.Right / t.Answered), t.Participants)
                : QuizStrings.TopicTooFew))
            .ToList();
        return new QuizOverviewView(overview.Participants, overview.FinishedRounds, topics);
    }

    private static string TopicLabel(string topic) => QuizQuestion.TopicLabels.GetValueOrDefault(topic, topic);
}
