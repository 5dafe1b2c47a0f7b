using System.Globalization;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Flows.Audit;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Privacy;

/// <summary>
/// <c>wat weet je over mij</c> (right of access), in a 1:1 chat only: everything stored under the
/// user's key, in the categories <c>vergeet mij</c> erases, with titles from the knowledge base.
/// </summary>
public sealed partial class MyDataFlow(
    IUserDataReader reader,
    LoadedKnowledge knowledge,
    IOptions<StorageOptions> storage,
    ILogger<MyDataFlow> logger) : IBotFlow
{
    private static readonly TimeZoneInfo SchoolTime = FindSchoolTime();

    public void MapRoutes(RouteTableBuilder routes) => routes.OnCommand(Commands.MyData, ShowAsync);

    private async Task ShowAsync(TurnContext turn)
    {
        // In a team or group chat the answer would be read by others.
        if (!turn.IsPersonal)
        {
            await turn.SendTextAsync(PrivacyStrings.MyDataOnlyPersonal);
            return;
        }

        if (UserKey.Of(turn.Activity) is not { } userKey)
        {
            await turn.SendTextAsync(PrivacyStrings.NoUserToShow);
            return;
        }

        var report = await reader.ReadUserAsync(userKey, turn.Cancellation);
        LogShown(logger, Count(report));
        await turn.SendCardAsync(MyDataCard.Build(View(report)), CardStrings.MyDataTitle);
    }

    public MyDataView View(UserDataReport report)
    {
        var content = knowledge.Content;
        var feedback = report.Feedback
            .Select(f => new MyDataFeedback(content.Find(f.Subject)?.Title ?? PrivacyStrings.UnknownArticle, f.Useful, f.Reason, Date(f.CreatedAt)))
            .ToList();
        var questions = report.Questions.Select(q => new MyDataQuestion(q.MaskedText, Date(q.CreatedAt))).ToList();
        var quiz = report.QuizProgress
            .GroupBy(p => p.Topic, StringComparer.Ordinal)
            .Select(g => new MyDataQuizTopic(
                QuizQuestion.TopicLabels.TryGetValue(g.Key, out var label) ? label : g.Key,
                g.Count(),
                g.Sum(p => p.TimesAnswered),
                g.Sum(p => p.TimesRight),
                Date(g.Max(p => p.LastAnsweredAt))))
            .OrderBy(t => t.Topic, StringComparer.Ordinal)
            .ToList();
        var votes = report.Votes.Select(v =>
        {
            var dilemma = v.DilemmaId is null ? null : content.WeeklyDilemma(v.DilemmaId);
            var choice = dilemma?.Option(v.Choice) ?? string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataVoteUnknownChoice, v.Choice);
            return new MyDataVote(v.Week, dilemma?.Title ?? PrivacyStrings.UnknownDilemma, choice, Date(v.UpdatedAt));
        }).ToList();
        var chats = report.Conversations
            .Select(c => new MyDataChat(Date(c.CreatedAt), Date(c.LastActiveAt ?? c.UpdatedAt)))
            .ToList();
        var audience = report.Preference?.Audience is { } code
            ? AudienceCodes.TryParse(code) is { } parsed ? AudienceCodes.Label(parsed) : code
            : null;

        var followUp = report.FollowUp is { } context
            ? new MyDataFollowUp(
                content.Find(context.ArticleId)?.Title ?? PrivacyStrings.UnknownArticle,
                context.SectionIds.Select(id => content.Find(context.ArticleId)?.Sections.FirstOrDefault(s => s.Id == id)?.Heading ?? id).ToList(),
                context.Terms,
                DateTime(context.SavedAt))
            : null;

        return new MyDataView(
            audience,
            report.Preference is { } preference ? Date(preference.UpdatedAt) : null,
            feedback,
            questions,
            quiz,
            report.QuizRounds.Count(r => !r.Finished),
            report.QuizRounds.Count(r => r.Finished),
            votes,
            chats,
            storage.Value.RetentionDays)
        {
            AdminActions = report.AuditEntries.Select(a => $"{Date(a.CreatedAt)} · {AuditLogStrings.Action(a.Action, a.Detail)}"
                + (a.Setting is null ? string.Empty : ": " + AuditLogStrings.Change(a.Setting, a.OldValue, a.NewValue))).ToList(),
            FollowUp = followUp,
        };
    }

    private static int Count(UserDataReport report) =>
        (report.Preference is null ? 0 : 1) + report.Feedback.Count + report.Questions.Count + report.Votes.Count
        + report.QuizRounds.Count + report.QuizProgress.Count + report.Conversations.Count + report.AuditEntries.Count + (report.FollowUp is null ? 0 : 1);

    /// <summary>The day in the Netherlands, written the Dutch way.</summary>
    private static string Date(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, SchoolTime).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>The day and time in the Netherlands (a follow-up context lives for minutes).</summary>
    private static string DateTime(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, SchoolTime).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindSchoolTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Right of access: showed {Records} records")]
    private static partial void LogShown(ILogger logger, int records);
}
