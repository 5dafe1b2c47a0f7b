using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Quiz;

/// <summary>
/// Leitner boxes for missed questions: a miss goes to box 1 (due after a day); the first right answer after
/// that moves it to box 2 (due after three days); the second right answer in a row masters it. A question
/// answered right the first time is mastered at once. With two right answers to master there are exactly two
/// boxes: a third interval would never be reached (a test pins that every interval is used).
/// </summary>
public static class Leitner
{
    public const int RightAnswersToMaster = 2;

    public static readonly IReadOnlyList<TimeSpan> Intervals = [TimeSpan.FromDays(1), TimeSpan.FromDays(3)];

    public static QuizProgress Apply(QuizProgress? current, string userKey, QuizQuestion question, bool right, DateTimeOffset now)
    {
        var progress = current ?? new QuizProgress { UserKey = userKey, QuestionId = question.Id, Topic = question.Topic };
        progress = progress with
        {
            Topic = question.Topic,
            TimesAnswered = progress.TimesAnswered + 1,
            TimesRight = progress.TimesRight + (right ? 1 : 0),
            LastAnsweredAt = now,
        };

        if (!right)
        {
            return progress with { Box = 1, RightStreak = 0, Mastered = false, DueAt = now + Intervals[0] };
        }

        if (current is null || current.Box == 0)
        {
            return progress with { Box = 0, RightStreak = 1, Mastered = true, DueAt = null };
        }

        var streak = current.RightStreak + 1;
        if (streak >= RightAnswersToMaster)
        {
            return progress with { Box = 0, RightStreak = streak, Mastered = true, DueAt = null };
        }

        var box = Math.Min(current.Box + 1, Intervals.Count);
        return progress with { Box = box, RightStreak = streak, Mastered = false, DueAt = now + Intervals[box - 1] };
    }
}
