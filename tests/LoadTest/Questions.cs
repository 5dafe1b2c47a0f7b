using System.Text.Json;

namespace SafetyBot.LoadTest;

public enum QuestionKind
{
    Answerable,
    OffTopic,
    Incident,
}

public sealed record Question(string Text, QuestionKind Kind);

/// <summary>
/// The rotation the simulated teachers ask, from the retrieval dev set (tests/eval/devset.yml):
/// 15 answerable questions (ones the bundled content answers today), 3 off-topic ones (the "dat weet ik niet" card, which also stores the
/// masked question for the content owner) and 2 acute cases (the act-now card and its article).
/// </summary>
public static class Questions
{
    public const string ColdStartProbe = "mag ik een leerling volgen op instagram";

    public static readonly IReadOnlyList<Question> Rotation =
    [
        new("mag ik een leerling volgen op instagram", QuestionKind.Answerable),
        new("hoe herken ik cyberpesten in mijn klas? in de les doen ze heel normaal tegen elkaar maar ik heb het gevoel dat er online iets speelt", QuestionKind.Answerable),
        new("is sexting altijd strafbaar? ook als twee leerlingen van 16 elkaar vrijwillig fotos sturen?", QuestionKind.Answerable),
        new("ik hoor alleen maar negatieve dingen over sociale media, zijn er ook positieve kanten voor jongeren die ik in de les kan noemen?", QuestionKind.Answerable),
        new("wat is nou precies mijn rol bij online gedrag? ik geef gewoon wiskunde", QuestionKind.Answerable),
        new("heeft iemand een goede les over sociale media voor de brugklas? mentoruur volgende week en ik heb niks", QuestionKind.Answerable),
        new("wanneer moet ik als leraar ingrijpen bij iets online en wanneer laat ik het aan de leerlingen zelf over?", QuestionKind.Answerable),
        new("mag een leerling zomaar een filmpje van een klasgenoot online zetten? hoe zit dat met portretrecht", QuestionKind.Answerable),
        new("wat staat er normaal in een social media protocol", QuestionKind.Answerable),
        new("geldt ons socialemediaprotocol ook buiten schooltijd?", QuestionKind.Answerable),
        new("hoe krijgen we als team één lijn in hoe we met online gedrag omgaan? nu doet iedere collega maar wat", QuestionKind.Answerable),
        new("welke privacy instellingen moet ik op mijn insta zetten zodat leerlingen me niet vinden", QuestionKind.Answerable),
        new("we gaan op werkweek en ik wil een whatsapp groep met de klas maken voor de afspraken, is dat handig of niet?", QuestionKind.Answerable),
        new("mag ik een foto van mijn klas op mijn eigen facebook zetten? iedereen staat er leuk op en de ouders vinden het vast prima", QuestionKind.Answerable),
        new("screenshots van privegesprekken doorsturen strafbaar?", QuestionKind.Answerable),
        new("hoeveel vakantiedagen heb ik als ik 0,6 fte werk", QuestionKind.OffTopic),
        new("hoe leg ik breuken vereenvoudigen uit aan groep 6", QuestionKind.OffTopic),
        new("wat is de stelling van pythagoras", QuestionKind.OffTopic),
        new("Er gaat een naaktfoto van een meisje uit 2b rond in de klassenapp, wat moet ik doen?", QuestionKind.Incident),
        new("leerling zegt dat een meisje op snapchat dreigt zijn filmpje rond te sturen als hij niet nog meer fotos stuurt", QuestionKind.Incident),
    ];

    /// <summary>The question's text as a JSON string literal, encoded once.</summary>
    public static readonly IReadOnlyList<string> EncodedText = Rotation.Select(q => JsonSerializer.Serialize(q.Text)).ToList();

    /// <summary>
    /// A Teams personal-chat message as tests/IntegrationTests/Infrastructure/BotFactory.cs builds it,
    /// for simulated user <paramref name="user"/> in their own conversation, replies in the body.
    /// </summary>
    public static byte[] Activity(long sequence, int user, string encodedText) =>
        System.Text.Encoding.UTF8.GetBytes(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $$$"""{"type":"message","id":"load-{{{sequence}}}","timestamp":"{{{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ}}}","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/","from":{"id":"29:load-user-{{{user}}}","name":"Docent {{{user}}}","aadObjectId":"00000000-0000-4000-8000-{{{user:D12}}}"},"recipient":{"id":"28:safetybot","name":"SafetyBot"},"conversation":{"id":"a:load-conv-{{{user}}}","conversationType":"personal","tenantId":"tenant-load"},"channelData":{"tenant":{"id":"tenant-load"}},"text":{{{encodedText}}},"locale":"nl-NL","deliveryMode":"expectReplies"}"""));
}
