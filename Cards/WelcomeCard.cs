using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>What the welcome/help card shows; where it is shown, and to whom, decides which commands make sense.</summary>
public sealed record WelcomeView(string? SchoolName, bool InTeamOrGroup, bool AskAudience = false, bool IsAdmin = false);

/// <summary>The welcome and help card: what SafetyBot is for, what to type, quick-start buttons.</summary>
public static class WelcomeCard
{
    public const string AudienceVerb = "welcome.audience";

    public static JsonObject Build(WelcomeView view)
    {
        var intro = string.IsNullOrWhiteSpace(view.SchoolName)
            ? "Ik help je met situaties waar online leven en school elkaar raken: van een naaktfoto in de klassenapp tot een vraag van ouders over het telefoonverbod."
            : $"Ik help het team van {view.SchoolName} met situaties waar online leven en school elkaar raken: van een naaktfoto in de klassenapp tot een vraag van ouders over het telefoonverbod.";

        var commands = new List<(string, string)>
        {
            ("Een vraag", "Typ je vraag in je eigen woorden, bijvoorbeeld: \"een leerling wordt gepest in de groepsapp, wat nu?\""),
            ("protocol", "wat het sociale-mediaprotocol zegt, bijvoorbeeld: protocol foto's"),
            ("rolmodel", "wat je voorbeeldfunctie online betekent"),
            ("quiz", "een korte quiz over de basiskennis (10 vragen); je voortgang wordt bewaard"),
            ("quizoverzicht", "hoe de school het samen doet op de quiz (alleen totalen)"),
            ("wat weet je over mij", "laat zien wat ik over jou heb bewaard"),
            ("vergeet mij", "wis alles wat ik over jou heb bewaard"),
        };
        if (view.InTeamOrGroup)
        {
            commands.Add(("@SafetyBot weekkaart", "het dilemma van deze week voor het teamoverleg, met een anonieme stemming (in een teamkanaal)"));
            commands.Add(("@SafetyBot instellingen", "wanneer de weekkaart komt, voor welk schooltype, of even pauzeren"));
        }

        // The admin commands answer only admins in a 1:1 chat, so only they are told about them.
        if (view.IsAdmin && !view.InTeamOrGroup)
        {
            commands.Add(("inzichten", "voor beheerders: vragen zonder antwoord, feedback per artikel, artikelen die gecontroleerd moeten worden"));
            commands.Add(("logboek", "voor beheerders: wie welke beheeractie deed (instellingen, uitslagen, inzichten)"));
        }

        // Only commands that exist are offered.

        var body = new JsonNode?[]
        {
            Heading("Hoi, ik ben SafetyBot"),
            Text(intro),
            Text("**Acuut?** Bij naaktbeelden van een minderjarige, sextortion, grooming, bedreiging of signalen van zelfbeschadiging beschrijf je gewoon wat er speelt: ik geef je eerst de stappen die je nu moet zetten.", color: "Attention"),
            Subheading("Wat je kunt typen"),
            FactSet(commands),
            Text("Ik antwoord alleen vanuit mijn kennisbank en noem altijd de bron. Weet ik het niet, dan zeg ik dat.", isSubtle: true),
        };

        if (view.AskAudience && !view.InTeamOrGroup)
        {
            body = [.. body, Container(
                [
                    Text(CardStrings.AudienceQuestion, weight: "Bolder"),
                    ActionSet(
                    [
                        Execute("Primair onderwijs (po)", AudienceVerb, new JsonObject { ["audience"] = "po" }),
                        Execute("Voortgezet onderwijs (vo)", AudienceVerb, new JsonObject { ["audience"] = "vo" }),
                        Execute("Mbo", AudienceVerb, new JsonObject { ["audience"] = "mbo" }),
                    ]),
                ],
                style: "emphasis",
                spacing: "Medium")];
        }

        var actions = view.InTeamOrGroup
            ? new JsonNode?[] { ImBack("Protocol", "protocol"), ImBack("Rolmodel", "rolmodel"), ImBack("Help", "help") }
            : new JsonNode?[] { ImBack("Quiz", "quiz"), ImBack("Protocol", "protocol"), ImBack("Rolmodel", "rolmodel"), ImBack("Vergeet mij", "vergeet mij") };

        return Card(body, actions);
    }
}
