namespace SafetyBot.Bot.Channel;

/// <summary>What the protocol layer itself says to users (Dutch), in one place.</summary>
public static class ChannelStrings
{
    public const string Apology = "Sorry, er ging iets mis aan mijn kant. Probeer het over een momentje nog eens.";

    public const string Busy = "Het is nu erg druk bij mij, daardoor kan ik je bericht niet meteen behandelen. Probeer het over een minuutje nog eens. Is het acuut? Schakel dan meteen je aandachtsfunctionaris of directie in.";

    public const string StoreDown = "Dat lukt me nu even niet: ik kan op dit moment niets opslaan of ophalen. Vragen stellen en een acuut geval melden werkt wel. Probeer het later nog eens.";

    public const string RateLimited = "Je stuurt me nu wel heel veel berichten tegelijk. Wacht even een minuutje, dan help ik je graag verder.";
}
