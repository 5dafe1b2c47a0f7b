using System.Text;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.KnowledgeBase;
using SafetyBot.Bot.Protocol;
using SafetyBot.Bot.Routing;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Bot.Flows.Ask;

/// <summary>
/// Any other message, and <c>vraag &lt;tekst&gt;</c>: greetings and thanks get a friendly word, a question
/// gets the best sentences from the knowledge base with their sources, or an honest "dat weet ik niet".
/// </summary>
public sealed class AskFlow(LoadedKnowledge knowledge, IOptions<SchoolOptions> school) : IBotFlow
{
    public void MapRoutes(RouteTableBuilder routes)
    {
        routes.OnCommand(Commands.Ask, turn => AnswerAsync(turn, CommandParser.Parse(turn.Text)?.Argument ?? string.Empty));
        routes.OnAnyOtherMessage("ask", turn => AnswerAsync(turn, turn.Text));
    }

    private Task AnswerAsync(TurnContext turn, string question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return turn.SendTextAsync(AskStrings.EmptyQuestion);
        }

        switch (SmallTalk.Detect(question))
        {
            case SmallTalkKind.Greeting:
                return turn.SendTextAsync(AskStrings.Greeting);
            case SmallTalkKind.Thanks:
                return turn.SendTextAsync(AskStrings.Thanks);
        }

        var audience = AudienceCodes.ParseList(school.Value.Audience);
        var answer = knowledge.Answerer.Answer(question, audience);
        return turn.SendTextAsync(answer.Kind == AnswerKind.Answered ? FormatAnswer(answer) : FormatUnknown(answer));
    }

    internal static string FormatAnswer(KnowledgeAnswer answer)
    {
        var text = new StringBuilder();
        text.AppendJoin(' ', answer.Sentences).Append("\n\n");
        text.Append(AskStrings.SourcesLabel).AppendJoin("; ", answer.Sources.Select(s => s.SectionId == "inleiding" ? s.ArticleTitle : $"{s.ArticleTitle} › {s.Heading}"));
        if (answer.FollowUps.Count > 0)
        {
            text.Append("\n\n").Append(AskStrings.FollowUpsLabel).AppendJoin(" · ", answer.FollowUps.Select(f => f.Title));
        }

        return text.ToString();
    }

    internal static string FormatUnknown(KnowledgeAnswer answer)
    {
        var text = new StringBuilder(AskStrings.Unknown);
        if (answer.FollowUps.Count > 0)
        {
            text.Append("\n\n").Append(AskStrings.NearestTopicsLabel).AppendJoin(" · ", answer.FollowUps.Select(f => f.Title));
        }

        return text.ToString();
    }
}

/// <summary>Everything the Ask flow says.</summary>
public static class AskStrings
{
    public const string Greeting = "Hoi! Stel je vraag over sociale media, online gedrag of een lastige situatie met een leerling, in je eigen woorden. Typ **help** voor een overzicht.";
    public const string Thanks = "Graag gedaan! Kom gerust terug als er weer iets speelt.";
    public const string EmptyQuestion = "Wat is je vraag? Typ bijvoorbeeld: **vraag mag ik een leerling volgen op Instagram?**";
    public const string Unknown = "Dat weet ik niet: daar staat niets over in mijn kennisbank, en ik verzin geen antwoorden. Ik help je met sociale media, online gedrag en online veiligheid op school. Twijfel je? Vraag het je anti-pestcoördinator of aandachtsfunctionaris.";
    public const string SourcesLabel = "**Bron:** ";
    public const string FollowUpsLabel = "**Meer hierover:** ";
    public const string NearestTopicsLabel = "**Misschien bedoel je:** ";
}
