using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Welcome;

/// <summary>
/// Greets once when the bot is added to a chat or team; <c>help</c> shows the same card at any time.
/// In a 1:1 chat the card asks once for the user's school type (po/vo/mbo) until they choose.
/// </summary>
public sealed class WelcomeFlow(IOptions<SchoolOptions> school, AskerAudience audiences) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes)
    {
        routes.OnEvent("welcome.bot-added", ActivityTypes.ConversationUpdate, BotWasAdded, SendWelcomeAsync);
        routes.OnCommand(Commands.Help, SendWelcomeAsync);
        routes.OnVerb(WelcomeCard.AudienceVerb, ChooseAudienceAsync);
    }

    /// <summary>docs/design.md, "Conversation events": greet on conversationUpdate whose membersAdded contains the bot itself.</summary>
    public static bool BotWasAdded(TurnContext turn)
    {
        var botId = turn.Activity.Recipient?.Id;
        return botId is not null
            && turn.Activity.MembersAdded?.Any(member => string.Equals(member.Id, botId, StringComparison.Ordinal)) == true;
    }

    private async Task SendWelcomeAsync(TurnContext turn)
    {
        var askAudience = turn.IsPersonal && await audiences.ChosenAsync(turn) is null;
        var isAdmin = school.Value.IsAdmin(turn.Activity.From?.AadObjectId);
        var card = WelcomeCard.Build(new WelcomeView(school.Value.Name, InTeamOrGroup: !turn.IsPersonal, AskAudience: askAudience, IsAdmin: isAdmin));
        await turn.SendCardAsync(card, WelcomeStrings.Summary);
    }

    private async Task<InvokeResponse> ChooseAudienceAsync(TurnContext turn)
    {
        var code = turn.ActionString("audience");
        if (AudienceCodes.TryParse(code) is not { } audience || Storage.UserKey.Of(turn.Activity) is null)
        {
            return InvokeResponse.BadRequest(WelcomeStrings.UnknownAudience);
        }

        await audiences.SaveAsync(turn, audience);
        var card = WelcomeCard.Build(new WelcomeView(school.Value.Name, InTeamOrGroup: false, AskAudience: false));
        card["body"]!.AsArray().Add(AdaptiveCard.Text(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, CardStrings.AudienceChosen, AudienceCodes.Label(audience)),
            color: "Good"));
        return InvokeResponse.Card(card);
    }
}

public static class WelcomeStrings
{
    public const string Summary = "Welkom bij SafetyBot";
    public const string UnknownAudience = "Kies po, vo of mbo.";
}
