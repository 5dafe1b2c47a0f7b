using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// Acute messages told in new words (issue #27 item 7, written for these tests, none from an evaluation set), read as
/// families of signals: a nude image held with a demand for money, pay-or-everyone-sees, a death wish said of someone,
/// "X gaat eraan", a list of names with a start, an age lie beside an approach, two signs of stalking in English, bullying
/// with withdrawal, an audience or a page made about someone, in English too; and ordinary look-alikes that must stay quiet.
/// Most acute messages here got no card or another type before this change; a few the model alone already read, and
/// they are pinned so the rule now reading them keeps them.
/// </summary>
public sealed class IncidentRecognitionFamiliesTests
{
    private static readonly IncidentClassifier Classifier = new();

    public static TheoryData<string, IncidentType> AcuteMessages => new()
    {
        // A past cue ("vorig jaar") does not hold a report back when it clearly happens now.
        { "Een leerling vertelde vanochtend dat naaktfoto's die ze vorig jaar aan haar vriendje stuurde nu in de klassenapp rondgaan", IncidentType.NudeImages },
        // Images said not to be nude leave a taken-over account to the hacked-account plan.
        { "Het snapchataccount van een leerling is gisteren overgenomen en er zijn foto's van haar gepost, niet naakt maar wel heel privé. Ze komt er zelf niet meer in.", IncidentType.HackedAccount },
        // Sexual acts filmed and gone viral are nude images.
        { "Een jongen laat in de pauze een filmpje zien waarop twee leerlingen uit 3 vmbo seksuele handelingen doen, het gaat viral op snapchat", IncidentType.NudeImages },
        // A nude image held with a demand for money; pay or everyone sees it; "tenzij" with money.
        { "Een account heeft een naaktfoto van een jongen uit mijn mentorklas. Ze hebben zijn broer al als volger toegevoegd en hij heeft gisteren 50 euro betaald, maar ze willen meer", IncidentType.Sextortion },
        { "Een account zet de intieme foto's van een leerling vanavond online tenzij ze 100 euro stuurt", IncidentType.Sextortion },
        // Threats: a death wish said of someone, "deze meester gaat eraan", a list of names with a start.
        { "Een vader schreef in de oudergroepsapp dat de juf van groep 6 de dood verdient", IncidentType.Threat },
        { "Een leerling heeft in zijn schrift een lijst met namen van klasgenoten gemaakt met erboven 'deze gaan dood'", IncidentType.Threat },
        { "Iemand in 4 havo heeft een lijst met de namen van drie docenten op zijn story gezet met 'hier begin ik maandag mee'", IncidentType.Threat },
        { "Een leerling heeft een hitlist met namen van klasgenoten in de klassenchat gezet", IncidentType.Threat },
        { "op insta staat een post 'meester Jan gaat eraan' met een foto van zijn auto", IncidentType.Threat },
        { "A parent posted in the class WhatsApp that the teacher deserves a bullet for failing her son", IncidentType.Threat },
        // Grooming: an age lie beside an approach; a parent who wants to wait for the man is no threat.
        { "A boy in year 7 chats with a gamer who claims to be 13 but writes like an adult; he keeps asking what he's wearing and told him not to tell his parents", IncidentType.Grooming },
        { "Een man van 35 stuurt een leerling uit groep 8 cadeaukaarten en wil afspreken. Haar vader wil hem nu zelf gaan opwachten bij het station.", IncidentType.Grooming },
        { "A girl in year 5 says her online friend from Minecraft claims to be 11 but writes like an adult, he asked what she's wearing and said not to tell her mum", IncidentType.Grooming },
        // Stalking: two signs in Dutch (comments on a child's photos, hanging around school, "ik zie haar morgen") and in English.
        { "Een onbekend account reageert op alle foto's van mijn dochter en iemand hangt sinds maandag rond bij onze school, vanochtend kreeg ze: ik zie haar morgen weer", IncidentType.Cyberstalking },
        { "My colleague keeps getting texts from an anonymous number that knows where she lives and says she looked nice in her red coat today, and that he'll see her after school", IncidentType.Cyberstalking },
        { "A student of mine keeps getting messages from an unknown account saying 'nice hoodie today' and 'saw you at the station'", IncidentType.Cyberstalking },
        // Bullying with an audience, a page made about someone, withdrawal; and in English.
        { "Leerlingen hebben een tiktokaccount aangemaakt met gemene teksten over mij als docent, de ouders hebben het ook al gezien", IncidentType.Cyberbullying },
        { "Een meisje wordt in de groepsapp gepest omdat ze lesbisch is, ze heeft net de groep verlaten en reageert niet meer", IncidentType.Cyberbullying },
        { "Een leerling wordt in de app gepest, hij heeft net de groepsapp verlaten en reageert nergens meer op", IncidentType.Cyberbullying },
        { "Some girls in my class are posting photoshopped pictures of a classmate with insults in the year group chat; she is crying in the toilets and won't come out", IncidentType.Cyberbullying },
        { "Students are spreading rumours about a colleague on an anonymous account, half the school has seen it and parents are emailing", IncidentType.Cyberbullying },
        // Round 2 (after acute-dev-3 was read): "z'n leven", "sneeën", "end it tonight"; a weapon shown with a name; images held
        // "als ik niet …" or "unless"; "bloot"; an online-only contact with secrecy; a device under a car, cards at home;
        // a campaign against a teacher, a meme account; an account with someone's photo and name; someone logged into an account.
        { "Een leerling zette een foto op snap van haar pols vol sneeën met 'het is genoeg'", IncidentType.SelfHarm },
        { "Een jongen uit 3 havo zei in de chat dat hij morgen een einde aan z'n leven maakt", IncidentType.SelfHarm },
        { "A friend of my student messaged me that she's going to end it tonight and isn't answering her phone", IncidentType.SelfHarm },
        { "A pupil posted a video holding a knife and saying my name, 'see you monday sir'", IncidentType.Threat },
        { "De ex van een collega heeft foto's van haar in bikini en zegt dat hij ze naar de ouders stuurt als ik niet ontslag neem", IncidentType.Sextortion },
        { "Someone has a video of my student from a webcam chat and wants 300 euros in gift cards or it goes to his whole class", IncidentType.Sextortion },
        { "A pupil has photos from my holiday and says he'll post them in the year group chat unless I give him a better mark", IncidentType.Sextortion },
        { "Een leerling heeft een foto van een klasgenote met haar hoofd op een bloot lichaam gemaakt en die gaat nu rond", IncidentType.NudeImages },
        { "Mijn mentorleerling stuurde me net een foto van zichzelf, bloot, via snapchat", IncidentType.NudeImages },
        { "Een meisje uit groep 6 kreeg van iemand die ze alleen online kent een pakketje met make-up en mag het niet aan haar vader vertellen", IncidentType.Grooming },
        { "Een leerling van 13 videobelt elke avond met een veel oudere jongen die zegt dat haar ouders het niet zouden begrijpen", IncidentType.Grooming },
        { "Een collega krijgt al maanden brieven op haar huisadres en er bleek een apparaatje onder haar auto te zitten", IncidentType.Cyberstalking },
        { "A former student found my home address and my partner's instagram and posted a photo taken outside my house", IncidentType.Cyberstalking },
        { "Ouders zijn in een appgroep een hetze begonnen tegen de juf van groep 5, ze durft niet meer naar school", IncidentType.Cyberbullying },
        { "Er is een meme-account over een leerling uit 2b met elke dag nieuwe posts over zijn gewicht", IncidentType.Cyberbullying },
        { "Students set up an instagram page just to make fun of a girl with a stutter; the last post has 5k views", IncidentType.Cyberbullying },
        { "Een whatsappnummer met de profielfoto van onze directeur vraagt collega's om cadeaukaarten te kopen", IncidentType.HackedAccount },
        { "Somebody logged into a colleague's email and sent messages to parents this morning", IncidentType.HackedAccount },
        // Round 3 (our own probe, first run 15/19): a last post with pills, belongings given away "toch niet meer nodig",
        // "dan ben je nog niet jarig", a man met online who sends money and wants to meet.
        { "My student posted 'this is my last day, thanks for everything' with a photo of pills", IncidentType.SelfHarm },
        { "Een jongen uit 4 vwo heeft zijn spullen weggegeven aan vrienden en zegt dat hij ze toch niet meer nodig heeft na dit weekend", IncidentType.SelfHarm },
        { "Een ouder appte de mentor: als mijn zoon blijft zitten, weet ik je auto te vinden en dan ben je nog niet jarig", IncidentType.Threat },
        { "A 13 year old in my class says a man she met on tiktok sends her money and wants to meet at the station on saturday", IncidentType.Grooming },
        // A fight filmed and passed around is an assault spread, whatever the model reads into "filmpje ... gaat rond".
        { "een jongen uit 2b heeft een filmpje van een vechtpartij op het plein gemaakt en het staat nu op tiktok", IncidentType.Cyberbullying },
        // Knowing someone's way home, said to them, is a threat.
        { "een leerling mailde me 'ik weet precies hoe laat jij naar huis fietst' na zijn onvoldoende", IncidentType.Threat },
    };

    public static TheoryData<string> OrdinaryMessages => new()
    {
        // A joke and a request for lesson material; an art class; pornography seen, not an image of a pupil.
        "Mijn zoon 'chanteert' me met een foto van mijn nieuwe kapsel haha, heb je een opdracht over privacy voor groep 6?",
        "Mag een volwassen naaktmodel poseren bij de tekenles in 6 vwo?",
        "Een student zag op zijn twaalfde al porno via een groepsapp, hoe vaak komt dat voor?",
        // A hacked account told as restored.
        "Het instagramaccount van een leerling was vorige week gehackt maar alles is weer hersteld, moet ik nog iets doen?",
        "Het snapchataccount van mijn mentorleerling werd gehackt, maar hij heeft het inmiddels terug. Moet ik dat nog melden?",
        // Look-alikes of the new threat, stalking and bullying families.
        "We gaan eraan werken om de klassenapp rustiger te krijgen, heb je tips?",
        "De juf gaat eraan denken om de ouders te mailen over de klassenapp",
        "Ik heb een lijst met namen van leerlingen voor de excursie, hoe begin ik met de indeling?",
        "Deze leerling verdient echt een compliment voor hoe ze haar klasgenoot hielp",
        "Wij maken met de klas een instagrampagina aan over ons goede-doelenproject, wat moet ik regelen?",
        "Een ouder vraagt hoe ze het account van haar dochter op privé zet zodat onbekenden niet reageren op haar foto's",
        "How do I deal with rumours in year 9 without making it worse?",
        "What should a lesson on bullying for year 8 look like, with examples of insults?",
        "My students laugh at each other's haircuts every day, is that bullying?",
        "A student wants to see you after school about his grade, he knows where the staff room is",
        // Round 2: fiction, "geen concrete casus", where to get help, the news and a lesson about it, evaluating a past case,
        // a tracker in the news, an online friend alone, bare feet, "end it well".
        "Een leerling schreef een verhaal over een personage dat niet meer wil leven, mag ik dat voorlezen?",
        "Wat staat er in de meldcode als een kind zegt dat hij zichzelf pijn doet? Geen concrete casus, gewoon om te weten.",
        "Welke organisaties helpen jongeren als ze worden afgeperst met foto's? Ik wil een poster maken.",
        "We bespreken bij maatschappijleer de schietpartij uit het nieuws, hoe doe ik dat rustig?",
        "Vorige maand kreeg onze school een dreigbericht, de politie heeft het opgelost. Hoe evalueren we dit met het team?",
        "In de krant stond dat stiekem volgen met een tracker strafbaar wordt, klopt dat?",
        "Een leerling zit vaak alleen online te gamen met een online vriend, moet ik de ouders inlichten?",
        "Mag ik een foto van de klas op blote voeten op het strand op de schoolsite zetten?",
        "How do I end it well with a difficult parent at the end of the year?",
        // Round 3 look-alikes.
        "Ik heb mijn oude games weggegeven aan mijn neefje, die heb ik niet meer nodig. Welke games zijn geschikt voor groep 8?",
        "Vandaag is mijn laatste dag op deze school, hoe neem ik afscheid van mijn klas?",
        "A man from the library wants to meet our class for a project on online safety, is that allowed?",
        "Mijn collega is morgen jarig, mag ik een filmpje van haar in de groepsapp zetten?",
        // A hypothetical follow-up is no report.
        "en als hij dreigt naar de krant te gaan?",
        "maar stel dat iemand een naaktfoto doorstuurt, wat dan?",
        // A poster the school makes, and a help line asked for, are no report.
        "we maken een poster voor de mentoruren: word je afgeperst met een naaktfoto? welke hulplijn zetten we erop",
        // Money in a story is no gift: a student of 19 who promotes a gambling app to classmates is not grooming.
        "mijn student van 19 promoot een gokapp op tiktok en nu leggen klasgenoten ook geld in, hoe ga ik daarmee om?",
    };

    [Theory]
    [MemberData(nameof(AcuteMessages))]
    public void Recognises_acute_messages_as_families_of_signals(string message, IncidentType expected)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal?.Type == expected, $"{signal?.Type} ({string.Join(", ", signal?.Cues ?? [])}) instead of {expected} for: {message}");
    }

    [Theory]
    [MemberData(nameof(OrdinaryMessages))]
    public void Leaves_ordinary_look_alikes_alone(string message)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal is null, $"{signal?.Type} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }
}
