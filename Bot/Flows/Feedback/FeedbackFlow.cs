using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Flows.Privacy;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;

namespace SafetyBot.Bot.Flows.Feedback;

/// <summary>
/// "Was dit nuttig?": 👍 or 👎 with an optional reason. The card data is the client's, so nothing in it is
/// trusted: the rated article must be one of the knowledge base's, and all that is stored is its id, the
/// rating and the reason (capped, names masked). A user has one rating per article; a later click
/// replaces it. The card the user clicked is rebuilt from its own data, saying "Bedankt!" (only that user
/// sees it).
/// </summary>
public sealed partial class FeedbackFlow(IFeedbackStore feedback, ITextMasker masker, LoadedKnowledge knowledge, ILogger<FeedbackFlow> logger) : IBotFlow
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

        // The answering article, looked up in the knowledge base: its id is the only thing of the view that is stored.
        var claimed = view.Article?.ArticleId ?? (view.Sources.Count > 0 ? view.Sources[0].ArticleId : null);
        if (claimed is null || knowledge.Content.Article(claimed) is not { } article)
        {
            LogUnknownArticle(logger);
            return InvokeResponse.BadRequest(FeedbackStrings.UnknownArticle);
        }

        var entry = new FeedbackEntry
        {
            UserKey = userKey,
            Subject = article.Id,
            Useful = rating == "up",
            Reason = MaskedReason(turn.ActionString("reason")),
        };
        await feedback.SaveAsync(entry, turn.Cancellation);
        LogRated(logger, entry.Useful, entry.Reason is not null);

        return InvokeResponse.Card(AnswerCard.Build(view with { Feedback = FeedbackState.Thanked }));
    }

    /// <summary>Capped before masking (the masker sees at most the cap) and after (a mask may be longer than the name).</summary>
    private string? MaskedReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        var masked = masker.Mask(Cap(reason.Trim(), MaxReasonLength)).Trim();
        return masked.Length == 0 ? null : Cap(masked, MaxReasonLength);
    }

    /// <summary>At most <paramref name="max"/> characters, never cutting a surrogate pair in two.</summary>
    private static string Cap(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback recorded (useful: {Useful}, with a reason: {WithReason})")]
    private static partial void LogRated(ILogger logger, bool useful, bool withReason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback refused: the rated article is not in the knowledge base")]
    private static partial void LogUnknownArticle(ILogger logger);
}

public static class FeedbackStrings
{
    public const string Unreadable = "Deze feedback kon ik niet lezen.";
    public const string UnknownArticle = "Deze feedback hoort niet bij een artikel uit de kennisbank, dus ik heb hem niet bewaard.";
}
