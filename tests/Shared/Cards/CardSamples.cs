using System.Text.Json.Nodes;
using SafetyBot.Cards;

namespace SafetyBot.TestSupport;

/// <summary>Every card family, fed with varied view models: short and long Dutch texts, empty lists, odd characters.</summary>
internal static class CardSamples
{
    private const string LongDutch = "Een leerling uit de brugklas vertelt na de les dat er in de klassenapp al dagen grappen over haar worden gemaakt, dat iemand een bewerkte foto heeft gedeeld en dat ze niet meer naar gym durft omdat de anderen dan lachen. ";

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        yield return ("welcome-personal", WelcomeCard.Build(new WelcomeView("OBS De Regenboog", InTeamOrGroup: false)));
        yield return ("welcome-personal-audience", WelcomeCard.Build(new WelcomeView(null, InTeamOrGroup: false, AskAudience: true)));
        yield return ("welcome-team", WelcomeCard.Build(new WelcomeView(null, InTeamOrGroup: true)));
        yield return ("welcome-admin", WelcomeCard.Build(new WelcomeView("OBS De Regenboog", InTeamOrGroup: false, IsAdmin: true)));

        var sources = new List<CardSource>
        {
            new("online-pesten", "Online pesten herkennen en aanpakken", "Wat doe je als leraar?"),
            new("digitale-veerkracht", "Digitale veerkracht", null),
        };
        var topics = new List<CardTopic> { new("normen-en-grenzen", "Normen en grenzen"), new("ouders-gesprek-thuis", "Het gesprek thuis"), new("x", new string('L', 120)) };
        yield return ("answer", AnswerCard.Build(new AnswerView("Bespreek het voorval met de klas en betrek de ouders.", sources, topics, "po, vo en mbo")));
        yield return ("answer-long", AnswerCard.Build(new AnswerView(string.Concat(Enumerable.Repeat(LongDutch, 4)), sources, topics, "vo")));
        yield return ("answer-composed", AnswerCard.Build(new AnswerView("Een ouder vraagt je om hulp: zo pak je het aan.", sources, topics, "po, vo en mbo")
        {
            Article = new CardTopic("dilemma-buitengesloten-groepsapp", "Dilemma: een leerling wordt buitengesloten uit de groepsapp"),
            Points = new AnswerPartView("Wat je kunt doen", null, ["Praat eerst apart met de leerling.", "Observeer de groep een paar dagen.", "Houd een klassengesprek, zonder de leerling te noemen."], MoreItems: 2),
            Caution = new AnswerPartView("Let op", null, ["Zet de leerling niet in het middelpunt."]),
        }));
        yield return ("answer-empty-lists", AnswerCard.Build(new AnswerView("Kort antwoord.", [], [], "mbo")));
        var numbered = new List<CardSource>
        {
            new("online-pesten", "Online pesten herkennen en aanpakken", "Wat doe je als leraar?", 1),
            new("digitale-veerkracht", "Digitale veerkracht", null, 3),
        };
        yield return ("answer-ai", AnswerCard.Build(new AnswerView("Samenvatting [1] met bron [3].", numbered, topics, "po", IsAiGenerated: true)));
        yield return ("answer-follow-up", AnswerCard.Build(new AnswerView("Bespreek het voorval met de klas en betrek de ouders.", sources, topics, "po, vo en mbo")
        {
            Article = new CardTopic("lessen-over-online-gedrag", "Lesideeën over online gedrag voor po, vo en mbo"),
            ContinuesTopic = "Online pesten (cyberpesten) herkennen en aanpakken",
        }));
        yield return ("answer-english", AnswerCard.Build(new AnswerView("Bespreek het voorval met de klas en betrek de ouders.", sources, topics, "vo") { InEnglish = true }));
        yield return ("answer-thanked", AnswerCard.Build(new AnswerView("Antwoord.", sources, topics, "po", Feedback: FeedbackState.Thanked)));

        yield return ("unknown", UnknownCard.Build(topics));
        yield return ("unknown-empty", UnknownCard.Build([]));
        yield return ("unknown-english", UnknownCard.Build(topics, inEnglish: true));
        yield return ("unknown-out-of-scope", UnknownCard.Build([], "Voor inloggen en wachtwoorden kun je het best terecht bij de ICT-helpdesk van je school."));

        var incident = new IncidentView(
            "Naaktbeelden van een minderjarige",
            "Er gaat een naaktfoto van een leerling rond.",
            ["Blijf rustig.", "Kijk niet naar het beeld.", "Licht vandaag nog de aandachtsfunctionaris in."],
            ["Het beeld nooit vragen, openen, doorsturen, opslaan of screenshotten.", "Geen geheimhouding beloven."],
            [new("Aandachtsfunctionaris", "mevr. J. Jansen, 06-12345678"), new("Directie", "directie@school.nl")],
            [new("Politie", "aangifte en advies", "0900-8844"), new("Helpwanted", "hulp bij online misbruik", "helpwanted.nl")],
            "ongewenste-sexting",
            "naaktbeelden");
        yield return ("incident", IncidentCard.Build(incident));
        yield return ("incident-received-image-other-plan", IncidentCard.Build(incident with
        {
            HelpLines = [new("Alarmnummer 112", "acuut gevaar", "bel 112, dag en nacht", AroundTheClock: true), new("Politie (geen spoed)", "aangifte en advies", "bel 0900-8844"), new("Veilig Thuis", "advies", "bel gratis 0800-2000", AroundTheClock: true)],
            Parts = [new("Zelf een beeld gekregen of gezien", ["Stuur het beeld naar niemand door.", "Verwijder het daarna, ook de automatische kopieën in je galerij, cloudback-up en 'recent verwijderd'.", LongDutch])],
            OtherPlans = [new("incident-grooming", "Online grooming", "grooming")],
        }));
        yield return ("incident-no-contacts", IncidentCard.Build(incident with { SchoolContacts = [], NowSteps = [.. Enumerable.Repeat(LongDutch, 8)] }));
        yield return ("incident-staff-aftercare", IncidentCard.Build(incident with
        {
            NowSteps = ["Meld het vandaag nog bij de directie.", "Doe aangifte met het adres van de school in plaats van je huisadres.", LongDutch],
            HelpLines = [new("Slachtofferhulp Nederland", "steun voor slachtoffers", "bel 0900-0101")],
            ForStaff = true,
            CanSwitchVictim = true,
            Aftercare = new IncidentPartView("Zorg ook voor jezelf", ["Praat met de vertrouwenspersoon voor personeel.", "De bedrijfsarts is er ook voor jou."]),
        }));
        yield return ("incident-english", IncidentCard.Build(incident with
        {
            Title = "Nude images of a minor",
            Summary = "A nude photo of a pupil is going around.",
            NowSteps = ["Stay calm.", "Don't look at the image."],
            SchoolContacts = [],
            CanSwitchVictim = true,
            Aftercare = new IncidentPartView("Look after yourself", ["Talk to the confidential adviser for staff.", "The company doctor (bedrijfsarts) is there for you too."]),
            InEnglish = true,
        }));

        yield return ("article", ArticleCard.Build(new ArticleView("Online pesten", LongDutch, [("Wat is het?", LongDutch), ("Wat doe je?", "- stap 1\n- stap 2")], "po, vo en mbo", topics)));
        yield return ("article-empty", ArticleCard.Build(new ArticleView("Leeg", string.Empty, [], "po", [])));

        yield return ("protocol-model", ProtocolCard.Build(new ProtocolView(true, null, [new("Foto's en video {#beeld}", "Foto's van leerlingen alleen met toestemming.", false, null)], ["Doel", "Foto's en video"])));
        yield return ("protocol-school-deviates", ProtocolCard.Build(new ProtocolView(false, "Het Lyceum", [new("Telefoons", "Telefoons gaan in de kluisjes.", true, "Telefoons blijven in de tas.")], ["Doel", "Telefoons", "Privacy"])));
        yield return ("protocol-no-match", ProtocolCard.Build(new ProtocolView(false, null, [], ["Doel", "Telefoons"])));

        yield return ("rolemodel", RoleModelCard.Build(new RoleModelView(LongDutch, ["Houd privé en werk gescheiden."], ["Accepteer geen volgverzoeken van leerlingen op je privé-account."], topics)));
        yield return ("forget-confirm", ForgetMeCard.Confirm());
        yield return ("forget-done", ForgetMeCard.Done());
        yield return ("my-data-empty", MyDataCard.Build(new MyDataView(null, null, [], [], [], 0, 0, [], [], 365)));
        yield return ("my-data", MyDataCard.Build(new MyDataView(
            "vo",
            "25-11-2026",
            [new("Online pesten herkennen en aanpakken", true, null, "25-11-2026"), new("Sexting", false, "Ik miste wat ik tegen [naam] moet zeggen [klik](https://example.org)\nen meer", "26-11-2026")],
            [.. Enumerable.Range(1, 20).Select(i => new MyDataQuestion($"Wanneer begint de kerstvakantie voor [naam]? {LongDutch}", "27-11-2026"))],
            [new("Online pesten", 4, 6, 5, "28-11-2026"), new("Sexting", 2, 2, 0, "29-11-2026")],
            1,
            2,
            [new("2026-W48", "De klassenfoto op Instagram", "Ik vraag de ouders eerst om toestemming.", "24-11-2026")],
            [new("20-11-2026", "07-12-2026")],
            365)
        {
            FollowUp = new MyDataFollowUp("Online pesten herkennen en aanpakken", ["Wat doe je als leraar?"], ["cyberpest", "klas", "lesmateriaal"], "07-12-2026 10:15"),
        }));
        yield return ("my-data-rounds-only", MyDataCard.Build(new MyDataView(null, null, [], [], [], 1, 0, [], [], 30)));
        yield return ("insights", InsightsCard.Build(new InsightsView([("wat doe ik als [naam] niet meer komt", 3)], [("Online pesten", 4, 1)], [("Oud artikel", "2024-01-01")], ["2026-W48, De klassenfoto op Instagram: misschien niet aangekomen (HTTP 504); niet opnieuw verstuurd, kijk in het kanaal"])));
        yield return ("insights-empty", InsightsCard.Build(new InsightsView([], [], [])));
        yield return ("audit-log", AuditLogCard.Build(new AuditLogView(
            [
                new("07-12-2026 16:40", "Instelling van de weekkaart gewijzigd", "jij (00000000-0000-0000-0000-0000000000a1)", "team 19:abc@thread.tacv2", "regio: standaard → zuid"),
                new("07-12-2026 09:02", "Uitslag van de weekkaart getoond (week 2026-W50)", "00000000-0000-0000-0000-0000000000c1", "team 19:abc@thread.tacv2", null),
                new("06-12-2026 08:15", "Inzichten bekeken", "iemand die 'vergeet mij' gebruikte (gewist-0a1b2c3d4e5f)", null, null),
            ],
            40,
            365)));
        yield return ("audit-log-empty", AuditLogCard.Build(new AuditLogView([], 40, 30)));
        yield return ("my-data-admin", MyDataCard.Build(new MyDataView(null, null, [], [], [], 0, 0, [], [], 30)
        {
            AdminActions = ["07-12-2026 · Instelling van de weekkaart gewijzigd: regio: standaard → zuid", "06-12-2026 · Inzichten bekeken"],
        }));

        var weekly = new WeeklyCardView(
            "2026-W48",
            "week-klassenfoto-instagram",
            "De klassenfoto op Instagram",
            LongDutch,
            ["Ik vraag de ouder de foto te verwijderen", "Ik laat het zo: het is een leuke foto", "Ik bespreek het met de directie", "Ik zet het op de agenda van de ouderavond"],
            ["Wat spreken we af over foto's van schoolactiviteiten?", "Wie spreekt de ouder aan?"],
            "Zie **Foto's van leerlingen** in de kennisbank.",
            Voters: 0,
            RevealMinimum: 5);
        yield return ("weekly-fresh", WeeklyCard.Build(weekly));
        yield return ("weekly-voted", WeeklyCard.Build(weekly with { Voters = 12, MyVote = 2, RefreshUserIds = [.. Enumerable.Range(0, 12).Select(i => $"29:user-{i}")] }));
        yield return ("weekly-60-voters", WeeklyCard.Build(weekly with { Voters = 60, MyVote = 4, RefreshUserIds = [.. Enumerable.Range(0, 60).Select(i => $"29:1{new string((char)('a' + (i % 26)), 80)}{i}")] }));
        yield return ("weekly-revealed", WeeklyCard.Build(weekly with { Voters = 75, Tally = [30, 20, 15, 10], MyVote = 1, ManualRefresh = true }));
        yield return ("weekly-three-options-notice", WeeklyCard.Build(weekly with { Options = ["Een", "Twee", "Drie"], Voters = 1, Notice = "Kies eerst een antwoord en klik dan op Stem." }));
        var answers = new List<(int, string)> { (2, "Je bespreekt het met de klas en de ouders"), (0, "Je doet niets: het gebeurde buiten school"), (1, LongDutch) };
        yield return ("quiz-question", QuizCard.Question(new QuizQuestionView("r1", 0, 10, "Online risico's", "Wat doe je als een leerling online wordt gepest?", answers)));
        yield return ("quiz-question-notice", QuizCard.Question(new QuizQuestionView("r1", 3, 10, "Basiskennis", LongDutch + "?", answers, "Je gaat verder waar je was: vraag 4 van 10.")));
        yield return ("quiz-feedback-right", QuizCard.Feedback(new QuizFeedbackView("r1", 0, 10, "Wat doe je?", true, "Bespreken", "Bespreken", "Omdat **Online pesten** dat zegt.", new CardTopic("online-pesten", "Online pesten"))));
        yield return ("quiz-feedback-wrong-last", QuizCard.Feedback(new QuizFeedbackView("r1", 9, 10, "Wat doe je?", false, "Niets", "Bespreken", LongDutch, null, "Deze vraag had je al beantwoord; je eerste antwoord telt.")));
        yield return ("quiz-score", QuizCard.Score(new QuizScoreView(7, 10, [("Online risico's", 2, 3), ("Basiskennis", 5, 7)], [new CardTopic("online-pesten", "Online pesten"), new CardTopic("x", new string('L', 120))])));
        yield return ("quiz-score-stopped", QuizCard.Score(new QuizScoreView(3, 3, [("Basiskennis", 3, 3)], [], Stopped: true, Notice: "De ronde is gestopt.")));
        yield return ("quiz-notice", QuizCard.Notice("Deze quizronde is al afgelopen."));
        yield return ("quiz-overview", QuizOverviewCard.Build(new QuizOverviewView(12, 20, [("Online risico's", "75% goed (8 deelnemers)"), ("Ouders", "te weinig deelnemers")])));
        yield return ("settings-edit", TeamSettingsCard.Build(new TeamSettingsView(1, "08:00", null, [], false, CanEdit: true)));
        yield return ("settings-saved", TeamSettingsCard.Build(new TeamSettingsView(3, "09:30", "zuid", ["po", "vo"], true, CanEdit: true, Notice: "Opgeslagen.")));
        yield return ("settings-readonly", TeamSettingsCard.Build(new TeamSettingsView(5, "14:15", "noord", ["mbo"], false, CanEdit: false)));
    }
}
