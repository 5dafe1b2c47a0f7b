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
/// could answer (names masked), feedback per article, and content due for review. Questions and ratings
/// are counted by the store over <c>Storage:RetentionDays</c>; article titles come from the knowledge base.
/// </summary>
public sealed class InsightsFlow(
    IUnansweredQuestionStore unanswered,
    IFeedbackStore feedback,
    IWeeklyStore weekly,
    LoadedKnowledge knowledge,
    IOptions<SchoolOptions> school,
    IOptions<StorageOptions> storage,
    AuditRecorder audit,
    TimeProvider clock) : IBotFlow
{
    /// <summary>How many of the most asked unanswered questions the card lists.</summary>
    public const int ShownQuestions = 10;

    public void MapRoutes(RouteTableBuilder routes) => routes.OnCommand(Commands.Insights, ShowAsync);

    private async Task ShowAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || !school.Value.IsAdmin(turn.Activity.From?.AadObjectId))
        {
            await turn.SendTextAsync(InsightsStrings.NotAllowed);
            return;
        }

        await turn.SendCardAsync(InsightsCard.Build(await ViewAsync(turn.Cancellation)), "Inzichten");

        // Colleagues' (masked) questions were shown: the school can see who looked.
        await audit.RecordAsync(turn.Activity, AuditActions.InsightsViewed, target: null, cancellationToken: turn.Cancellation);
    }

    public async Task<InsightsView> ViewAsync(CancellationToken cancellationToken)
    {
        // Counted by the database over the whole retention window, not over the newest rows.
        var since = clock.GetUtcNow() - TimeSpan.FromDays(storage.Value.RetentionDays);
        var topQuestions = (await unanswered.TopAsync(since, ShownQuestions, cancellationToken))
            .Select(q => (Question: q.MaskedText, q.Count))
            .ToList();

        // Titles come from the knowledge base only; a subject that is no article (older forged card data,
        // an article since removed) is not shown.
        var perArticle = (await feedback.TallyAsync(since, cancellationToken))
            .Select(t => (Article: knowledge.Content.Article(t.Subject), t.Useful, t.NotUseful))
            .Where(t => t.Article is not null)
            .Select(t => (t.Article!.Title, t.Useful, t.NotUseful))
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
