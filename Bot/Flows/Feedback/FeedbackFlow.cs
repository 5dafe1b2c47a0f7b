using SafetyBot.Bot.Flows.Privacy;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;

namespace SafetyBot.Bot.Flows.Feedback;

/// <summary>
/// "Was dit nuttig?": 👍 or 👎 with an optional reason (names masked) is stored once per user and
/// article (a later rating replaces the earlier), and the card then says "Bedankt!" in place of the question.
/// </summary>
public sealed partial class FeedbackFlow(IFeedbackStore feedback, ITextMasker masker, ILogger<FeedbackFlow> logger) : IBotFlow
{
    public const int MaxReasonLength = 500;

    public void MapRoutes(RouteTableBuilder routes) => routes.OnVerb(AnswerCard.RateVerb, RateAsync);

    private async Task<InvokeResponse> RateAsync(TurnContext turn)
    {
        var data = turn.ActionData;
        var view = data is { } d ? AnswerCard.ReadView(d) : null;
        var rating = turn.ActionString("rating");
        var userKey = UserKey.Of(turn.Activity);
        if (view is null || rating is not ("up" or "down") || userKey is null)
        {
            return InvokeResponse.BadRequest(FeedbackStrings.Unreadable);
        }

        var reason = turn.ActionString("reason");
        var subject = view.Sources.Count > 0 ? view.Sources[0].ArticleId : "answer";
        var entry = new FeedbackEntry
        {
            UserKey = userKey,
            Subject = subject,
            Useful = rating == "up",
            Reason = string.IsNullOrWhiteSpace(reason) ? null : masker.Mask(Truncate(reason.Trim(), MaxReasonLength)),
        };

        // One rating per user and article: the store replaces an earlier one.
        await feedback.SaveAsync(entry, turn.Cancellation);
        LogRated(logger, entry.Useful);

        return InvokeResponse.Card(AnswerCard.Build(view with { Feedback = FeedbackState.Thanked }));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback recorded (useful: {Useful})")]
    private static partial void LogRated(ILogger logger, bool useful);
}

public static class FeedbackStrings
{
    public const string Unreadable = "Deze feedback kon ik niet lezen.";
}
