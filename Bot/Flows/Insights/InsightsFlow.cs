using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Insights;

/// <summary>
/// <c>inzichten</c> for the content owners in <c>School:Admins</c>, in a 1:1 chat: the questions nobody
/// could answer (names masked), feedback per article, and content due for review.
/// </summary>
public sealed class InsightsFlow(
    IUnansweredQuestionStore unanswered,
    IFeedbackStore feedback,
    IWeeklyStore weekly,
    LoadedKnowledge knowledge,
    IOptions<SchoolOptions> school,
    TimeProvider clock) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes) => routes.OnCommand(Commands.Insights, ShowAsync);

    private async Task ShowAsync(TurnContext turn)
    {
        var admins = school.Value.AdminIds;
        var aadId = turn.Activity.From?.AadObjectId;
        if (!turn.IsPersonal || admins.Count == 0 || aadId is null || !admins.Contains(aadId))
        {
            await turn.SendTextAsync(InsightsStrings.NotAllowed);
            return;
        }

        await turn.SendCardAsync(InsightsCard.Build(await ViewAsync(turn.Cancellation)), "Inzichten");
    }

    public async Task<InsightsView> ViewAsync(CancellationToken cancellationToken)
    {
        var questions = await unanswered.ListAsync(500, cancellationToken);
        var ratings = await feedback.ListAsync(2000, cancellationToken);
        var topQuestions = questions
            .GroupBy(q => q.MaskedText.Trim().ToLowerInvariant())
            .Select(g => (Question: g.First().MaskedText, Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .ToList();
        var perArticle = ratings
            .GroupBy(f => f.Subject)
            .Select(g => (Title: knowledge.Content.Find(g.Key)?.Title ?? g.Key, Useful: g.Count(f => f.Useful), NotUseful: g.Count(f => !f.Useful)))
            .OrderByDescending(x => x.NotUseful)
            .ThenByDescending(x => x.Useful)
            .ToList();
        var due = ReviewSchedule.Due(knowledge.Content, clock)
            .Select(d => (d.Document.Title, d.Reviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "nooit"))
            .ToList();
        var weeklyProblems = (await weekly.ListFailedPostsAsync(20, cancellationToken))
            .Select(p => $"{p.Week}, {knowledge.Content.WeeklyDilemma(p.DilemmaId)?.Title ?? p.DilemmaId}: {InsightsStrings.Describe(p)}")
            .ToList();
        return new InsightsView(topQuestions, perArticle, due, weeklyProblems);
    }
}

public static class InsightsStrings
{
    public static string Describe(WeeklyPost post) => post.Status switch
    {
        WeeklyPostStatus.Ambiguous => $"misschien niet aangekomen ({post.Failure}); niet opnieuw verstuurd, kijk in het kanaal",
        WeeklyPostStatus.ConversationGone => $"het kanaal is niet meer bereikbaar ({post.Failure}); voeg SafetyBot opnieuw toe aan het team",
        WeeklyPostStatus.NotDelivered => $"niet aangekomen ({post.Failure}); wordt opnieuw geprobeerd",
        _ => "het versturen is onderbroken; niet opnieuw verstuurd, kijk in het kanaal",
    };

    public const string NotAllowed = "Inzichten zijn alleen voor de beheerders van de kennisbank van jouw school (in een 1-op-1-chat).";
}
