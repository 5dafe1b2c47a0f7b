using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>Incident recognition on phrasings written for these tests (not taken from the development set).</summary>
public sealed class IncidentClassifierTests
{
    private static readonly IncidentClassifier Classifier = new();

    public static TheoryData<string, IncidentType> Incidents => new()
    {
        { "er gaat een naaktfoto van een meisje uit 2havo rond op snapchat", IncidentType.NudeImages },
        { "Een leerling laat me zien dat er nudes van zijn vriendin in de groepsapp staan, wat nu", IncidentType.NudeImages },
        { "jongen uit mijn mentorklas heeft een dickpic gestuurd naar een klasgenote", IncidentType.NudeImages },
        { "iemand heeft een deepfake naaktfoto van een leerlinge gemaakt en die wordt gedeeld", IncidentType.NudeImages },
        { "er is een seksfilmpje van twee leerlingen verspreid via whatsapp", IncidentType.NudeImages },
        { "een leerling wordt gechanteerd met een foto die hij naar een 'meisje' stuurde", IncidentType.Sextortion },
        { "ze moet 200 euro betalen anders zetten ze haar naaktfoto's online", IncidentType.Sextortion },
        { "Hij wordt afgeperst via instagram, ze dreigen de filmpjes naar zijn vrienden te sturen", IncidentType.Sextortion },
        { "sextortion bij een leerling van mij, hij heeft al betaald", IncidentType.Sextortion },
        { "een leerling zegt in een snap dat hij morgen met een mes naar school komt", IncidentType.Threat },
        { "er is een bommelding binnengekomen via de mail van school", IncidentType.Threat },
        { "een jongen post dat hij vrijdag met een pistool naar onze school komt", IncidentType.Threat },
        { "mijn mentorleerling appte dat hij er vannacht een einde aan maakt", IncidentType.SelfHarm },
        { "haar ex-vriend blijft haar benaderen via steeds andere nummers, ze is bang", IncidentType.Cyberstalking },
        { "een onbekende appt haar dat hij precies weet waar ze nu is", IncidentType.Cyberstalking },
        { "een leerling is slachtoffer van sextortion in de klassenapp", IncidentType.Sextortion },
        { "ze zei tegen me: morgen ben ik er toch niet meer, en ik zag krassen op haar pols", IncidentType.SelfHarm },
        { "er staat een foto van een jongen met een wapen online met 'vrijdag gaat hij eraan'", IncidentType.Threat },
        { "mijn leerling kan niet meer in haar tiktok en er worden vanaf haar account rare filmpjes geplaatst", IncidentType.HackedAccount },
        { "iemand zit in het snapchat van een jongen uit 3b en stuurt berichten aan zijn vrienden", IncidentType.HackedAccount },
        { "ze krijgt al dagen berichten van steeds andere accounts en hij weet steeds waar ze is", IncidentType.Cyberstalking },
        { "al weken worden er gemene memes gemaakt over een meisje uit mijn klas, ze huilt elke dag", IncidentType.Cyberbullying },
        { "een ouder heeft op facebook gezet dat hij de juf in elkaar gaat slaan", IncidentType.Threat },
        { "in de groepsapp schreef een leerling 'ik maak je af' naar een klasgenoot, wat moet ik doen", IncidentType.Threat },
        { "we kregen een bericht dat iemand de school wil opblazen", IncidentType.Threat },
        { "een leerling appte me net dat ze niet meer wil leven", IncidentType.SelfHarm },
        { "een meisje uit mijn klas snijdt zichzelf, ik zag de wondjes op haar arm", IncidentType.SelfHarm },
        { "een student postte een soort afscheidsbericht op insta", IncidentType.SelfHarm },
        { "ze zette een foto van haar pols vol sneeen in de groepsapp, met 'sorry voor alles' erbij", IncidentType.SelfHarm },
        { "een collega zei me dat alles makkelijker is als ik er niet meer ben, ze bedoelde zichzelf", IncidentType.SelfHarm },
        { "op zijn story een foto van een strop met alleen 'vaarwel'", IncidentType.SelfHarm },
        { "a student texted me she has taken a whole box of pills", IncidentType.SelfHarm },
        { "one of my pupils told me he is saving up pills", IncidentType.SelfHarm },
        { "mijn leerling zei dat hij er een eind aan wil maken", IncidentType.SelfHarm },
        { "een leerling heeft suicidale gedachten, vertelde ze me vandaag", IncidentType.SelfHarm },
        { "het account van een leerling is gehackt en er worden nu rare berichten verstuurd", IncidentType.HackedAccount },
        { "iemand doet zich op tiktok voor als mijn collega", IncidentType.HackedAccount },
        { "er is een nepaccount op naam van een leerling aangemaakt met haar foto", IncidentType.HackedAccount },
        { "het instagramaccount van een leerling is overgenomen, ze kan er niet meer in", IncidentType.HackedAccount },
        { "een leerling zegt dat iemand haar wachtwoord gestolen heeft en nu in haar account zit", IncidentType.HackedAccount },
        { "haar ex blijft haar berichten sturen, ook nadat ze hem geblokkeerd heeft", IncidentType.Cyberstalking },
        { "een leerling wordt gestalkt door iemand die ze op discord kent", IncidentType.Cyberstalking },
        { "iemand volgt haar overal online en weet altijd waar ze is", IncidentType.Cyberstalking },
        { "hij heeft stiekem haar locatie gedeeld via find my en volgt haar", IncidentType.Cyberstalking },
        { "een leerling wordt al weken elke dag uitgescholden in de klassenapp", IncidentType.Cyberbullying },
        { "er is een haatpagina over een jongen uit 3b en iedereen doet mee", IncidentType.Cyberbullying },
        { "een meisje durft niet meer naar school omdat ze online zo gepest wordt", IncidentType.Cyberbullying },
        { "Na de zomer begon het: een klasgenoot maakte memes over hem. Inmiddels doet de hele klas mee en hij meldt zich steeds ziek. Wat nu?", IncidentType.Cyberbullying },
        { "Ik ben mentor. Gisteren na de les bleef een leerling hangen, ze was stil. Toen vertelde ze dat er een foto van haar in haar ondergoed rondgaat in een snapgroep. Ze schaamt zich kapot. Hoe pak ik dit aan?", IncidentType.NudeImages },
        { "naaktfotoos van een leerlinge gaan rond", IncidentType.NudeImages },
        { "leerling gehakct, account overgenomen", IncidentType.HackedAccount },
        { "een jongen zei in de groepsapp dat hij maandag een mes meeneemt voor de gymleraar", IncidentType.Threat },
        { "ze zegt dat haar broer een wapen mee naar het schoolfeest brengt", IncidentType.Threat },
        { "hij neemt morgen zijn vaders pistool mee, zegt hij op snap", IncidentType.Threat },
    };

    public static TheoryData<string> Questions => new()
    {
        "hoe geef ik een les over sexting aan groep 8",
        "wat zegt de wet over naaktfoto's van minderjarigen",
        "hoe voorkom ik cyberpesten in mijn klas",
        "moet ons protocol iets zeggen over gehackte accounts",
        "wat is sextortion precies",
        "hoe praat ik met ouders over online pesten",
        "mag ik een leerling volgen op instagram",
        "hoe maken we afspraken over mobiele telefoons",
        "welke apps gebruiken kinderen in groep 7 het meest",
        "hoe bespreek je zelfbeschadiging in de klas zonder het te triggeren",
        "wie vervangt mijn klas als ik er volgende maand niet meer ben",
        "sorry voor de vele vragen, maar hoe werkt de meldcode precies",
        "how do I talk about self-harm in a mentor lesson",
        "wat doet een aandachtsfunctionaris eigenlijk",
        "hoe maak ik een sterk wachtwoord voor mijn schoolaccount",
        "mag een leerling mij filmen in de les",
        "een ouder vraagt waarom telefoons verboden zijn",
        "hoe help ik leerlingen om digitaal weerbaar te worden",
        "wat als een leerling ooit een naaktfoto krijgt, wat moet er dan in ons stappenplan staan",
        "hoe vaak komt sextortion voor bij jongens",
        "is stalken strafbaar",
        "hoe herken ik grooming",
        "onze school wil een les over deepfakes, heb je ideeën",
        "wat moet ik doen als er gepest wordt in de groepsapp van mijn klas",
        "hallo",
        "mijn wachtwoord van magister werkt niet",
        "de klassenapp is wat rommelig, hoe houd ik het gezellig",
        "wanneer begint de kerstvakantie",
        "is het strafbaar als twee leerlingen van 16 elkaar naaktfoto's sturen",
        "is dat strafbaar, een nepaccount maken op naam van een leraar",
        "een jongen wordt door de hele klas genegeerd in de groepsapp, is dat nou pesten?",
        "hoe kunnen we er samen een eind aan maken, aan dat gedoe in de klassenapp",
        "een leerling werd vorig jaar bedreigd via instagram; dat is afgehandeld, maar hoe doen we de nazorg beter?",
        "achteraf gezien: hadden we de politie moeten bellen toen een leerling werd bedreigd in een dm?",
        "hoe regel ik de nazorg voor een leerling die online werd bedreigd?",
    };

    [Theory]
    [MemberData(nameof(Incidents))]
    public void Recognises_acute_incidents_in_teachers_words(string message, IncidentType expected)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal is not null, $"no incident recognised in: {message}");
        Assert.Equal(expected, signal!.Type);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Leaves_ordinary_and_informational_questions_to_the_articles(string message)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal is null, $"{signal?.Type} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }

    [Fact]
    public void Self_harm_wins_when_several_types_match()
    {
        var signal = Classifier.Classify("een leerling wordt al weken gepest in de klassenapp en zegt nu dat ze niet meer wil leven");

        Assert.Equal(IncidentType.SelfHarm, signal?.Type);
    }

    [Fact]
    public void Sextortion_wins_over_nude_images()
    {
        var signal = Classifier.Classify("hij stuurde een naaktfoto en nu moet hij betalen anders verspreiden ze de foto");

        Assert.Equal(IncidentType.Sextortion, signal?.Type);
    }

    public static TheoryData<string> GroomingMessages => new()
    {
        "een leerling uit groep 7 chat op roblox met een man van 35 die hem robux geeft en zegt dat het hun geheim is",
        "een meisje uit 2 havo wil zaterdag afspreken met een volwassen man die ze via snapchat kent, wat moet ik doen",
        "mijn mentorleerling (13) krijgt cadeaus opgestuurd van een oudere jongen van 24 die ze alleen van tiktok kent en ze mag het niet aan haar ouders vertellen",
        "een stagiair van 23 appt een leerling van 14 privé en vraagt om foto's van haar",
        "a grown man keeps messaging a 12 year old girl in my class on discord, he sends her gift cards and wants to meet her",
    };

    [Theory]
    [MemberData(nameof(GroomingMessages))]
    public void Recognises_an_adult_approaching_a_pupil_online_as_grooming(string message)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal?.Type == IncidentType.Grooming, $"{signal?.Type.ToString() ?? "nothing"} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }

    public static TheoryData<string> GroomingLookAlikes => new()
    {
        "wat is grooming en hoe leg ik dat uit aan groep 8",
        "ik wil een les geven over grooming, heb je materiaal",
        "welke signalen van grooming moet ik kennen als mentor",
        "hoe voorkomen we dat leerlingen online door volwassenen benaderd worden",
        "een leerling van 15 heeft een vriendje van 15 uit 3b en ze spreken vaak af",
        "mag ik een leerling een cadeautje geven als ze jarig is",
        "een man van 40 is onze nieuwe conciërge, mag hij in de klassenapp",
        "ouders vragen hoe ze roblox zo instellen dat hun kind niet met vreemden chat",
    };

    [Theory]
    [MemberData(nameof(GroomingLookAlikes))]
    public void Leaves_questions_about_grooming_and_innocent_look_alikes_to_the_articles(string message)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal is null, $"{signal?.Type} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }

    [Fact]
    public void Grooming_with_images_already_sent_leads_with_nude_images_and_offers_grooming_too()
    {
        var signal = Classifier.Classify("een leerling van 13 heeft naaktfoto's gestuurd naar een man van 30 die ze via instagram kent, hij gaf haar cadeaus en wil nu afspreken");

        Assert.Equal(IncidentType.NudeImages, signal?.Type);
        Assert.Equal([IncidentType.Grooming], signal!.Also);
    }

    [Fact]
    public void Grooming_with_extortion_leads_with_sextortion_and_offers_grooming_too()
    {
        var signal = Classifier.Classify("een man van 40 die een leerling cadeaus gaf, dreigt nu haar naaktfoto's te verspreiden als ze niet betaalt");

        Assert.Equal(IncidentType.Sextortion, signal?.Type);
        Assert.Contains(IncidentType.Grooming, signal!.Also);
    }

    [Fact]
    public void Grooming_where_images_are_only_asked_for_leads_with_grooming()
    {
        var signal = Classifier.Classify("een volwassen man vraagt een meisje uit groep 8 om naaktfoto's en wil dat ze het geheim houdt");

        Assert.Equal(IncidentType.Grooming, signal?.Type);
    }

    // Threats, severe bullying and stalking told in new words (issue #27); written for these tests, not taken from
    // the acute development set. Each of these was missed or given another type before this round.
    public static TheoryData<string, IncidentType> ThreatsBullyingAndStalking => new()
    {
        { "Een jongen uit 2b stuurde zijn mentor een DM: 'ik weet waar u woont'. Ze is er erg van geschrokken.", IncidentType.Threat },
        { "Mijn collega krijgt sinds gisteren berichten van een ex-leerling dat hij haar gaat pakken als ze hem laat zakken.", IncidentType.Threat },
        { "Een moeder dreigde vanochtend aan de telefoon dat haar man de juf wel even komt aanpakken.", IncidentType.Threat },
        { "Een student zette in de klassenchat dat de docent wiskunde het niet gaat overleven als hij weer een onvoldoende krijgt.", IncidentType.Threat },
        { "een leerling appte zijn ex: ik krijg je nog wel, wacht maar tot maandag", IncidentType.Threat },
        { "De vader van een leerling stuurde me via Parro: 'u gaat hiervoor boeten, ik weet u te vinden'.", IncidentType.Threat },
        { "Een groepje jongens heeft in een Snapchatgroep afgesproken dat ze een klasgenoot vrijdag na de training gaan opwachten om hem te grazen te nemen.", IncidentType.Threat },
        { "Er is een TikTok-account dat alleen maar bewerkte foto's van een jongen uit 1b plaatst, met teksten dat hij moet verdwijnen. Hij wil niet meer naar school.", IncidentType.Cyberbullying },
        { "Een leerling is uit alle groepsapps gegooid en de hele klas stuurt hem nu scheldberichten. Zijn vader belde net boos op.", IncidentType.Cyberbullying },
        { "Iemand heeft gefilmd hoe een jongen op het schoolplein wordt geschopt, en dat filmpje wordt nu op Snapchat gedeeld.", IncidentType.Cyberbullying },
        { "Er circuleert een meme over mijn collega met haar gezicht op een varken. Leerlingen lachen haar uit in de les, ze is in tranen naar huis gegaan.", IncidentType.Cyberbullying },
        { "Een paar leerlingen hebben een nepprofiel over de gymleraar gemaakt vol spotprenten en vernederende teksten, en de halve school volgt het.", IncidentType.Cyberbullying },
        { "Een vader met een contactverbod stuurt zijn zoon via Fortnite berichten en zegt dat hij hem bij school komt ophalen.", IncidentType.Cyberstalking },
        { "Een moeder die boos is over een cijfer zoekt mij op via alle kanalen, Facebook, LinkedIn en mijn privemail, en ze heeft ook mijn zus benaderd.", IncidentType.Cyberstalking },
        { "Een student heeft mijn huisadres achterhaald en stuurt me foto's van mijn voordeur.", IncidentType.Cyberstalking },
        { "Een jongen uit 4 vwo heeft een volg-app op de telefoon van zijn vriendin gezet en belt haar boos als ze ergens anders is dan ze zei.", IncidentType.Cyberstalking },
        { "een ouder zit elke ochtend in zijn auto bij mijn huis en maakt foto's van mij, ook in het weekend", IncidentType.Cyberstalking },
        { "lln stuurt klasgenoot spraakbericht: 'na het vierde uur ben jij van mij, neem maar afscheid'", IncidentType.Threat },
        { "Op Discord schrijft een jongen uit onze bovenbouw dat hij 'het hele gebouw laat ontploffen' tijdens de examens. Screenshot ligt voor me.", IncidentType.Threat },
        { "Een meisje uit groep 8 krijgt via Instagram berichten dat ze na school in elkaar geslagen wordt.", IncidentType.Threat },
        { "Er staat een filmpje op TikTok van een leerling van ons die op de trap wordt geduwd en valt, met lachende smileys. Het heeft al duizenden views.", IncidentType.Cyberbullying },
        { "Een studente krijgt van haar klasgenoten al een maand elke dag berichten dat ze lelijk is en beter kan verdwijnen; vanochtend kwam ze niet opdagen.", IncidentType.Cyberbullying },
        { "In de klassenapp van 1c is een stemming 'wie moet van school' en bijna iedereen stemt op hetzelfde meisje. Haar vader staat nu aan de balie.", IncidentType.Cyberbullying },
        { "Er gaat een video rond van onze conciërge die door leerlingen wordt nagebootst en uitgelachen, met zijn naam erbij. Hij zat net overstuur in de personeelskamer.", IncidentType.Cyberbullying },
        { "Een ex-leerling wacht mij al drie dagen na werktijd op bij de parkeerplaats en stuurt daarna berichtjes over wat ik droeg.", IncidentType.Cyberstalking },
        { "Een moeder met wie het misging op de ouderavond belt mij nu 's avonds op mijn privénummer en heeft een briefje in mijn brievenbus gedaan.", IncidentType.Cyberstalking },
        { "Een ouder plaatst foto's van mij die in het dorp zijn gemaakt op Facebook, met mijn werk erbij, en schrijft dat hij me in de gaten houdt.", IncidentType.Cyberstalking },
    };

    [Theory]
    [MemberData(nameof(ThreatsBullyingAndStalking))]
    public void Recognises_threats_severe_bullying_and_stalking_told_in_new_words(string message, IncidentType expected)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal?.Type == expected, $"{signal?.Type.ToString() ?? "nothing"} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }

    // Threat words beside talk about threats or an earlier case still fire when something happens now.
    public static TheoryData<string, IncidentType> AcuteDespiteTalkOrPast => new()
    {
        { "mijn collega kreeg vannacht een appje van een leerling: 'u bent morgen de klos'", IncidentType.Threat },
        { "er wordt in een groepsapp gezegd dat er vrijdag geschoten gaat worden op het schoolplein", IncidentType.Threat },
        { "er kwam net een bommelding binnen op school, hoe leg ik dit uit aan mijn klas?", IncidentType.Threat },
        { "Een leerling riep vanochtend 'ik steek je neer' tegen een klasgenoot, vorig jaar deed hij dat ook al. Wat nu?", IncidentType.Threat },
        { "Vorig jaar hadden we ook een bommelding, nu weer: op insta staat dat er morgen een bom in school ligt", IncidentType.Threat },
        { "vorig jaar werd ze ook al gestalkt, en sinds vandaag stuurt hij weer berichten via steeds nieuwe accounts", IncidentType.Cyberstalking },
    };

    [Theory]
    [MemberData(nameof(AcuteDespiteTalkOrPast))]
    public void Still_fires_when_talk_or_an_earlier_case_comes_with_something_happening_now(string message, IncidentType expected)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal?.Type == expected, $"{signal?.Type.ToString() ?? "nothing"} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }

    // Ordinary questions on the same topics, some with the very words of a threat: the articles answer them.
    public static TheoryData<string> ThreatBullyingAndStalkingQuestions => new()
    {
        "wat is stalking",
        "hoe bespreek ik pesten in de klas",
        "Hoe bespreek ik met mijn klas dat 'ik vermoord je' als grap toch bedreigend kan overkomen?",
        "Mijn leerlingen spelen een schietgame en roepen steeds 'ik schiet je neer' tegen elkaar. Moet ik daar iets mee?",
        "wat is het verschil tussen een dreigement en een grap, leerlingen zeggen vaak 'ik maak je af'",
        "hoe leg ik uit wat een bommelding is zonder de kinderen bang te maken",
        "vorig jaar kreeg een collega 'ik weet waar je woont' van een leerling; dat is afgehandeld, wat leren we ervan",
        "Bij het potje trefbal riepen ze 'je bent dood' als iemand af was. Hoort dat bij het spel?",
        "Wat doet de politie bij een melding van een dreigbericht op school? Ik wil het gewoon weten.",
        "Welke pestprotocollen werken goed in het vo?",
        "Een ouder vraagt wat het verschil is tussen plagen en pesten.",
        "Mijn klas maakt memes over de leraren, best grappig eigenlijk. Moet ik er iets van zeggen?",
        "Hoe zet je Snap Map uit bij leerlingen?",
        "Een leerling appt me soms 's avonds laat over huiswerk. Hoe stel ik grenzen?",
        "Ouders willen hun kind volgen met Life360. Wat vind je daarvan?",
        "Mag ik als docent een AirTag in mijn tas doen zodat ik hem terugvind?",
        "Een oud-leerling volgt me op Instagram en reageert af en toe leuk op mijn foto's. Is dat een probleem?",
        "een leerling werd vorig jaar door haar ex via steeds nieuwe nummers benaderd, dat is nu gestopt. hoe doen we de nazorg",
        "Bij paintball op het schoolkamp riepen ze 'ik knal je neer' naar elkaar. Moet ik dat bespreken?",
        "Een leerling vertelde dat ze vorig jaar gepest werd, nu gaat het goed. Moet ik nog iets bijhouden?",
        "Mijn klas heeft een meme van mij gemaakt als cadeau bij mijn verjaardag. Wel lief eigenlijk.",
        "Een leerling deelt haar locatie met haar beste vriendin. Is dat verstandig?",
        "Wat zijn signalen van een controlerende relatie bij tieners?",
        // Hateful comments under the school's own post: the hate article answers (the model read them as a threat at
        // 0.67-0.78 once the English and staff training messages joined).
        "haatreacties onder de post van onze school",
        "racistische reacties onder het facebookbericht van school",
        // A threat of steps, not of harm (tried in the client as a follow-up about an angry parent: the threat card).
        "en als hij dreigt naar de krant te gaan?",
        "moeder dreigt met een advocaat en de inspectie omdat de mentor haar dochter heeft aangesproken",
    };

    [Theory]
    [MemberData(nameof(ThreatBullyingAndStalkingQuestions))]
    public void Leaves_questions_about_threats_bullying_and_stalking_to_the_articles(string message)
    {
        var signal = Classifier.Classify(message);

        Assert.True(signal is null, $"{signal?.Type} ({string.Join(", ", signal?.Cues ?? [])}) for: {message}");
    }

    [Fact]
    public void One_sign_of_stalking_is_not_yet_a_pattern_but_two_are()
    {
        Assert.Null(Classifier.Classify("een oud-leerling heeft mijn privenummer gevonden, mag ik hem blokkeren?"));
        Assert.Equal(IncidentType.Cyberstalking, Classifier.Classify("een oud-leerling heeft mijn privenummer gevonden en belt me nu elke nacht")?.Type);
    }

    [Fact]
    public void A_threat_the_model_reads_as_most_likely_raises_the_alarm_when_little_speaks_for_nothing()
    {
        var signal = Classifier.Classify("Een leerling uit 2 vwo kreeg vanochtend een bericht van een onbekend nummer: 'vanmiddag bij de sporthal, kom maar alleen, dan regelen we het'. Ze is bang.");

        Assert.Equal(IncidentType.Threat, signal?.Type);
    }

    [Fact]
    public void A_threat_told_in_hindsight_is_not_raised_again()
    {
        Assert.Null(Classifier.Classify("een collega kreeg van een leerling 'ik maak je af'; wat had de school toen moeten doen?"));
    }

    [Fact]
    public void A_huge_message_is_handled_without_error()
    {
        Assert.Null(Classifier.Classify(string.Concat(Enumerable.Repeat("heel gewone tekst over de les ", 10_000))));
    }
}
