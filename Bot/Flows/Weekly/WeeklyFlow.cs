using Microsoft.Extensions.Options;
using SafetyBot.Bot.Flows.Lifecycle;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>
/// The weekly discussion card in a team: <c>@SafetyBot weekkaart</c> posts this week's card (once),
/// <c>weekly.vote</c> records an anonymous vote and shows the voter "Je stemde: …", the shared card
/// shows only how many voted (batched PUTs), <c>weekly.reveal</c> shows the counts to everyone once
/// <see cref="WeeklyTallyRules.RevealMinimum"/> colleagues voted, <c>weekly.refresh</c> gives a voter
/// their own view back (with the live counts; the shared card's move in steps, <see cref="WeeklyTallyRules"/>).
/// </summary>
public sealed partial class WeeklyFlow(
    WeeklyPoster poster,
    WeeklyCards cards,
    WeeklyTallyUpdater updater,
    IWeeklyStore store,
    IOptions<WeeklyOptions> options,
    AuditRecorder audit,
    TimeProvider time,
    ILogger<WeeklyFlow> logger) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes) => routes
        .OnCommand(Commands.Weekly, PostThisWeekAsync)
        .OnVerb(WeeklyCard.VoteVerb, turn => OnPostAsync(turn, VoteAsync))
        .OnVerb(WeeklyCard.RevealVerb, turn => OnPostAsync(turn, RevealAsync))
        .OnVerb(WeeklyCard.RefreshVerb, turn => OnPostAsync(turn, RefreshAsync));

    /// <summary>This week's key for the team: the ISO week in the deployment's time zone.</summary>
    public string CurrentWeek() => SchoolCalendar.IsoWeek(time.GetUtcNow(), options.Value.Zone);

    private async Task PostThisWeekAsync(TurnContext turn)
    {
        var teamId = turn.Activity.ChannelData?.Team?.Id;
        var conversationId = ConversationLifecycleFlow.BaseConversationId(turn.Activity.Conversation?.Id);
        if (string.IsNullOrWhiteSpace(teamId) || conversationId is null || string.IsNullOrWhiteSpace(turn.Activity.ServiceUrl))
        {
            await turn.SendTextAsync(WeeklyStrings.OnlyInTeams);
            return;
        }

        var week = CurrentWeek();
        var result = await poster.PostAsync(new WeeklyTarget(teamId, conversationId, turn.Activity.ServiceUrl), week, turn.Cancellation);
        if (result.Outcome == WeeklyPostOutcome.Posted)
        {
            await audit.RecordAsync(turn.Activity, AuditActions.WeeklyPosted, teamId, detail: week, cancellationToken: turn.Cancellation);
        }

        var title = result.Dilemma?.Title ?? string.Empty;
        var reply = result.Outcome switch
        {
            WeeklyPostOutcome.Posted => string.Format(System.Globalization.CultureInfo.InvariantCulture, WeeklyStrings.Posted, title),
            WeeklyPostOutcome.AlreadyPosted => string.Format(System.Globalization.CultureInfo.InvariantCulture, WeeklyStrings.AlreadyPosted, title),
            WeeklyPostOutcome.InProgress or WeeklyPostOutcome.Ambiguous => WeeklyStrings.MaybePosted,
            WeeklyPostOutcome.NoDilemma => WeeklyStrings.NoDilemma,
            WeeklyPostOutcome.ConversationGone => WeeklyStrings.Gone,
            _ => WeeklyStrings.NotDelivered,
        };
        await turn.SendTextAsync(reply);
    }

    private async Task<InvokeResponse> VoteAsync(WeeklyAction action)
    {
        var (turn, post, dilemma, userKey) = action;
        var option = turn.ActionData is { } data ? WeeklyCard.ReadOption(data) : null;
        if (option is null || dilemma.Option(option.Value) is null)
        {
            return await AnswerWithOwnViewAsync(action, post, WeeklyStrings.ChooseFirst);
        }

        var previous = await store.GetVoteAsync(post.TeamId, post.Week, userKey, turn.Cancellation);
        await store.CastVoteAsync(post.TeamId, post.Week, userKey, turn.Activity.From?.Id, option.Value, turn.Cancellation);
        LogVoted(logger, post.Week, previous is not null);
        if (previous != option)
        {
            updater.Invalidate(post.TeamId, post.Week);
        }

        return await AnswerWithOwnViewAsync(action, post);
    }

    private async Task<InvokeResponse> RevealAsync(WeeklyAction action)
    {
        var (turn, post, dilemma, _) = action;
        if (!post.Revealed)
        {
            var tally = await cards.TallyAsync(post, dilemma, turn.Cancellation);
            if (!WeeklyTallyRules.MayReveal(tally.Voters))
            {
                LogRevealTooEarly(logger, post.Week, tally.Voters);
                return await AnswerWithOwnViewAsync(action, post, string.Format(System.Globalization.CultureInfo.InvariantCulture, WeeklyStrings.RevealTooEarly, WeeklyTallyRules.RevealMinimum));
            }

            var revealedBefore = false;
            post = await OptimisticConcurrency.UpdateAsync(
                ct => store.GetPostAsync(post.TeamId, post.Week, ct),
                current =>
                {
                    revealedBefore = (current ?? post).Revealed;
                    return (current ?? post) with { Revealed = true };
                },
                store.SavePostAsync,
                cancellationToken: turn.Cancellation);
            LogRevealed(logger, post.Week);
            updater.Invalidate(post.TeamId, post.Week);

            // A colleague who clicked at the same moment revealed it: one entry, theirs.
            if (!revealedBefore)
            {
                await audit.RecordAsync(turn.Activity, AuditActions.WeeklyRevealed, post.TeamId, detail: post.Week, cancellationToken: turn.Cancellation);
            }
        }

        return await AnswerWithOwnViewAsync(action, post);
    }

    private Task<InvokeResponse> RefreshAsync(WeeklyAction action) => AnswerWithOwnViewAsync(action, action.Post);

    /// <summary>Answers the click with the card as this user sees it: their vote, the current count, the tally once revealed.</summary>
    private async Task<InvokeResponse> AnswerWithOwnViewAsync(WeeklyAction action, WeeklyPost post, string? notice = null)
    {
        var personal = await cards.PersonalAsync(post, action.Dilemma, action.UserKey, action.Turn.Activity.From?.Id, action.Turn.Cancellation);
        return InvokeResponse.Card(WeeklyCard.Build(personal with { Notice = notice }));
    }

    /// <summary>Runs a card action on the post and dilemma it belongs to; answers why not when there is none.</summary>
    private async Task<InvokeResponse> OnPostAsync(TurnContext turn, Func<WeeklyAction, Task<InvokeResponse>> handle)
    {
        var key = turn.ActionData is { } data ? WeeklyCard.ReadKey(data) : null;
        var teamId = turn.Activity.ChannelData?.Team?.Id;
        var userKey = UserKey.Of(turn.Activity);
        if (key is null || string.IsNullOrWhiteSpace(teamId) || userKey is null)
        {
            return InvokeResponse.BadRequest(WeeklyStrings.Unreadable);
        }

        var post = await store.GetPostAsync(teamId, key.Value.Week, turn.Cancellation);
        var dilemma = post is null ? null : cards.Dilemma(post.DilemmaId);
        if (post is null || dilemma is null || !string.Equals(post.DilemmaId, key.Value.DilemmaId, StringComparison.Ordinal))
        {
            return InvokeResponse.BadRequest(WeeklyStrings.UnknownCard);
        }

        return await handle(new WeeklyAction(turn, post, dilemma, userKey));
    }

    /// <summary>A weekly card action on a post that exists: who clicked, on which post and dilemma.</summary>
    private sealed record WeeklyAction(TurnContext Turn, WeeklyPost Post, Knowledge.Content.WeeklyDilemma Dilemma, string UserKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly vote for {Week} recorded (changed: {Changed})")]
    private static partial void LogVoted(ILogger logger, string week, bool changed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly tally for {Week} revealed")]
    private static partial void LogRevealed(ILogger logger, string week);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly tally for {Week} not revealed: {Voters} voters, fewer than the minimum")]
    private static partial void LogRevealTooEarly(ILogger logger, string week, int voters);
}

public static class WeeklyStrings
{
    public const string OnlyInTeams = "De weekkaart hoort in een teamkanaal. Voeg SafetyBot toe aan je team en typ daar **@SafetyBot weekkaart**.";
    public const string Posted = "De weekkaart van deze week staat in het kanaal: **{0}**. Stem anoniem en bespreek hem in het teamoverleg.";
    public const string AlreadyPosted = "De weekkaart van deze week staat al in het kanaal: **{0}**. Stem daar; ik plaats hem niet nog een keer.";
    public const string MaybePosted = "De weekkaart van deze week wordt al geplaatst, of is misschien al geplaatst. Kijk in het kanaal; ik plaats hem niet nog een keer.";
    public const string NoDilemma = "Ik heb geen weekdilemma's voor het schooltype van dit team. Kijk bij **@SafetyBot instellingen**.";
    public const string NotDelivered = "Het plaatsen van de weekkaart lukte niet. Probeer het over een paar minuten opnieuw.";
    public const string Gone = "Ik kan niet meer in dit kanaal posten. Voeg SafetyBot opnieuw toe aan het team.";
    public const string RevealTooEarly = "De uitslag is te zien vanaf {0} stemmen, zodat niemand kan afleiden wie wat koos. Vraag je collega's om te stemmen.";
    public const string ChooseFirst = "Kies eerst een antwoord en klik dan op Stem.";
    public const string Unreadable = "Deze stem kon ik niet lezen. Probeer het nog eens op de weekkaart in het teamkanaal.";
    public const string UnknownCard = "Deze weekkaart ken ik niet (meer). Typ **@SafetyBot weekkaart** voor de kaart van deze week.";
}
