using System.Globalization;
using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>A feedback entry as its giver sees it: the article's title, the rating, the masked reason, the date.</summary>
public sealed record MyDataFeedback(string Title, bool Useful, string? Reason, string Date);

/// <summary>An unanswered question (names masked) and when it was asked.</summary>
public sealed record MyDataQuestion(string Text, string Date);

/// <summary>Quiz progress of one topic: questions seen, answers given and right, the last answer's date.</summary>
public sealed record MyDataQuizTopic(string Topic, int Questions, int Answered, int Right, string LastAnswered);

/// <summary>A weekly vote: the week, the dilemma's title, the option chosen, the date.</summary>
public sealed record MyDataVote(string Week, string Dilemma, string Choice, string Date);

/// <summary>The 1:1 chat the bot may post in: since when, last active.</summary>
public sealed record MyDataChat(string Since, string LastActive);

/// <summary>The follow-up context: the last answer's article, its sections, the question's analysed words, when it was saved.</summary>
public sealed record MyDataFollowUp(string Topic, IReadOnlyList<string> Sections, IReadOnlyList<string> Words, string SavedAt);

/// <summary>Everything stored about one user, dates already written out (dd-MM-yyyy).</summary>
public sealed record MyDataView(
    string? Audience,
    string? AudienceDate,
    IReadOnlyList<MyDataFeedback> Feedback,
    IReadOnlyList<MyDataQuestion> Questions,
    IReadOnlyList<MyDataQuizTopic> Quiz,
    int OpenRounds,
    int FinishedRounds,
    IReadOnlyList<MyDataVote> Votes,
    IReadOnlyList<MyDataChat> Chats,
    int RetentionDays)
{
    /// <summary>Admin actions of this user in the audit log, written out (date and what).</summary>
    public IReadOnlyList<string> AdminActions { get; init; } = [];

    /// <summary>The stored follow-up context, if any.</summary>
    public MyDataFollowUp? FollowUp { get; init; }

    public bool IsEmpty =>
        Audience is null && Feedback.Count == 0 && Questions.Count == 0 && Quiz.Count == 0
        && OpenRounds == 0 && FinishedRounds == 0 && Votes.Count == 0 && Chats.Count == 0 && AdminActions.Count == 0 && FollowUp is null;
}

/// <summary>
/// <c>wat weet je over mij</c>: a teacher's own data, in the categories "vergeet mij" erases, with what
/// is not stored and how long the rest is kept.
/// </summary>
public static class MyDataCard
{
    /// <summary>Items shown per category; the rest is counted.</summary>
    public const int MaxItems = 15;

    public static JsonObject Build(MyDataView view)
    {
        string[] audience = view.Audience is null
            ? []
            : [string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataAudienceValue, view.Audience, view.AudienceDate)];
        var feedback = view.Feedback.Select(f =>
        {
            var line = $"{f.Date} · {f.Title}: {(f.Useful ? CardStrings.MyDataUseful : CardStrings.MyDataNotUseful)}";
            return string.IsNullOrWhiteSpace(f.Reason)
                ? line
                : line + ", " + string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataReason, UserText(f.Reason, 200));
        });
        var questions = view.Questions.Select(q => $"{q.Date} · \"{UserText(q.Text, 200)}\"");
        var quiz = view.Quiz.Select(t => string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataQuizTopic, t.Topic, t.Questions, t.Answered, t.Right, t.LastAnswered));
        var votes = view.Votes.Select(v => string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataVoteLine, v.Week, v.Dilemma, v.Choice, v.Date));
        var chats = view.Chats.Select(c => string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataChatLine, c.Since, c.LastActive));
        var hasRounds = view.OpenRounds + view.FinishedRounds > 0;
        string[] followUp = view.FollowUp is { } context
            ? [string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataFollowUpLine, context.Topic, string.Join(", ", context.Sections), MarkdownText.Escape(string.Join(", ", context.Words)), context.SavedAt)]
            : [];

        return Card(
        [
            Heading(CardStrings.MyDataTitle),
            Text(view.IsEmpty ? CardStrings.MyDataNothing : CardStrings.MyDataIntro),
            Section(CardStrings.MyDataAudienceTitle, audience),
            Section(CardStrings.MyDataFeedbackTitle, feedback),
            Section(CardStrings.MyDataQuestionsTitle, questions, view.Questions.Count > 0 ? CardStrings.MyDataQuestionsNote : null),
            Section(
                CardStrings.MyDataQuizTitle,
                quiz,
                hasRounds ? string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataQuizRounds, view.OpenRounds, view.FinishedRounds) : null,
                forceNote: hasRounds),
            Section(CardStrings.MyDataVotesTitle, votes, view.Votes.Count > 0 ? CardStrings.MyDataVotesNote : null),
            Section(CardStrings.MyDataChatsTitle, chats),
            view.AdminActions.Count > 0 ? Section(CardStrings.MyDataAdminActionsTitle, view.AdminActions, CardStrings.MyDataAdminActionsNote) : null,
            Section(CardStrings.MyDataFollowUpTitle, followUp, view.FollowUp is null ? null : CardStrings.MyDataFollowUpNote),
            Container([Subheading(CardStrings.MyDataNotStoredTitle), Text(CardStrings.MyDataNotStored)], spacing: "Medium"),
            Text(string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataRetention, view.RetentionDays), size: "Small", isSubtle: true),
        ],
        [ImBack(CardStrings.MyDataForget, "vergeet mij")]);
    }

    private static JsonObject Section(string title, IEnumerable<string> lines, string? note = null, bool forceNote = false)
    {
        var all = lines.ToList();
        var shown = all.Take(MaxItems).ToList();
        if (all.Count > MaxItems)
        {
            shown.Add(string.Format(CultureInfo.InvariantCulture, CardStrings.MyDataMore, all.Count - MaxItems));
        }

        var empty = all.Count == 0 && !forceNote;
        return Container(
        [
            Subheading(title),
            empty ? Text(CardStrings.MyDataNone, isSubtle: true) : shown.Count > 0 ? List(shown) : null,
            !empty && note is not null ? Text(note, size: "Small", isSubtle: true) : null,
        ],
        spacing: "Medium");
    }

    /// <summary>The user's own (masked) words, shortened, on one line, with Markdown links broken up.</summary>
    private static string UserText(string text, int max) =>
        AnswerCard.Shorten(MarkdownText.Escape(text.ReplaceLineEndings(" ").Trim()), max);
}
