using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The word lists the analyzer needs: synonyms teachers use for the same thing, compound parts,
/// and the filler words of a question ("hoi", "graag", "eigenlijk") that say nothing about the topic.
/// All entries are lower case and without accents (the analyzer folds before it looks them up).
/// </summary>
internal static class DomainLexicon
{
    /// <summary>Groups of words that mean the same thing to a teacher; each word expands to the others.</summary>
    public static readonly string[][] SynonymGroups =
    [
        ["mobiel", "telefoon", "smartphone", "gsm", "mobieltje", "telefoontje", "mobieltjes", "telefoons", "smartphones", "mobiele"],
        ["naaktfoto", "naaktfotos", "naaktbeeld", "naaktbeelden", "sexting", "nudes", "nude", "naaktje", "naaktjes", "naaktfilmpje", "seksfilmpje", "blootfoto"],
        ["groepsapp", "klassenapp", "appgroep", "whatsappgroep", "groepschat", "klasapp", "groepsgesprek", "klassenchat"],
        ["pesten", "cyberpesten", "gepest", "pest", "treiteren", "pestgedrag", "uitschelden", "online pesten", "cyberbullying", "bullying", "bully"],
        ["leraar", "docent", "leerkracht", "juf", "meester", "mentor", "leraren", "docenten", "leerkrachten"],
        ["leerling", "leerlingen", "ll", "lln", "scholier", "student", "studenten", "kind", "kinderen", "jongere", "jongeren", "pupil", "kids"],
        ["ouder", "ouders", "verzorger", "verzorgers", "vader", "moeder"],
        ["nepaccount", "nepprofiel", "fakeaccount", "nepaccounts", "imitatie", "impersonatie"],
        ["deepfake", "deepfakes", "nepfoto", "nepbeeld", "nepvideo", "bewerkte"],
        ["dreigen", "bedreigen", "bedreiging", "bedreigingen", "dreiging", "dreigement", "bedreigd"],
        ["chanteren", "chantage", "afpersen", "afpersing", "sextortion", "gechanteerd"],
        ["stalken", "stalking", "cyberstalking", "achtervolgen", "belaging", "gestalkt"],
        ["hacken", "gehackt", "hack", "inbreken", "overgenomen", "ingebroken"],
        ["verbod", "verbieden", "verboden", "ban"],
        ["inleveren", "innemen", "afpakken", "afnemen", "ingenomen", "ingeleverd", "afgepakt", "confisqueren"],
        ["uitsluiten", "buitensluiten", "buitengesloten", "uitgesloten", "uitsluiting", "negeren"],
        ["haat", "haatberichten", "haatreacties", "discriminatie", "racisme", "discriminerende", "discriminerend", "racistisch", "racistische"],
        ["foto", "fotos", "beeld", "beelden", "plaatje", "afbeelding", "beeldmateriaal"],
        ["filmen", "gefilmd", "opnemen", "opname", "video", "filmpje", "filmpjes"],
        ["vriendschapsverzoek", "volgverzoek", "vriendenverzoek", "volgen", "volgt", "friend"],
        ["instagram", "tiktok", "snapchat", "facebook", "whatsapp", "discord", "youtube", "platform", "platforms"],
        ["protocol", "gedragscode", "richtlijn", "richtlijnen", "reglement"],
        ["zelfmoord", "suicide", "zelfdoding", "zelfbeschadiging", "suicidaal"],
        ["incident", "incidenten", "voorval"],
        ["rolmodel", "voorbeeldfunctie"],
        ["politie", "wijkagent", "jeugdagent", "agent"],
        ["facebook", "fb"],
        ["oortjes", "oortje", "oordopjes", "airpods", "earbuds", "koptelefoon", "koptelefoons", "headset"],
        ["jongerenwerk", "jongerenwerker", "jeugdwerk", "kinderwerk"],
    ];

    /// <summary>
    /// Chat abbreviations that stand for a word but are also a form of another ("tel" is how teachers
    /// type telefoon, and the stem of "tellen"): they expand to the word, the word does not expand to them.
    /// </summary>
    public static readonly (string Abbreviation, string[] Words)[] Abbreviations =
    [
        ("tel", ["telefoon", "mobiel"]),
    ];

    /// <summary>Parts that long Dutch compounds are split into, besides those found in the content itself.</summary>
    public static readonly string[] CompoundParts =
    [
        "app", "chat", "groep", "groeps", "klas", "klassen", "cyber", "pest", "pesten", "naakt", "foto", "beeld", "beelden",
        "film", "filmpje", "smartphone", "telefoon", "mobiel", "beleid", "protocol", "media", "sociale", "online", "account",
        "profiel", "nep", "haat", "bericht", "berichten", "reactie", "reacties", "ouder", "ouders", "avond", "school", "team",
        "leraar", "leerling", "vriend", "vriendschap", "verzoek", "volg", "stalk", "stalking", "wacht", "woord", "sex", "seks",
        "video", "dreig", "geweld", "veiligheid", "veilig", "regel", "regels", "afspraak", "afspraken", "gedrag", "spel",
        "wijk", "agent", "jeugd", "jongeren", "werk", "werker", "meld", "punt", "code", "privacy", "schermtijd", "scherm",
        "tijd", "deep", "fake", "insta", "tiktok", "whatsapp", "snap", "vertrouwens", "persoon", "coordinator", "coördinator",
        "stage", "bedrijf", "nood", "plan", "stappen", "hulp", "lijn", "uitsluiting", "digitale", "weerbaarheid", "veerkracht",
    ];

    /// <summary>Question filler on top of the Dutch stopwords: it carries no topic.</summary>
    public static readonly string[] QuestionFiller =
    [
        "hoi", "hallo", "hey", "hee", "beste", "goedemorgen", "goedemiddag", "vraag", "vraagje", "vragen", "graag", "even",
        "eigenlijk", "iemand", "weet", "weten", "gewoon", "wel", "toch", "moet", "moeten", "mag", "mogen", "kun", "kunnen",
        "kan", "doe", "doen", "ga", "gaan", "zou", "zouden", "eens", "precies", "goed", "beter", "ok", "oke", "dank",
        "bedankt", "svp", "aub", "welke", "wanneer", "waarom", "hoe", "wat", "wie", "nu", "zo", "heel", "erg", "echt",
        "mijn", "jouw", "onze", "iets", "dingen", "ding", "zit", "zitten", "vind", "vinden", "denk", "denken", "help",
        "hulp", "advies", "tips", "tip", "iemand", "gebeurt", "gebeurd", "gedaan", "aanpakken", "omgaan", "handelen",
        "reageren", "reageer", "manier", "situatie", "geval", "please", "thanks", "leg", "leggen", "uitleggen", "hoeveel",
        "gaat", "komt", "krijg", "krijgen", "heb", "hebben", "ben", "zijn", "word", "worden", "wordt",
    ];

    /// <summary>
    /// Words that place a question inside SafetyBot's domain: online behaviour, its risks and incidents,
    /// and social safety at school with its roles and partners. Chosen from the product's scope
    /// (docs/design.md, "What it is for"; the source page), not from any test set. A question must
    /// touch at least one domain word, or be covered almost entirely by the knowledge base, to be
    /// answered: word overlap on school words alone ("klas", "ouders") is not enough.
    /// </summary>
    public static readonly string[] DomainAnchors =
    [
        // online life
        "online", "sociale", "media", "socialemedia", "groepsapp", "klassenapp", "nepaccount", "deepfake", "influencer",
        "challenge", "mediagebruik", "mediaopvoeding", "mediawijsheid", "mediadiamant", "sharenting", "doxing", "privacy", "avg",
        "portretrecht", "toestemming", "schermtijd", "hacken", "gehackt", "vriendschapsverzoek", "volgverzoek",
        // risks and incidents
        "pesten", "cyberpesten", "gepest", "cyberbullying", "uitschelden", "uitgescholden", "schelden", "gescholden", "scheldt", "scheldwoorden", "bullying", "uitsluiting", "buitengesloten", "haat", "haatberichten", "discriminatie", "racisme",
        "sexting", "naaktfoto", "naakt", "seks", "seksueel", "grooming", "sextortion", "chantage", "afpersing", "dreiging",
        "bedreiging", "bedreigd", "stalking", "cyberstalking", "belaging", "verspreiden", "schadelijke", "incident", "incidenten",
        // safety at school, roles and partners
        "protocol", "gedragscode", "rolmodel", "voorbeeldfunctie", "vertrouwenspersoon", "aandachtsfunctionaris", "pestcoordinator",
        "veiligheid", "veilig", "weerbaarheid", "veerkracht", "stappenplan", "meldpunt", "meldcode", "politie",
        "jeugdagent", "wijkagent", "jongerenwerk", "jongerenwerker", "helpwanted", "offlimits", "kennisnet", "telefoonverbod",
        "smartphonebeleid", "vraagbaak", "dilemma", "dilemmas", "gewenst", "ongewenst", "grensoverschrijdend", "normen", "grenzen",
        // harm a teacher names in their own words: the risk, not the platform, makes it the bot's question
        // ("roblox chat gevaarlijk?", "een gemeen bericht", "filmpje van een vechtpartij", "nepnieuws")
        "gevaarlijk", "gevaar", "onveilig", "risico", "risicos", "eng", "enge", "anoniem", "anonieme", "gemeen", "gemene",
        "kwetsend", "kwetsende", "beledigend", "beledigende", "belediging", "vernederen", "vernederd", "vernederend",
        "uitlachen", "uitgelachen", "intimidatie", "lastigvallen", "lastiggevallen", "ongepast", "ongepaste", "misbruik",
        "porno", "racistisch", "racistische", "discriminerend", "discriminerende", "seksistisch", "seksistische", "geweld",
        "vechtpartij", "schietpartij", "zelfmoord", "zelfdoding", "zelfbeschadiging", "suicidaal", "nepnieuws", "misinformatie",
        "desinformatie", "nepfoto", "gefotoshopt", "loverboy", "verslaafd", "verslaving", "vreemden", "benaderd",
    ];

    /// <summary>
    /// Devices, platforms and media: they place a question near the domain, but a teacher also names
    /// them when asking for tech support or lesson material ("de Teams-app crasht", "een app voor de
    /// tafels"). A question that touches only these needs more of it covered than one that names a
    /// risk, a safety role or online behaviour.
    /// </summary>
    public static readonly string[] DeviceAnchors =
    [
        "internet", "digitaal", "digitale", "app", "apps", "whatsapp", "instagram", "tiktok", "snapchat", "facebook", "youtube",
        "discord", "linkedin", "twitter", "telegram", "bereal", "telefoon", "mobiel", "smartphone", "smartwatch", "tablet", "scherm",
        "foto", "fotos", "video", "filmpje", "filmen", "beeld", "beeldmateriaal", "screenshot", "post", "posten", "bericht",
        "berichten", "dm", "chat", "chatten", "like", "liken", "volgen", "volger", "account", "profiel", "wachtwoord", "ai", "game",
        "gamen", "games", "meme", "story", "reel", "melden",
        // the names teachers and pupils use in chat, and the games pupils meet strangers in
        "insta", "snap", "socials", "appje", "appjes", "appen", "appt", "appte", "appten", "geappt", "whatsappen", "roblox", "fortnite", "minecraft", "twitch",
        "reddit", "pinterest", "threads", "fb", "selfie", "bio",
        // devices pupils bring into the classroom besides the phone
        "oortjes", "oordopjes", "airpods", "koptelefoon", "headset", "laptop", "chromebook", "ipad",
    ];

    /// <summary>
    /// Domain words that are also everyday school words in another sense: a protocol for the evacuation
    /// drill, safety in traffic, an incident in the gym. Alone they place a question only near the
    /// domain (as a device word does); with another domain, device or platform word they place it in.
    /// </summary>
    public static readonly string[] WeakDomainAnchors =
    [
        "protocol", "gedragscode", "veiligheid", "veilig", "stappenplan", "incident", "incidenten", "normen", "grenzen",
        "gewenst", "ongewenst", "dilemma", "dilemmas", "privacy", "avg", "toestemming", "risico", "risicos", "politie",
    ];

    /// <summary>
    /// The people of a school whose conduct online the bot is about: pupils (in the words teachers and
    /// pupils use), teachers and colleagues. A platform or image word together with one of them is a
    /// question about someone's online conduct, not tech support (<see cref="SocialMediaAnchors"/>).
    /// Parents are left out: "ouders" are also the audience of the school's own posts and messages
    /// ("wanneer posten we iets voor de ouders op de Facebookpagina"), which the bot does not cover.
    /// </summary>
    public static readonly string[] PersonAnchors =
    [
        "leerling", "leerlingen", "ll", "lln", "scholier", "scholieren", "student", "studenten", "kind", "kinderen", "kids",
        "jongere", "jongeren", "klasgenoot", "klasgenoten", "jongen", "jongens", "meisje", "meisjes", "meiden", "meid",
        "brugklasser", "brugklassers", "puber", "pubers", "tiener", "tieners",
        "docent", "docenten", "leraar", "leraren", "leerkracht", "leerkrachten", "juf", "meester", "mentor", "collega", "collegas",
        "stagiair", "stagiaire", "oudleerling", "oudleerlingen",
    ];

    /// <summary>
    /// The platform, image and sharing words among the <see cref="DeviceAnchors"/>: with a person of the
    /// school they name someone's online conduct ("een leerling zet een filmpje van mij op TikTok", "een
    /// ouder zet een klassenfoto op fb"). The generic tech words (app, telefoon, account, wachtwoord, AI)
    /// do not: "de app werkt niet bij een leerling" is tech support.
    /// </summary>
    public static readonly string[] SocialMediaAnchors =
    [
        "whatsapp", "instagram", "tiktok", "snapchat", "facebook", "fb", "youtube", "discord", "linkedin", "twitter", "telegram",
        "bereal", "insta", "snap", "socials", "twitch", "reddit", "pinterest", "threads", "roblox", "fortnite",
        "foto", "fotos", "video", "filmpje", "filmen", "gefilmd", "beeld", "beeldmateriaal", "screenshot", "selfie", "post",
        "posten", "gepost", "dm", "chat", "chatten", "like", "liken", "volgen", "volger", "volgers", "meme", "story", "reel",
        "whatsappen", "bio",
    ];

    /// <summary>
    /// Rules about devices: together with a device word and a pupil they make a question about phones and
    /// devices at school ("mag ik dat verbieden", "innemen", "de regels in de pauze"), which is the bot's.
    /// </summary>
    public static readonly string[] DeviceRuleAnchors =
    [
        "verbod", "verbieden", "verboden", "toestaan", "innemen", "inleveren", "afpakken", "afnemen", "regel", "regels",
        "afspraak", "afspraken", "beleid", "schoolregels", "huisregels",
    ];

    public static CharArraySet QueryStopWords { get; } = BuildQueryStopWords();

    private static CharArraySet BuildQueryStopWords()
    {
        var set = new CharArraySet(DutchTeacherAnalyzer.Version, 200, true);
        set.UnionWith(DutchAnalyzer.DefaultStopSet);
        foreach (var word in QuestionFiller)
        {
            set.Add(word);
        }

        return set.AsReadOnly();
    }

    public static SynonymMap BuildSynonyms()
    {
        // Single words only: a multi-word entry ("online pesten") would make its words synonyms of each
        // other in the query, so "pesten" counted as a stand-in for "online" instead of as a word of its own.
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in SynonymGroups)
        {
            var words = group.Where(w => !w.Contains(' ', StringComparison.Ordinal)).ToArray();
            foreach (var word in words)
            {
                foreach (var other in words.Where(o => o != word))
                {
                    builder.Add(new CharsRef(word), new CharsRef(other), includeOrig: true);
                }
            }
        }

        foreach (var (abbreviation, targets) in Abbreviations)
        {
            foreach (var target in targets)
            {
                builder.Add(new CharsRef(abbreviation), new CharsRef(target), includeOrig: true);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Compound parts: the fixed list plus content words of five letters or more that also begin or
    /// end a longer content word (real evidence that they are compound parts here).
    /// </summary>
    public static CharArraySet BuildCompoundParts(IEnumerable<string> contentWords)
    {
        var words = contentWords.Select(TextFolding.FoldLower).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var parts = new CharArraySet(DutchTeacherAnalyzer.Version, 512, true);
        foreach (var part in CompoundParts)
        {
            parts.Add(TextFolding.FoldLower(part));
        }

        var longWords = words.Where(w => w.Length >= 9).ToArray();
        foreach (var candidate in words.Where(w => w.Length >= 5 && !DutchAnalyzer.DefaultStopSet.Contains(w)))
        {
            if (longWords.Any(l => l.Length >= candidate.Length + 3 && (l.StartsWith(candidate, StringComparison.Ordinal) || l.EndsWith(candidate, StringComparison.Ordinal))))
            {
                parts.Add(candidate);
            }
        }

        return parts.AsReadOnly();
    }
}
