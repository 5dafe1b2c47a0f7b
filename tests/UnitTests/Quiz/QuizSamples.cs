using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Quiz;

/// <summary>Small quiz questions and progress rows for the planner and Leitner tests.</summary>
internal static class QuizSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1));

    public static QuizQuestion Question(string id, string topic = "basis", int answers = 3) => new()
    {
        Id = id,
        Topic = topic,
        Audience = Audience.All,
        Question = $"Vraag {id}?",
        Answers = [.. Enumerable.Range(1, answers).Select(i => $"Antwoord {i}")],
        CorrectIndex = 0,
        Explanation = "Omdat.",
        Related = [],
        Links = [],
        Origin = "test",
    };

    /// <summary><paramref name="count"/> questions per topic, ids like <c>basis-3</c>.</summary>
    public static List<QuizQuestion> Questions(int count, params string[] topics) =>
        [.. topics.SelectMany(t => Enumerable.Range(1, count).Select(i => Question($"{t}-{i}", t)))];

    public static QuizProgress Missed(string id, DateTimeOffset dueAt, string topic = "basis") => new()
    {
        UserKey = "user", QuestionId = id, Topic = topic, Box = 1, DueAt = dueAt, TimesAnswered = 1, LastAnsweredAt = dueAt.AddDays(-1),
    };

    public static QuizProgress Mastered(string id, DateTimeOffset lastAnsweredAt, string topic = "basis") => new()
    {
        UserKey = "user", QuestionId = id, Topic = topic, Box = 0, Mastered = true, RightStreak = 1, TimesAnswered = 1, TimesRight = 1, LastAnsweredAt = lastAnsweredAt,
    };
}
