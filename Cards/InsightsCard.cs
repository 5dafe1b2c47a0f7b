using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

public sealed record InsightsView(
    IReadOnlyList<(string Question, int Count)> Unanswered,
    IReadOnlyList<(string Title, int Useful, int NotUseful)> Feedback,
    IReadOnlyList<(string Title, string Reviewed)> DueReviews,
    IReadOnlyList<string>? WeeklyProblems = null);

/// <summary>
/// For the content owner: questions nobody could answer, feedback per article, overdue reviews. Teachers'
/// own (masked) words are shown through <see cref="MarkdownText.Escape"/>, so a question cannot put a link
/// or markup in an admin's card; titles come from the knowledge base, never from card data.
/// </summary>
public static class InsightsCard
{
    public static JsonObject Build(InsightsView view)
    {
        static JsonNode Section(string title, IEnumerable<string> lines, string empty)
        {
            var list = lines.ToList();
            return Container([Subheading(title), list.Count == 0 ? Text(empty, isSubtle: true) : List(list)], spacing: "Medium");
        }

        return Card(
        [
            Heading("Inzichten"),
            Section("Vragen zonder antwoord", view.Unanswered.Take(10).Select(u => $"{MarkdownText.Escape(AnswerCard.Shorten(u.Question, 140))} ({u.Count}×)"), "Geen onbeantwoorde vragen."),
            Section("Feedback per artikel", view.Feedback.Take(10).Select(f => $"{f.Title}: 👍 {f.Useful} · 👎 {f.NotUseful}"), "Nog geen feedback."),
            Section("Toe aan controle", view.DueReviews.Take(10).Select(r => $"{r.Title} (gecontroleerd {r.Reviewed})"), "Alles is het afgelopen jaar gecontroleerd."),
            view.WeeklyProblems is { Count: > 0 } problems
                ? Section("Weekkaarten die niet (zeker) zijn aangekomen", problems.Take(10), string.Empty)
                : null,
            Text("Namen in vragen zijn vervangen door [naam].", size: "Small", isSubtle: true),
        ]);
    }
}
