using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// Self-harm told in new words (written for these tests, none from an evaluation set): families of signals (intent to
/// die or to hurt oneself, a jump, pills, goodbye letters, finality with a sign, cutting) in Dutch and English; and
/// ordinary questions, idioms and look-alikes that must not raise the alarm.
/// </summary>
public sealed class IncidentSelfHarmFamiliesTests
{
    private static readonly IncidentClassifier Classifier = new();

    public static TheoryData<string> SelfHarmMessages => new()
    {
        // A report that also asks how to talk about it is still a report (the talk guard held these back at first).
        "Een leerling appte me net dat ze dood wil, hoe praat ik met haar?",
        "een leerling stuurde net foto's van haar gekraste armen, wat zijn signalen van gevaar en wat doe ik?",
        "a student just told me she wants to end her life, how do I talk to her?",
        "mijn mentorleerling appte net: ik wil gewoon dood, niemand mist me",
        "een meisje uit 2b zei in de pauze dat ze zichzelf vannacht iets gaat aandoen",
        "leerling schrijft op snap 'morgen doe ik mezelf wat aan' en is nu offline",
        "hij zei dat hij eigenlijk liever dood is dan nog een jaar op deze school",
        "een jongen uit groep 8 riep in de klas dat hij van het dak van de school springt na de les",
        // Finality with an apology to a parent (tried in the Teams client emulator, it got a colleague's-posts article).
        "ll zegt dat ze er klaar mee is en sorry mam op tiktok zette",
        "een student zegt dat hij vanavond voor de trein gaat liggen, wat nu",
        "ze postte een filmpje vanaf het balkon van hun flat met 'nog even en dan spring ik'",
        "een leerling vertelde dat ze al weken slaappillen heeft opgespaard, ze liggen in haar kamer",
        "een ouder belt: hun zoon heeft een handvol paracetamol geslikt en ligt nu op bed",
        "de moeder van een leerling vond drie afscheidsbriefjes in zijn rugtas",
        "op haar insta staat een afscheidsvideo, ze is vandaag niet op school verschenen",
        "hij stuurde de hele klas een afscheidsbericht en daarna ging zijn telefoon uit",
        "een student schreef me dat ik tegen zijn vrienden moet zeggen dat hij van ze hield",
        "een leerling appte 'jullie zijn me morgen kwijt, jullie zijn eindelijk van me af'",
        "mijn stagiaire appte dat ze er helemaal klaar mee is en dat het touw al klaarligt",
        "een meisje laat in de gymles haar onderarmen zien, helemaal opengekrast",
        "hij kerft met een scherf in zijn bovenbenen, zag ik net bij zwemmen",
        "een leerling zei dat ze zich elke avond met een scheermesje snijdt",
        "ze stuurde een foto van haar arm vol verse sneetjes en schreef dat het de volgende keer dieper wordt",
        "een jongen zegt dat het leven geen zin meer heeft en dat hij al weet hoe hij het gaat doen",
        "een collega zei vanochtend dat ze niet meer wil leven en is nu naar huis",
        "a pupil told me he wants to die and has been looking up how",
        "one of my students posted a photo from the roof of a building with the words 'farewell everyone'",
        "she messaged me that she won't be here tomorrow and that I shouldn't worry",
        "a girl in my class showed me cuts all over her arms and said she does it every night",
        "a boy wrote in his journal that everyone would be better off without me",
        "my colleague texted that he took all his pills and is sorry",
        "a year 9 student told a friend he plans to jump off the bridge after school",
        "een leerling van mij heeft haar armen gekrast en zegt dat ze het vannacht weer gaat doen",
        "kind uit groep 7 zegt dat hij dood wil omdat thuis alles mis gaat",
        "een leerling zocht op haar laptop hoeveel slaappillen dodelijk zijn",
        "een jongen uit 4 havo appte me dat hij het echt niet meer ziet zitten",
        "een meisje schreef in haar dagboek dat het voor haar allemaal niet meer hoeft",
        "onze collega appte 'zorg goed voor mijn klas' en neemt sindsdien niet op",
        "bij zwemmen zag ik verse sneetjes op de onderarm van een meisje uit 2c",
        "mijn mentorleerling zette een foto van kapotgekraste armen in haar story",
        "he told me he doesn't want to exist anymore",
        "een meisje uit 2a zat op de wc met het mesje uit haar puntenslijper",
    };

    public static TheoryData<string> OrdinaryMessages => new()
    {
        "hoe praat ik met mijn klas over zelfdoding na het nieuws",
        "welke signalen van suïcidaliteit moet een mentor kennen",
        "een leerling houdt een spreekbeurt over zelfbeschadiging, hoe begeleid ik dat",
        "we kijken in de les een film over een jongen die van een brug springt, kan dat in klas 3",
        "ik lach me dood om die memes van mijn leerlingen",
        "mijn collega schaamt zich dood voor dat filmpje",
        "ik ben er klaar mee dat leerlingen sorry mam roepen als grap in de les, hoe stop ik dat",
        "die toets was om te huilen, ik ga dood van de stress",
        "ik ben er klaar mee, die ouders reageren niet op mijn mail",
        "een leerling is klaar met zijn profielwerkstuk en heeft de brief voor de stage af",
        "we nemen vrijdag afscheid van de groep 8, hoe maak ik een mooie afscheidsbrief voor de ouders",
        "een leerling vergat haar medicijnen in te nemen op schoolreis",
        "een kind heeft een kras op zijn arm van de kat",
        "dat huiswerk is killing me zei een leerling",
        "she said the homework was killing her, should I worry",
        "how do I talk to my class about suicide after a celebrity died",
        "what are the warning signs of self-harm in teenagers",
        "a pupil is reading a book about a girl who wants to die",
        "we watched a movie about a bridge in history class",
        "my students joke that they are dying of boredom in maths",
        "hij wil hem dood hebben zei hij",
        "een leerling sneed zich in haar vinger bij handvaardigheid",
        "ze sprong van de duikplank bij zwemles en bezeerde haar arm",
        "de leerlingen van groep 6 krassen hun namen in de tafel",
        "ik zie het niet meer zitten met die drukke klas, heb je tips",
        "het hoeft niet meer, ik heb de toetsen al nagekeken",
        "welke dosis paracetamol mag ik een kind op schoolreis geven als de ouders toestemming geven",
        "op de afscheidskaart van onze collega stond: zorg goed voor mijn klas",
    };

    [Theory]
    [MemberData(nameof(SelfHarmMessages))]
    public void Recognises_self_harm_told_in_new_words(string message)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal?.Type == IncidentType.SelfHarm, $"{signal?.Type} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }

    [Theory]
    [MemberData(nameof(OrdinaryMessages))]
    public void Leaves_questions_idioms_and_look_alikes_of_self_harm_alone(string message)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal is null, $"{signal?.Type} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }

    [Theory]
    [InlineData("een jongen zei in een spraakbericht dat hij dood wil en dat hij al weet hoe")]
    [InlineData("een leerling zette in de klassenapp dat we na vandaag van haar af zijn: 'jullie zijn van me af' en ze neemt niet op")]
    public void Self_harm_wins_over_a_threat_when_the_person_speaks_of_themselves(string message)
    {
        Assert.Equal(IncidentType.SelfHarm, Classifier.Classify(message)?.Type);
    }

    [Fact]
    public void A_plural_goodbye_letter_is_recognised_like_the_singular()
    {
        // "brief" makes its plural with a v ("brieven"), so the phrase "afscheidsbrief" never matched it.
        Assert.Equal(IncidentType.SelfHarm, Classifier.Classify("de mentor vond afscheidsbrieven in het kluisje van een leerling")?.Type);
    }
}
