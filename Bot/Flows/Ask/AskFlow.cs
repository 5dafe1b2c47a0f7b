using SafetyBot.Bot.Protocol;
using SafetyBot.Bot.Routing;

namespace SafetyBot.Bot.Flows.Ask;

/// <summary>Any other message, and <c>vraag &lt;tekst&gt;</c>: a question for the knowledge base.</summary>
public sealed class AskFlow : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes)
    {
        routes.OnCommand(Commands.Ask, AnswerAsync);
        routes.OnAnyOtherMessage("ask", AnswerAsync);
    }

    private static Task AnswerAsync(TurnContext turn) => turn.SendTextAsync(AskStrings.NotYet);
}

public static class AskStrings
{
    public const string NotYet = "Dat kan ik nog niet beantwoorden: mijn kennisbank is nog in de maak. Typ **help** om te zien wat ik al wel kan.";
}
