using System.Security.Cryptography;
using System.Text;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Quiz;

/// <summary>
/// Leitner boxes for missed questions: a miss goes to box 1 (due after a day); each right answer after
/// that moves it up (box 2: three days, box 3: a week) until it was answered right twice, then it is
/// mastered. A question answered right the first time is mastered at once.
/// </summary>
public static class Leitner
{
    public const int RightAnswersToMaster = 2;

    public static readonly IReadOnlyList<TimeSpan> Intervals = [TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(7)];

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

/// <summary>
/// Which ten questions a round asks: first the missed ones that are due, then questions the user has
/// not seen (spread over the topics), then mastered ones to keep them fresh. A missed question that is
/// not yet due waits for its day.
/// </summary>
public static class QuizRoundPlanner
{
    public const int RoundSize = 10;

    public static IReadOnlyList<string> Plan(IReadOnlyList<QuizQuestion> questions, IReadOnlyList<QuizProgress> progress, DateTimeOffset now, string seed)
    {
        var byId = progress.ToDictionary(p => p.QuestionId, StringComparer.Ordinal);
        var available = questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);

        var due = progress
            .Where(p => !p.Mastered && p.Box >= 1 && p.DueAt <= now && available.Contains(p.QuestionId))
            .OrderBy(p => p.DueAt)
            .Select(p => p.QuestionId);

        // Unseen questions, one topic after another, in an order of the user's own.
        var unseen = questions
            .Where(q => !byId.ContainsKey(q.Id))
            .GroupBy(q => q.Topic, StringComparer.Ordinal)
            .OrderBy(g => Rank(seed, g.Key), StringComparer.Ordinal)
            .Select(g => g.OrderBy(q => Rank(seed, q.Id), StringComparer.Ordinal).Select(q => q.Id).ToList())
            .ToList();
        var spread = new List<string>();
        for (var i = 0; unseen.Any(list => i < list.Count); i++)
        {
            spread.AddRange(unseen.Where(list => i < list.Count).Select(list => list[i]));
        }

        var review = progress
            .Where(p => p.Mastered && available.Contains(p.QuestionId))
            .OrderBy(p => p.LastAnsweredAt)
            .Select(p => p.QuestionId);

        return due.Concat(spread).Concat(review).Distinct(StringComparer.Ordinal).Take(RoundSize).ToList();
    }

    /// <summary>The order the answers of a question are shown in a round: indexes into the question's answers.</summary>
    public static IReadOnlyList<int> AnswerOrder(string roundId, QuizQuestion question) =>
        Enumerable.Range(0, question.Answers.Count).OrderBy(i => Rank(roundId + "\n" + question.Id, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal).ToList();

    private static string Rank(string seed, string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\n{value}")));
}
