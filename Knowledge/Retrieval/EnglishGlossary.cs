using System.Text;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// A curated English→Dutch glossary of the domain's words and phrases ("taken over" → overgenomen
/// gehackt, "hold on to" → innemen, "nudes" → naaktfoto): an English question is also searched in the
/// Dutch index by its Dutch rendering, so English wording finds the article by its Dutch text and its
/// Dutch example questions, not only by the few English ones. Words the glossary does not know are
/// left out of the rendering (never guessed); the Dutch analyzer itself stays Dutch. docs/retrieval.md,
/// "English questions: a Dutch rendering".
/// </summary>
public static class EnglishGlossary
{
    /// <summary>The longest phrase the glossary holds, in words.</summary>
    private const int MaxPhraseWords = 4;

    /// <summary>English word or phrase (lower case, accents folded) → Dutch words, chosen from the domain, not from a test set.</summary>
    private static readonly Dictionary<string, string> Terms = Build(
    [
        // People of the school and its partners.
        ("student", "leerling"), ("students", "leerlingen"), ("pupil", "leerling"), ("pupils", "leerlingen"),
        ("kid", "leerling"), ("kids", "leerlingen"), ("child", "kind"), ("children", "kinderen"), ("teen", "tiener"),
        ("teens", "tieners"), ("teenager", "tiener"), ("teenagers", "tieners"), ("boy", "jongen"), ("boys", "jongens"),
        ("girl", "meisje"), ("girls", "meisjes"), ("classmate", "klasgenoot"), ("classmates", "klasgenoten"),
        ("teacher", "leraar"), ("teachers", "leraren"), ("colleague", "collega"), ("colleagues", "collega's"),
        ("staff", "personeel"), ("staff member", "medewerker"), ("intern", "stagiair"), ("trainee", "stagiair"),
        ("internship", "stage"), ("student teacher", "stagiair"), ("mentor", "mentor"), ("parent", "ouder"), ("parents", "ouders"),
        ("mother", "moeder"), ("mum", "moeder"), ("mom", "moeder"), ("father", "vader"), ("dad", "vader"),
        ("former student", "oud-leerling"), ("former pupil", "oud-leerling"), ("ex-student", "oud-leerling"),
        ("graduated", "oud-leerling"), ("alumni", "oud-leerlingen"), ("adult", "volwassene"), ("adults", "volwassenen"),
        ("stranger", "onbekende"), ("strangers", "onbekenden"), ("principal", "schoolleiding"), ("headteacher", "schoolleiding"),
        ("head teacher", "schoolleiding"), ("management", "schoolleiding"), ("school leader", "schoolleiding"),
        ("school leadership", "schoolleiding"), ("team leader", "teamleider"), ("safeguarding lead", "aandachtsfunctionaris"),
        ("safeguarding officer", "aandachtsfunctionaris"), ("safeguarding", "aandachtsfunctionaris meldcode"),
        ("care coordinator", "zorgcoordinator"), ("counsellor", "zorgcoordinator"), ("counselor", "zorgcoordinator"),
        ("anti-bullying coordinator", "anti-pestcoordinator"), ("police", "politie"), ("police officer", "politie"),
        ("youth worker", "jongerenwerk"), ("youth workers", "jongerenwerk"), ("victim", "slachtoffer"),
        ("influencer", "influencer"), ("influencers", "influencers"), ("youtuber", "youtuber"), ("youtubers", "youtubers"),
        ("hacker", "gehackt"), ("predator", "grooming"), ("groomer", "grooming"), ("ex-boyfriend", "ex"), ("ex-girlfriend", "ex"),

        // School.
        ("school", "school"), ("class", "klas"), ("classroom", "klas"), ("lesson", "les"), ("lessons", "lessen"),
        ("in class", "klas"), ("during lessons", "les"), ("lesson plan", "les"), ("lesson material", "lesmateriaal"),
        ("teaching material", "lesmateriaal"), ("materials", "lesmateriaal"), ("curriculum", "lesmateriaal"),
        ("teach", "les"), ("mentor lesson", "mentorles"), ("mentor group", "mentorklas"), ("break", "pauze"),
        ("breaks", "pauze"), ("school trip", "schoolreis"), ("parents evening", "ouderavond"), ("parents' evening", "ouderavond"),
        ("newsletter", "nieuwsbrief"), ("website", "website"), ("school website", "website school"),
        ("school account", "schoolaccount"), ("team", "team"), ("team meeting", "teamvergadering"),
        ("primary school", "basisschool"), ("secondary school", "voortgezet onderwijs"), ("secondary schools", "voortgezet onderwijs"),

        // Devices and screens.
        ("phone", "telefoon"), ("phones", "telefoons"), ("mobile", "mobiel"), ("mobile phone", "telefoon"),
        ("mobile phones", "telefoons"), ("smartphone", "smartphone"), ("smartphones", "smartphones"), ("cellphone", "telefoon"),
        ("tablet", "tablet"), ("ipad", "tablet"), ("laptop", "laptop"), ("chromebook", "chromebook"), ("computer", "computer"),
        ("earbuds", "oortjes"), ("airpods", "oortjes"), ("headphones", "koptelefoon"), ("smartwatch", "smartwatch"),
        ("screen time", "schermtijd"), ("screentime", "schermtijd"), ("screen", "scherm"), ("screens", "schermen"),
        ("notification", "melding"), ("notifications", "meldingen"),

        // Platforms and apps (mostly the same word in Dutch).
        ("instagram", "instagram"), ("insta", "instagram"), ("tiktok", "tiktok"), ("snapchat", "snapchat"), ("snap", "snapchat"),
        ("whatsapp", "whatsapp"), ("discord", "discord"), ("youtube", "youtube"), ("facebook", "facebook"), ("linkedin", "linkedin"),
        ("roblox", "roblox"), ("fortnite", "fortnite"), ("minecraft", "minecraft"),
        ("telegram", "app"), ("teams", "teams"), ("magister", "magister"), ("parro", "parro"), ("chatgpt", "chatgpt"),
        ("ai", "ai"), ("social media", "sociale media"), ("online", "online"), ("internet", "internet"), ("app", "app"),
        ("apps", "apps"), ("account", "account"), ("accounts", "accounts"), ("profile", "profiel"), ("profiles", "profielen"),
        ("bio", "bio"), ("story", "story"), ("stories", "story"), ("reel", "reel"),
        ("group chat", "groepsapp"), ("group chats", "groepsapp"), ("class chat", "klassenapp"), ("class group", "klassenapp"),
        ("class group chat", "klassenapp"), ("class whatsapp", "klassenapp"), ("whatsapp group", "groepsapp whatsapp"),
        ("class app", "klassenapp"), ("group app", "groepsapp"), ("parent app", "ouderapp"), ("game", "game"), ("games", "games"),
        ("online game", "game"), ("gaming", "gamen"), ("gamer", "gamen"), ("plays", "gamen"), ("series", "series"),

        // Sharing, posting, contact.
        ("photo", "foto"), ("photos", "foto's"), ("picture", "foto"), ("pictures", "foto's"), ("pic", "foto"), ("pics", "foto's"),
        ("image", "beeld"), ("images", "beelden"), ("selfie", "selfie"), ("selfies", "selfies"), ("video", "filmpje"),
        ("videos", "filmpjes"), ("clip", "filmpje"), ("film", "filmen"), ("films", "filmt"), ("filmed", "gefilmd"),
        ("filming", "filmen"), ("record", "opnemen filmen"), ("records", "filmt"), ("recorded", "gefilmd"),
        ("recording", "filmen"), ("screenshot", "screenshot"), ("screenshots", "screenshots"), ("post", "posten"),
        ("posts", "posts"), ("posted", "gepost"), ("posting", "posten"), ("share", "delen"), ("shares", "deelt"),
        ("shared", "gedeeld"), ("sharing", "delen"), ("forward", "doorsturen"), ("forwarded", "doorgestuurd"),
        ("forwarding", "doorsturen"), ("spread", "verspreiden"), ("spreading", "verspreiden"), ("going around", "rondgaan"),
        ("goes around", "rondgaan"), ("circulating", "rondgaan"), ("upload", "online zetten"), ("uploaded", "online gezet"),
        ("message", "bericht"), ("messages", "berichten"), ("messaging", "appen berichten"), ("messaged", "bericht gestuurd"),
        ("text", "appen"), ("texts", "berichten"), ("texting", "appen"), ("dm", "dm"), ("dms", "dm's"),
        ("direct message", "dm"), ("chat", "chat"), ("chats", "chats"), ("chatting", "chatten"), ("comment", "reactie"),
        ("comments", "reacties"), ("reply", "reageren"), ("respond", "reageren"), ("answering", "reageren"),
        ("friend request", "vriendschapsverzoek"), ("friend requests", "vriendschapsverzoek"), ("follow request", "volgverzoek"),
        ("follow", "volgen"), ("follows", "volgt"), ("following", "volgen"), ("followers", "volgers"), ("accept", "accepteren"),
        ("add her", "toevoegen"), ("add him", "toevoegen"), ("add me", "toevoegen"), ("private number", "privenummer"),
        ("phone number", "telefoonnummer"), ("private account", "prive-account"), ("personal account", "prive-account"),
        ("privately", "prive"), ("private", "prive"), ("public", "openbaar"), ("privacy", "privacy"), ("gdpr", "avg"),
        ("avg", "avg"), ("permission", "toestemming"), ("consent", "toestemming"), ("without permission", "zonder toestemming"),
        ("without asking", "zonder toestemming"), ("without consent", "zonder toestemming"), ("contact", "contact"),
        ("late at night", "avond laat"), ("at night", "nacht"), ("night", "nacht"), ("evening", "avond"), ("evenings", "avond"),
        ("weekend", "weekend"), ("at the weekend", "weekend"), ("outside school", "buiten school"), ("at home", "thuis"),
        ("after school", "buiten schooltijd"), ("boundaries", "grenzen"), ("boundary", "grenzen"), ("professional", "professioneel"),
        ("professionally", "professioneel"), ("role model", "rolmodel"), ("flirty", "flirterig"), ("flirting", "flirterig"),
        ("romantic", "romantisch"), ("meet up", "afspreken"), ("coffee", "afspreken"), ("reference", "referentie"),

        // Harms and incidents.
        ("bully", "pesten"), ("bullies", "pesten"), ("bullied", "gepest"), ("bullying", "pesten"), ("cyberbullying", "cyberpesten"),
        ("cyberbullied", "cyberpesten"), ("mock", "belachelijk"), ("mocked", "belachelijk"), ("mocking", "belachelijk"),
        ("make fun", "belachelijk"), ("made fun", "belachelijk"), ("ridicule", "belachelijk"), ("humiliate", "vernederen"),
        ("humiliated", "vernederd"), ("insult", "uitschelden"), ("insults", "scheldwoorden"), ("swear", "uitschelden"),
        ("call names", "uitschelden"), ("abuse", "uitschelden"), ("left out", "buitengesloten"), ("excluded", "buitengesloten"),
        ("exclusion", "uitsluiting"), ("exclude", "buitensluiten"), ("kicked out", "eruit gezet"), ("removed from", "eruit gezet"),
        ("hacked", "gehackt"), ("hack", "gehackt"), ("hacking", "gehackt"), ("taken over", "overgenomen gehackt"),
        ("take over", "overgenomen gehackt"), ("took over", "overgenomen gehackt"), ("hijacked", "overgenomen gehackt"),
        ("compromised", "gehackt"), ("broke into", "gehackt"), ("password", "wachtwoord"), ("passwords", "wachtwoorden"),
        ("log in", "inloggen"), ("logged in", "ingelogd"), ("fake profile", "nepprofiel"), ("fake account", "nepaccount"),
        ("fake accounts", "nepaccounts"), ("pretending to be", "voordoet"), ("pretends to be", "voordoet"),
        ("impersonate", "voordoet"), ("impersonating", "voordoet"), ("impersonation", "nepprofiel"), ("posing as", "voordoet"),
        ("nude", "naaktfoto"), ("nudes", "naaktfoto's"), ("naked", "naakt"), ("nude photo", "naaktfoto"), ("nude photos", "naaktfoto's"),
        ("explicit", "naaktbeeld"), ("sexting", "sexting"), ("sexual", "seksueel"), ("sexually", "seksueel"),
        ("sextortion", "sextortion"), ("blackmail", "afpersing"), ("blackmailed", "afgeperst"), ("blackmailing", "afpersen"),
        ("extortion", "afpersing"), ("porn", "porno"), ("pornography", "porno"), ("grooming", "grooming"), ("groomed", "grooming"),
        ("groom", "grooming"), ("threat", "bedreiging"), ("threats", "bedreigingen"), ("threaten", "bedreigen"),
        ("threatened", "bedreigd"), ("threatening", "bedreigen"), ("gun", "wapen"), ("weapon", "wapen"), ("knife", "wapen"),
        ("stalking", "cyberstalking"), ("stalked", "gestalkt"), ("stalker", "cyberstalking"), ("stalk", "cyberstalking"),
        ("harass", "lastigvallen"), ("harassed", "lastiggevallen"), ("harassment", "intimidatie"), ("intimidation", "intimidatie"),
        ("hate", "haat"), ("hateful", "haatberichten"), ("hate speech", "haatberichten"), ("racist", "racistisch"),
        ("racism", "racisme"), ("discrimination", "discriminatie"), ("homophobic", "homofobe"), ("extremist", "extremistische"),
        ("extremism", "extremistische"), ("radicalisation", "extremistische"), ("radicalization", "extremistische"),
        ("recruited", "geronseld"), ("recruiting", "ronselen"), ("money mule", "geldezel"), ("easy money", "snel geld"),
        ("quick money", "snel geld"), ("money", "geld"), ("for money", "geld verdienen"), ("earn money", "geld verdienen"),
        ("make money", "geld verdienen"), ("job offer", "snel geld verdienen"), ("crypto", "geld"), ("invest", "geld"),
        ("bank card", "bankpas"), ("bank account", "bankrekening"), ("scam", "oplichting"), ("scammed", "opgelicht"), ("fraud", "oplichting"),
        ("deepfake", "deepfake"), ("deepfakes", "deepfakes"), ("edited", "bewerkt"), ("photoshopped", "bewerkt"),
        ("manipulated", "bewerkt"), ("meme", "meme"), ("memes", "memes"), ("rate", "rate-account"),
        ("rating", "rate-account"), ("challenge", "challenge"), ("challenges", "challenges"), ("chain message", "kettingbericht"),
        ("chain messages", "kettingberichten"), ("chain letter", "kettingbericht"), ("hoax", "hoax"), ("hoaxes", "hoaxes"),
        ("fake news", "nepnieuws"), ("misinformation", "nepnieuws"), ("disinformation", "nepnieuws"),
        ("conspiracy", "nepnieuws"), ("harmful", "schadelijke"), ("harmful content", "schadelijke content"),
        ("violence", "geweld"), ("violent", "geweld"), ("self-harm", "zelfbeschadiging"), ("self harm", "zelfbeschadiging"),
        ("suicide", "zelfdoding"), ("suicidal", "zelfdoding"), ("anonymous", "anoniem"), ("anonymously", "anoniem"),
        ("changing room", "kleedkamer"), ("changing rooms", "kleedkamer"), ("locker room", "kleedkamer"), ("toilet", "toilet"),
        ("toilets", "toilet"), ("bathroom", "toilet"), ("died", "overleden"), ("death", "overlijden"), ("accident", "ongeluk"),
        ("fight", "vechtpartij"), ("argument", "ruzie"), ("quarrel", "ruzie"), ("conflict", "ruzie"), ("drama", "ruzie"),
        ("inappropriate", "ongepast"), ("about me", "over mij leraar"), ("record me", "leraar filmen"), ("recording me", "leraar filmen"), ("recorded me", "leraar gefilmd"),
        ("film me", "leraar filmen"), ("filming me", "leraar filmen"), ("filmed me", "leraar gefilmd"), ("of me", "leraar"), ("negative", "nare"), ("nasty", "nare"), ("mean", "nare"),
        ("attack", "aanvalt"), ("attacks", "aanvalt"), ("attacking", "aanvalt"), ("gossip", "roddelen"), ("gossiping", "roddelen"),
        ("laugh at", "uitlachen"), ("laughing at", "uitlachen"), ("ugly", "uitlachen"), ("ugliest", "uitlachen"),
        ("slander", "smaad"), ("defamation", "smaad"), ("lies", "leugens"), ("worrying", "zorgelijk"), ("worried", "zorgen"), ("concern", "zorgen"),
        ("concerns", "zorgen"), ("concerned", "zorgen"), ("lonely", "eenzaam"), ("addiction", "verslaving"),
        ("addicted", "verslaving"), ("tired", "moe"), ("sleep", "slaap"), ("too young", "minimumleeftijd"), ("age", "leeftijd"),
        ("minimum age", "minimumleeftijd"), ("age limit", "minimumleeftijd"), ("underage", "minderjarig"), ("minor", "minderjarig"),
        ("minors", "minderjarigen"), ("advertising", "reclame"), ("ads", "reclame"), ("advertisement", "reclame"),
        ("sponsored", "reclame"), ("risks", "risico's"), ("risk", "risico"), ("dangerous", "gevaarlijk"), ("danger", "gevaar"),
        ("safe", "veilig"), ("safely", "veilig"), ("safety", "veiligheid"), ("online safety", "online veiligheid"),
        ("resilience", "weerbaar"), ("resilient", "weerbaar"), ("wellbeing", "welzijn"), ("opportunities", "kansen"),

        // School business the knowledge base does not cover: rendered so that the Dutch out-of-scope topics'
        // example questions can recognise an English question about it (the answerer then does not answer it).
        ("sick", "ziek"), ("sick leave", "ziek verlof"), ("call in sick", "ziek"), ("ill", "ziek"),
        ("leave", "verlof"), ("parental leave", "ouderschapsverlof"), ("maternity leave", "verlof"),
        ("holiday", "vakantie"), ("holidays", "vakantie"), ("vacation", "vakantie"), ("timetable", "rooster"),
        ("schedule", "rooster"), ("study day", "studiedag"), ("salary", "salaris"), ("pay", "salaris"), ("pay rise", "salaris"),
        ("contract", "contract"), ("cao", "cao"), ("projector", "beamer"), ("beamer", "beamer"), ("smartboard", "digibord"),
        ("whiteboard", "digibord"), ("wifi", "wifi"), ("printer", "printer"), ("print", "printen"), ("copier", "kopieren"),
        ("reset", "wachtwoord vergeten"), ("forgot", "vergeten"), ("email", "mail"), ("e-mail", "mail"), ("grades", "cijfers"),
        ("grade", "cijfer"), ("marks", "cijfers"), ("report card", "rapport"), ("test", "toets"), ("exam", "toets"),
        ("essay", "toets"), ("essays", "toetsen"), ("feedback", "feedback"), ("first aid", "ehbo"), ("injured", "ehbo"),
        ("hurt his", "ehbo"), ("hurt her", "ehbo"), ("knee", "ehbo"), ("fire drill", "ontruimingsoefening"),
        ("evacuation", "ontruimingsoefening"), ("staff meeting", "teamvergadering"), ("meeting", "vergadering"),
        ("agenda", "vergadering"), ("parking", "parkeren"), ("canteen", "kantine"), ("roof", "gebouw"), ("gym", "gym"),
        ("trip", "schoolreis"), ("excursion", "schoolreis"), ("zoo", "schoolreis"),
        ("vocabulary", "woordjes"), ("french", "frans"), ("maths", "rekenen"), ("math", "rekenen"), ("fractions", "breuken"),
        ("keep order", "orde houden"), ("classroom management", "orde"), ("talking during", "orde houden"),
        ("truancy", "verzuim"), ("absent", "verzuim"), ("absence", "verzuim"), ("dyslexia", "dyslexie"),
        ("class list", "klassenlijst"), ("student administration", "administratie"), ("open day", "open dag"),
        ("expense", "declaratie"), ("expenses", "declaratie"), ("budget", "budget"), ("training course", "scholing"),
        ("appraisal", "functioneringsgesprek"),

        // Rules, steps and who decides.
        ("rule", "regel"), ("rules", "regels"), ("policy", "beleid"), ("ban", "verbod"), ("banned", "verboden"),
        ("forbid", "verbieden"), ("forbidden", "verboden"), ("prohibit", "verbieden"), ("national ban", "landelijke afspraak"),
        ("allowed", "mag"), ("legal", "mag wet"), ("legally", "wet"), ("illegal", "strafbaar"), ("law", "wet"),
        ("criminal", "strafbaar"), ("crime", "strafbaar"), ("agreement", "afspraak"), ("agreements", "afspraken"),
        ("confiscate", "innemen"), ("confiscated", "ingenomen"), ("confiscating", "innemen"), ("take away", "innemen"),
        ("hold on to", "innemen"),
        ("keep his phone", "telefoon innemen"), ("keep her phone", "telefoon innemen"), ("keep a student's phone", "telefoon innemen"),
        ("hand in", "inleveren"), ("hand over", "inleveren"), ("refuses", "weigert"), ("refuse", "weigert"),
        ("look through", "doorzoeken"),
        ("report", "melden"), ("reports", "meldt"), ("reported", "gemeld"), ("reporting", "melden"),
        ("report to the police", "aangifte politie"), ("press charges", "aangifte"), ("evidence", "bewijs"), ("proof", "bewijs"),
        ("procedure", "stappenplan"), ("protocol", "protocol"), ("steps", "stappen"), ("step-by-step", "stappenplan"),
        ("block", "blokkeren"), ("blocked", "geblokkeerd"), ("delete", "verwijderen"), ("deleted", "verwijderd"),
        ("remove", "verwijderen"), ("removed", "verwijderd"), ("take down", "verwijderen"), ("warn", "waarschuwen"),
        ("involve", "inschakelen"), ("intervene", "ingrijpen"), ("step in", "ingrijpen"), ("talk to", "gesprek"),
        ("conversation", "gesprek"), ("discuss", "bespreken"), ("raise it", "bespreken"), ("tell someone", "melden"),
        ("helpline", "hulplijn"), ("where can", "terecht"), ("who do i", "terecht"), ("support", "steun"),
        ("signs", "signalen"), ("recognise", "herkennen"), ("recognize", "herkennen"), ("prevent", "voorkomen"),
        ("prevention", "preventie"), ("awareness", "bewustwording"), ("vision", "visie"), ("norms", "normen"),
    ]);

    /// <summary>
    /// The Dutch words for the English words and phrases of <paramref name="question"/> that the glossary
    /// knows, in order (longest phrase first); empty when it knows none.
    /// </summary>
    public static string Render(string question)
    {
        var words = WordSplitter.Split(TextFolding.FoldLower(question.Length > 4000 ? question[..4000] : question), WordBreaks.Prose)
            .Select(w => w.Trim('\'', '’', '"', '-', '.', ',', '?', '!', ':', ';', '(', ')').Replace('’', '\''))
            .Where(w => w.Length > 0)
            .ToList();
        var rendered = new StringBuilder();
        for (var i = 0; i < words.Count;)
        {
            var taken = 0;
            for (var n = Math.Min(MaxPhraseWords, words.Count - i); n >= 1 && taken == 0; n--)
            {
                if (Lookup(string.Join(' ', words.Skip(i).Take(n))) is { } dutch)
                {
                    rendered.Append(rendered.Length == 0 ? string.Empty : " ").Append(dutch);
                    taken = n;
                }
            }

            i += Math.Max(taken, 1);
        }

        // "keep a student's phone", "check his phone": the verb's sense depends on the phone a few words on.
        for (var i = 0; i < words.Count; i++)
        {
            if (PhoneVerbs.TryGetValue(words[i], out var verb)
                && words.Skip(i + 1).Take(PhoneVerbReach).Any(w => w is "phone" or "phones" or "mobile" or "smartphone" or "device"))
            {
                rendered.Append(rendered.Length == 0 ? string.Empty : " ").Append(verb);
            }
        }

        return rendered.ToString();
    }

    /// <summary>How many words after a verb of <see cref="PhoneVerbs"/> its phone may come.</summary>
    private const int PhoneVerbReach = 4;

    /// <summary>Verbs that, with a phone a few words on, are taking it in or looking into it.</summary>
    private static readonly Dictionary<string, string> PhoneVerbs = new(StringComparer.Ordinal)
    {
        ["keep"] = "innemen", ["keeping"] = "innemen", ["kept"] = "innemen", ["take"] = "innemen", ["taking"] = "innemen",
        ["took"] = "innemen", ["collect"] = "innemen", ["hold"] = "innemen", ["check"] = "doorzoeken", ["checking"] = "doorzoeken",
        ["search"] = "doorzoeken", ["searching"] = "doorzoeken", ["look"] = "doorzoeken",
    };

    /// <summary>The English words and phrases of the glossary (for the tests).</summary>
    public static IReadOnlyCollection<string> English => Terms.Keys;

    /// <summary>The Dutch renderings of the glossary (for the tests).</summary>
    public static IReadOnlyCollection<string> Dutch => Terms.Values;

    private static string? Lookup(string phrase)
    {
        if (Terms.TryGetValue(phrase, out var dutch))
        {
            return dutch;
        }

        // A possessive or contraction on a single word: "student's", "school's".
        return phrase.EndsWith("'s", StringComparison.Ordinal) && Terms.TryGetValue(phrase[..^2], out dutch) ? dutch : null;
    }

    private static Dictionary<string, string> Build((string English, string Dutch)[] pairs)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (english, dutch) in pairs)
        {
            if (!terms.TryAdd(english, dutch))
            {
                throw new InvalidOperationException($"the English glossary lists '{english}' twice");
            }
        }

        return terms;
    }
}
