using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Protocol;
using SafetyBot.Bot.Routing;
using SafetyBot.Cards;

namespace SafetyBot.Bot.Flows.Welcome;

/// <summary>Greets once when the bot is added to a chat or team; <c>help</c> shows the same card at any time.</summary>
public sealed class WelcomeFlow(IOptions<SchoolOptions> school) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes)
    {
        routes.OnEvent("welcome.bot-added", ActivityTypes.ConversationUpdate, BotWasAdded, SendWelcomeAsync);
        routes.OnCommand(Commands.Help, SendWelcomeAsync);
    }

    /// <summary>DESIGN.md: greet on conversationUpdate whose membersAdded contains the bot itself.</summary>
    public static bool BotWasAdded(TurnContext turn)
    {
        var botId = turn.Activity.Recipient?.Id;
        return botId is not null
            && turn.Activity.MembersAdded?.Any(member => string.Equals(member.Id, botId, StringComparison.Ordinal)) == true;
    }

    private Task SendWelcomeAsync(TurnContext turn)
    {
        var card = WelcomeCard.Build(new WelcomeView(school.Value.Name, InTeamOrGroup: !turn.IsPersonal));
        return turn.SendCardAsync(card, WelcomeStrings.Summary);
    }
}

public static class WelcomeStrings
{
    public const string Summary = "Welkom bij SafetyBot";
}
