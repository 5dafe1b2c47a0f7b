using System.Security.Cryptography;
using System.Text;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Quiz;

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
