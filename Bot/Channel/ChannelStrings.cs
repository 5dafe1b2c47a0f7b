namespace SafetyBot.Bot.Channel;

/// <summary>What the protocol layer itself says to users (Dutch), in one place.</summary>
public static class ChannelStrings
{
    public const string Apology = "Sorry, er ging iets mis aan mijn kant. Probeer het over een momentje nog eens.";

    public const string RateLimited = "Je stuurt me nu wel heel veel berichten tegelijk. Wacht even een minuutje, dan help ik je graag verder.";
}
