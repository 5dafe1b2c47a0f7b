namespace SafetyBot.Cards;

/// <summary>Every Dutch string the cards show, in one place for review.</summary>
public static class CardStrings
{
    public const string AiGenerated = "AI-gegenereerd — samengevat uit de bronnen hieronder";
    public const string Sources = "Bronnen";
    public const string AdviceLabel = "Wat je kunt doen";
    public const string KeyPointsLabel = "Belangrijk om te weten";
    public const string CautionLabel = "Let op";
    public const string ReadWholeArticle = "Lees het hele artikel";
    public const string MoreInArticle = "…en nog {0} in het hele artikel.";
    public const string OneMorePoint = "1 punt";
    public const string MorePoints = "{0} punten";
    public const string AppliesTo = "Geldt voor: {0}";

    /// <summary>A follow-up's card names the topic it continues: the article's title, never the earlier question's text.</summary>
    public const string ContinuesQuestion = "Vervolg op je vraag over {0}";

    /// <summary>A short version of the last answer ("kun je dat korter maken?"): the lead and the top items of its list.</summary>
    public const string ShortVersion = "Korte versie van het antwoord over {0}";

    /// <summary>The one English line the bot writes (issue #25): to staff who asked in English, above a Dutch answer.</summary>
    public const string EnglishNote = "The knowledge base is in Dutch, so this answer is in Dutch. Your question was matched to it in English.";
    public const string FeedbackQuestion = "Was dit nuttig?";
    public const string FeedbackThanks = "Bedankt!";
    public const string FeedbackReasonLabel = "Wat miste je? (optioneel, noem geen namen)";
    public const string FeedbackReasonPlaceholder = "Bijvoorbeeld: ik zocht wat ik tegen ouders moet zeggen";
    public const string FeedbackSend = "Verstuur";

    public const string UnknownTitle = "Dat weet ik niet";
    public const string UnknownBody = "Daar staat niets over in mijn kennisbank, en ik verzin geen antwoorden. Ik help je met sociale media, online gedrag en online veiligheid op school.";
    public const string OutOfScopeTitle = "Daar kan ik je niet mee helpen";
    public const string OutOfScopeBody = "Ik help je met sociale media, online gedrag en online veiligheid op school, en deze vraag valt daarbuiten.";
    public const string UnknownNearest = "Misschien helpt een van deze onderwerpen:";
    public const string UnknownAskColleague = "Twijfel je? Vraag het je anti-pestcoördinator of aandachtsfunctionaris.";

    public const string IncidentBanner = "Acute situatie: eerst deze stappen";
    public const string IncidentNow = "Nu doen";
    public const string IncidentDont = "Niet doen";
    public const string IncidentWho = "Wie schakel je in op school";
    public const string IncidentNational = "Landelijke hulp";
    public const string IncidentNoContacts = "De school heeft nog geen contactpersonen ingesteld: schakel je directie in.";
    public const string IncidentFullPlan = "Volledig stappenplan";
    public const string IncidentAroundTheClock = "dag en nacht";
    public const string IncidentAfterHours = "Avond, weekend of vakantie? De lijnen met 'dag en nacht' zijn altijd bereikbaar; de contactpersonen van school en de andere lijnen vaak niet.";
    public const string IncidentAfterHoursNone = "Avond, weekend of vakantie? Deze lijnen zijn niet dag en nacht bereikbaar; bij acuut gevaar bel je 112.";
    public const string IncidentAlsoPlan = "Ook: ";
    public const string IncidentFixed = "Vaste, gecontroleerde stappen uit de kennisbank (niet gegenereerd).";
    public const string IncidentNowStaff = "Nu doen als het om jou of een collega gaat";
    public const string IncidentAskStaff = "Gaat het om jou of een collega?";
    public const string IncidentAskPupil = "Gaat het om een leerling?";

    /// <summary>The act-now card's own text in Dutch.</summary>
    public static readonly IncidentChrome IncidentDutch = new(
        IncidentBanner, IncidentNow, IncidentNowStaff, IncidentDont, IncidentWho, IncidentNational, IncidentNoContacts, IncidentFullPlan,
        IncidentAroundTheClock, IncidentAfterHours, IncidentAfterHoursNone, IncidentAlsoPlan, IncidentFixed, IncidentAskStaff, IncidentAskPupil, Translation: null);

    /// <summary>
    /// The act-now card's own text for a message in English (issue #27): the bot's only English card besides
    /// <see cref="EnglishNote"/>. Its steps come from the English plans, translations a content owner confirms.
    /// </summary>
    public static readonly IncidentChrome IncidentEnglish = new(
        "Acute situation: take these steps first",
        "Act now",
        "Act now if it concerns you or a colleague",
        "Don't",
        "Who to involve at school",
        "National help (the Netherlands)",
        "The school has not set up its contacts yet: involve your management.",
        "Full plan",
        "day and night",
        "Evening, weekend or holiday? The lines marked 'day and night' always answer; the school's contacts and the other lines often do not.",
        "Evening, weekend or holiday? These lines do not answer day and night; in acute danger, call 112.",
        "Also: ",
        "Fixed, vetted steps from the knowledge base (not generated).",
        "Does it concern you or a colleague?",
        "Does it concern a pupil?",
        Translation: "These steps are an English translation of the Dutch plan; a content owner has yet to confirm the translation.");

    public const string ProtocolModelLabel = "Modelprotocol — dit is een voorbeeld; jouw school heeft (nog) geen eigen protocol ingesteld.";
    public const string ProtocolSchoolLabel = "Protocol van {0}";
    public const string ProtocolDeviates = "Let op: op dit punt wijkt jullie protocol af van het modelprotocol.";
    public const string ProtocolModelText = "Het modelprotocol zegt:";
    public const string ProtocolBinding = "Bindende afspraak op jouw school.";
    public const string ProtocolNoMatch = "Daar vond ik geen passend onderdeel voor. Dit zijn de onderdelen:";
    public const string ProtocolSections = "Onderdelen";

    public const string RoleModelTitle = "Jouw voorbeeldfunctie online";
    public const string RoleModelDo = "Wel doen";
    public const string RoleModelDont = "Niet doen";
    public const string RoleModelMore = "Lees verder";

    public const string ForgetTitle = "Alles over jou wissen?";
    public const string ForgetBody = "Ik wis alles wat ik over jou heb bewaard: je schoolkeuze (po/vo/mbo), je feedback, je vragen zonder antwoord, je quizvoortgang, je stemmen en deze chat. Deed je iets als beheerder, dan blijft dat in het logboek staan, maar zonder jouw id. Dit kan niet ongedaan worden gemaakt. Wil je eerst zien wat dat is? Typ **wat weet je over mij**.";
    public const string ForgetConfirm = "Ja, wis alles";
    public const string ForgetDone = "Klaar: alles wat ik over jou had bewaard, is gewist.";

    public const string AuditLogTitle = "Logboek van beheeracties";
    public const string AuditLogIntro = "De nieuwste beheeracties (hoogstens {0}), de nieuwste eerst. Tijden in Nederlandse tijd.";
    public const string AuditLogEmpty = "Er zijn nog geen beheeracties vastgelegd.";
    public const string AuditLogFooter = "Acties worden {0} dagen bewaard en zijn niet te wijzigen. Wie een actie deed, staat er met het Microsoft-account-id (object-id in Entra), niet met naam.";

    public const string MyDataTitle = "Wat ik over jou weet";
    public const string MyDataIntro = "Dit is alles wat ik onder jouw Microsoft-account heb bewaard. Namen in je vragen en toelichtingen heb ik vervangen door [naam].";
    public const string MyDataNothing = "Ik heb op dit moment niets over jou bewaard.";
    public const string MyDataNone = "Niets bewaard.";
    public const string MyDataAudienceTitle = "Je schoolkeuze";
    public const string MyDataAudienceValue = "{0} (gekozen op {1})";
    public const string MyDataFeedbackTitle = "Je feedback (\"Was dit nuttig?\")";
    public const string MyDataUseful = "nuttig";
    public const string MyDataNotUseful = "niet nuttig";
    public const string MyDataReason = "je toelichting: \"{0}\"";
    public const string MyDataQuestionsTitle = "Je vragen waar ik geen antwoord op had";
    public const string MyDataQuestionsNote = "De beheerders van de kennisbank zien deze vragen (zonder jouw naam), om de kennisbank aan te vullen.";
    public const string MyDataQuizTitle = "Je quiz";
    public const string MyDataQuizTopic = "{0}: {1} vragen, {2} keer beantwoord, {3} keer goed (laatst op {4})";
    public const string MyDataQuizRounds = "Rondes: {0} bezig, {1} afgerond.";
    public const string MyDataVotesTitle = "Je stemmen op de weekkaart";
    public const string MyDataVoteLine = "Week {0}, {1}: jouw keuze \"{2}\" ({3})";
    public const string MyDataVoteUnknownChoice = "optie {0}";
    public const string MyDataVotesNote = "Bij je stem staat ook je Teams-gebruikers-id, zodat Teams jou je eigen keuze kan laten zien. Anderen zien alleen aantallen.";
    public const string MyDataChatsTitle = "Waar ik je mag bereiken";
    public const string MyDataChatLine = "Onze 1-op-1-chat: sinds {0}, laatst actief op {1}";
    public const string MyDataAdminActionsTitle = "Je beheeracties in het logboek";
    public const string MyDataAdminActionsNote = "De beheerders zien in het logboek wie wat deed. Met **vergeet mij** blijven deze regels staan, maar zonder jouw id (de school moet kunnen nagaan wat er is gedaan); ze worden na de bewaartermijn gewist.";
    public const string MyDataFollowUpTitle = "Je laatste vraag (voor een vervolgvraag)";
    public const string MyDataFollowUpLine = "Beantwoord met \"{0}\" (onderdelen: {1}); de woorden van je vraag zoals ik ze zoek: {2}; bewaard op {3}";
    public const string MyDataFollowUpNote = "Zo kan ik een vervolgvraag (\"en als…\") samen met je vorige vraag beantwoorden. Niet de tekst van je vraag, alleen de zoekwoorden (namen eerst vervangen). Na 10 minuten gebruik ik dit niet meer en wis ik het.";
    public const string MyDataNotStoredTitle = "Wat ik niet bewaar";
    public const string MyDataNotStored = "Je naam, je e-mailadres, de antwoorden die ik gaf, de tekst van vragen die ik wel kon beantwoorden, meldingen van incidenten en bestanden.";
    public const string MyDataRetention = "Alles wordt na {0} dagen gewist (je schoolkeuze en deze chat na {0} dagen zonder gebruik). Met **vergeet mij** wis je alles meteen.";
    public const string MyDataMore = "…en nog {0}";
    public const string MyDataForget = "Vergeet mij";

    public const string AudienceQuestion = "Op wat voor school werk je? Dan stem ik mijn antwoorden daarop af.";
    public const string AudienceChosen = "Dank je! Ik stem mijn antwoorden af op: {0}. Typ **help** om dit te wijzigen.";

    public const string WeeklyLabel = "Weekkaart · week {0}";
    public const string WeeklyOptions = "Wat doe jij?";
    public const string WeeklyChoose = "Kies wat jij zou doen";
    public const string WeeklyChooseError = "Kies eerst een antwoord.";
    public const string WeeklyVote = "Stem";
    public const string WeeklyChangeVote = "Wijzig mijn stem";
    public const string WeeklyYouVoted = "Je stemde: {0}";
    public const string WeeklyResult = "Uitslag";
    public const string WeeklyNoVotes = "Nog niemand heeft gestemd.";
    public const string WeeklyOneVote = "1 collega heeft gestemd.";
    public const string WeeklyVotes = "{0} collega's hebben gestemd.";
    public const string WeeklyAnonymous = "Stemmen is anoniem: de kaart toont alleen aantallen, nooit wie wat koos.";
    public const string WeeklyDiscuss = "Bespreek in het team";
    public const string WeeklyBackground = "Achtergrond";
    public const string WeeklyReveal = "Toon uitslag";
    public const string WeeklyRevealFrom = "De uitslag is te zien vanaf {0} stemmen.";
    public const string WeeklyRefresh = "Vernieuwen";

    public const string SettingsTitle = "Instellingen van de weekkaart";
    public const string SettingsIntro = "Elke week plaats ik in dit team een dilemma om in het teamoverleg te bespreken. Hier kies je wanneer, voor welk schooltype, en of de weekkaart even pauzeert.";
    public const string SettingsDay = "Dag";
    public const string SettingsTime = "Tijd";
    public const string SettingsTimeError = "Kies een tijd, bijvoorbeeld 08:00.";
    public const string SettingsRegion = "Regio (schoolvakanties)";
    public const string SettingsRegionDefault = "Zoals ingesteld voor de school";
    public const string SettingsAudience = "Schooltype van dit team";
    public const string SettingsAudienceAll = "po, vo en mbo";
    public const string SettingsPause = "Weekkaart pauzeren";
    public const string SettingsPaused = "Gepauzeerd";
    public const string SettingsSave = "Opslaan";
    public const string SettingsSaved = "Opgeslagen.";
    public const string SettingsAdminsOnly = "Alleen de beheerders van SafetyBot op school kunnen deze instellingen wijzigen.";

    public const string QuizProgress = "Vraag {0} van {1} · {2}";
    public const string QuizQuestionOf = "Vraag {0} van {1}";
    public const string QuizChoose = "Kies je antwoord";
    public const string QuizChooseError = "Kies eerst een antwoord.";
    public const string QuizCheck = "Controleer";
    public const string QuizRight = "Goed!";
    public const string QuizWrong = "Helaas, dat klopt niet.";
    public const string QuizYourAnswer = "Jouw antwoord";
    public const string QuizCorrectAnswer = "Het juiste antwoord";
    public const string QuizNext = "Volgende";
    public const string QuizSeeScore = "Bekijk je score";
    public const string QuizReadMore = "Lees: {0}";
    public const string QuizScore = "{0} van de {1} goed";
    public const string QuizOutOf = "{0} van {1}";
    public const string QuizPerTopic = "Per onderwerp";
    public const string QuizAllRight = "Alles goed: knap gedaan!";
    public const string QuizMissedComeBack = "De vragen die je miste komen in een volgende ronde terug, tot je ze twee keer goed hebt.";
    public const string QuizToRead = "Lees meer over wat je miste:";
    public const string QuizNewRound = "Nieuwe ronde";
    public const string QuizStoppedEarly = "Je stopte deze ronde eerder; dit is je score over de vragen die je beantwoordde.";
    public const string QuizOverviewTitle = "Quizoverzicht van de school";
    public const string QuizOverviewParticipants = "Deelnemers";
    public const string QuizOverviewRounds = "Afgeronde rondes";
    public const string QuizOverviewPrivacy = "Alleen totalen: wie wat antwoordde, is nergens te zien. Onderwerpen met minder dan 5 deelnemers tonen geen score.";
}

/// <summary>The act-now card's own text (headings, buttons, notes) in one language; the steps come from the plan.</summary>
public sealed record IncidentChrome(
    string Banner,
    string Now,
    string NowStaff,
    string Dont,
    string Who,
    string National,
    string NoContacts,
    string FullPlan,
    string AroundTheClock,
    string AfterHours,
    string AfterHoursNone,
    string AlsoPlan,
    string Fixed,
    string AskStaff,
    string AskPupil,
    string? Translation);
