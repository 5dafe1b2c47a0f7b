using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;

namespace SafetyBot.Bot.Flows.Privacy;

/// <summary><c>vergeet mij</c>: a confirm card, then the store's erasure of every record about the user.</summary>
public sealed partial class ForgetMeFlow(IUserDataEraser eraser, ILogger<ForgetMeFlow> logger) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes)
    {
        routes.OnCommand(Commands.ForgetMe, turn => turn.SendCardAsync(ForgetMeCard.Confirm(), CardStrings.ForgetTitle));
        routes.OnVerb(ForgetMeCard.ForgetVerb, ForgetAsync);
    }

    private async Task<InvokeResponse> ForgetAsync(TurnContext turn)
    {
        var userKey = UserKey.Of(turn.Activity);
        if (userKey is null)
        {
            return InvokeResponse.BadRequest(PrivacyStrings.NoUser);
        }

        var erased = await eraser.EraseUserAsync(userKey, turn.Cancellation);
        LogErased(logger, erased);
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            return InvokeResponse.Card(ForgetMeCard.Done());
        }

        // Action.Submit: a message says it, and the HTTP answer stays a plain 200.
        await turn.SendTextAsync(CardStrings.ForgetDone);
        return InvokeResponse.Acknowledged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forget me: {Records} records erased")]
    private static partial void LogErased(ILogger logger, int records);
}

public static class PrivacyStrings
{
    public const string NoUser = "Ik weet niet wie je bent, dus er is niets te wissen.";
    public const string NoUserToShow = "Ik weet niet wie je bent, dus ik heb ook niets over jou bewaard.";
    public const string MyDataOnlyPersonal = "Wat ik over jou weet, laat ik alleen zien in een 1-op-1-chat met mij, niet waar anderen meelezen.";
    public const string UnknownArticle = "een artikel dat niet meer in de kennisbank staat";
    public const string UnknownDilemma = "een dilemma dat niet meer bestaat";
}
