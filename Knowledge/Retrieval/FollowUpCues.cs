using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Whether a message leans on the question before it, read from its wording alone: one that starts
/// "en als…", "and if…" or asks for more on "that" ("heb je daar ook…", "geldt dat ook…") continues;
/// one that starts "wat als", points back ("daar", "hetzelfde") or is short may continue, and the
/// answerer then checks whether it has a topic of its own. docs/design.md, "Follow-up questions".
/// </summary>
public static partial class FollowUpCues
{
    /// <summary>A message of at most this many words may be a follow-up ("voor groep 8?", "ook in het mbo?").</summary>
    public const int MaxShortWords = 6;

    public static FollowUpCue Of(string message)
    {
        var text = TextFolding.FoldLower(message).Trim();
        if (text.Length == 0)
        {
            return FollowUpCue.None;
        }

        if (Continues().IsMatch(text))
        {
            return FollowUpCue.Continues;
        }

        var words = WordSplitter.Split(text, WordBreaks.Prose).Length;

        // A request about the answer itself ("kun je dat in 5 punten zetten voor de teamvergadering") continues
        // whatever its other words: set F's was referred to HR on "vergadering".
        if (RequestOnAnswer().IsMatch(text))
        {
            return FollowUpCue.Continues;
        }

        // "moet ik dat melden?", "mag dat?", "wie doet dat dan?": a short message pointing back at what was just
        // asked may continue, as "daar" does; the answerer still checks for a topic of its own. Only short ones:
        // in a longer message "dat" is mostly a conjunction ("ze zegt dat …").
        if (MayContinue().IsMatch(text) || words <= MaxPointingBackWords && PointsBack().IsMatch(text))
        {
            return FollowUpCue.MayContinue;
        }

        // "ze weigert het weg te halen, wat nu", "hij is 15, maakt dat uit voor wat ik moet doen?", "wat zeg ik
        // tegen haar ouders?": a short message about someone it does not name, or giving only an age, leans on the
        // question before it (set H's were referred to the weather and to absence on their own words).
        if (words <= MaxPointingBackWords && (Someone().IsMatch(text) || Age().IsMatch(text)))
        {
            return FollowUpCue.MayContinue;
        }

        return words <= MaxShortWords ? FollowUpCue.IsShort : FollowUpCue.None;
    }

    /// <summary>
    /// Whether the message asks for a shorter version of the last answer ("korter", "kun je dat korter
    /// maken?", "samenvatting", "in het kort", "shorter please"): a short message with such a word, or
    /// one that points back at the answer ("dat", "dit", "je antwoord") while asking for it. A question
    /// of its own that mentions a summary ("hoe maak ik een samenvatting van het protocol voor ouders?")
    /// is not one.
    /// </summary>
    public static bool AsksShorter(string message)
    {
        var text = TextFolding.FoldLower(message).Trim();
        if (!Shorter().IsMatch(text))
        {
            return false;
        }

        return WordSplitter.Split(text, WordBreaks.Prose).Length <= MaxShorterWords || ShorterOfThat().IsMatch(text);
    }

    /// <summary>
    /// Whether the message asks for the last answer in English ("and in English please?", "can you say that
    /// in English", "in het Engels graag"): a short message (at most <see cref="MaxEnglishRequestWords"/>
    /// words) that asks for English itself, not a question that mentions English ("is there an English
    /// lesson about cyberbullying").
    /// </summary>
    public static bool AsksEnglish(string message)
    {
        var text = TextFolding.FoldLower(message).Trim();
        return WordSplitter.Split(text, WordBreaks.Prose).Length <= MaxEnglishRequestWords && InEnglish().IsMatch(text);
    }

    /// <summary>
    /// Whether the message is a short follow-up that leans on the question before it for its facts ("en bij
    /// groep 5? die hebben ook al een groepje"): it continues or is short, in at most
    /// <see cref="MaxLeaningWords"/> words. Its own words are too few to report an incident on the act-now
    /// model's reading alone.
    /// </summary>
    public static bool LeansOnPrevious(string message) =>
        Of(message) is FollowUpCue.Continues or FollowUpCue.IsShort
        && WordSplitter.Split(TextFolding.FoldLower(message), WordBreaks.Prose).Length <= MaxLeaningWords;

    /// <summary>A follow-up this short leans on the question before it (<see cref="LeansOnPrevious"/>).</summary>
    public const int MaxLeaningWords = 10;

    /// <summary>A message pointing back with "dat", "dit" or "het" is read as a possible follow-up up to this many words.</summary>
    public const int MaxPointingBackWords = 12;

    /// <summary>A request for the answer in English is at most this long.</summary>
    public const int MaxEnglishRequestWords = 9;

    /// <summary>A request for a shorter version this long or shorter needs no word pointing back ("korter graag", "in het kort?").</summary>
    public const int MaxShorterWords = 4;

    /// <summary>
    /// Whether the message asks to reshape the last answer ("kun je dat in 5 punten zetten voor de
    /// teamvergadering", "zet dat op een rij", "maak er een lijstje van"): it gets that answer again,
    /// not a search on its other words.
    /// </summary>
    public static bool AsksReshape(string message) => RequestOnAnswer().IsMatch(TextFolding.FoldLower(message).Trim());

    /// <summary>Whether the message asks for lesson material or a lesson ("heb je daar ook lesmateriaal voor?", "any lesson ideas?").</summary>
    public static bool AsksLessonMaterial(string message) => LessonMaterial().IsMatch(TextFolding.FoldLower(message));

    /// <summary>
    /// A follow-up that changes only the pupil's age ("en als ze 17 is?", "ook als ze allemaal 18+ zijn?",
    /// "and if it's a student of 17?") says nothing the index can search for; the law and the advice
    /// differ for minors, so the search gets the word that carries it: "minderjarig" under 18,
    /// "meerderjarig" from 18. Any other message is returned as it is.
    /// </summary>
    public static string WithAgeWord(string message)
    {
        var match = Age().Match(TextFolding.FoldLower(message));
        if (!match.Success || !int.TryParse(match.Groups["age"].Value, System.Globalization.CultureInfo.InvariantCulture, out var age) || age is < 8 or > 25)
        {
            return message;
        }

        return message + (age < 18 ? " minderjarig" : " meerderjarig");
    }

    [GeneratedRegex(@"(?<!(groep|klas|leerjaar|jaar|nummer|nr)\s?)\b(?<age>\d{1,2})\b(?!\s*(minuten|min|uur|euro|procent|%|keer|x|dagen|weken|maanden|leerlingen|lln|studenten|kinderen)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"\b(korter|kortere|samenvatting|samenvatten|samengevat|vat (dat|dit|het) (samen|kort)|in het kort|in een paar zinnen|in 1 zin|in een zin|beknopt|beknopter|kernpunten|de kern|shorter|summary|summari[sz]e|in short|tl;?dr)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shorter();

    [GeneratedRegex(@"^(and |en |ok,? |okay,? |sorry,? )?(in )?english( please| pls| plz)?\s*[?!.]*$|\b(say|write|give|explain|answer|repeat|put|send|tell me|have) (that|it|this|the answer|your answer|me that|me this)( again)? in english\b|\b(in )?english,? (please|pls|plz)\b|\b(speak|talk|write) english\b|\benglish version\b|\btranslate (that|it|this)\b|\bin het engels\b|\bengels (graag|aub|alsjeblieft|svp)\b|\bvertaal (dat|het|dit)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InEnglish();

    [GeneratedRegex(@"\b(dat|dit|die|deze|daarvan|hiervan|je antwoord|het antwoord|jouw antwoord|this|that|it|your answer)\b|^(graag|please)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShorterOfThat();

    // "les" and "lessen" ask for a lesson, not "in de les", "tijdens de les", "na de les" (when something happens).
    [GeneratedRegex(@"\b(lesmateriaal|lesmaterialen|lespakket|lespakketten|lesbrief|lesbrieven|lessenserie|lesidee|lesideeen|(?<!\b(in|tijdens|na|voor|uit|buiten|onder) de )(lessen|les)|lesje|mentorles|werkvorm|werkvormen|gastles|lesson|lessons|lesson plan|teaching materials?|classroom materials?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LessonMaterial();

    [GeneratedRegex(@"^(en|maar|and|but)\s+(als|bij|voor|wat|hoe|in|met|dan|ook|zonder|op|na|if|for|what|how|with|when|then|at|about|without)\b|^(heb je|hebben jullie|heeft de kennisbank|is er|zijn er|do you have|have you got|is there|are there)\b.*\b(daar|daarover|daarvoor|daarbij|hierover|hiervoor|about that|on that|for that|on this|about this)\b|\b(geldt|gelden) (dat|dit|hetzelfde)\b|\b(does|would|do) (that|this|the same) (also )?(apply|work|count|hold)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Continues();

    [GeneratedRegex(@"^(wat als|wat nou als|stel dat|en\b|what if|suppose|what about|how about)|\b(daar|daarover|daarvoor|daarbij|daarmee|hierover|hiervoor|hetzelfde|datzelfde|the same|that case|that topic)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MayContinue();

    // "dat", "dit" or "het" as the thing talked about: "moet ik dat melden", "mag dat", "is dat strafbaar", "wie moet dat doen".
    [GeneratedRegex(@"\b(moet|mag|kan|kun|moeten|mogen|is|wie|wat|waar|wanneer|hoe|hoeveel|geldt|telt|zeg|meld|maakt|kost|duurt|helpt|werkt)\b.{0,20}\b(dat|dit)\b(?!\s+(een|de|het|ik|je|jij|hij|ze|zij|we|wij|u|er)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PointsBack();

    // Someone the message does not name: it starts with a pronoun for a person ("ze weigert …", "hij is 15") or speaks
    // to or of one ("tegen haar ouders", "met hem").
    [GeneratedRegex(@"^(hij|ze|zij|die|he|she|they)\b|\b(tegen|met|aan|voor|van|bij) (haar|hem|hen|hun|die)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Someone();

    // A request to reshape the last answer: "kun je dat in 5 punten zetten", "kan je dit uitschrijven voor een mail",
    // "zet dat eens op een rij", "maak er een lijstje van".
    [GeneratedRegex(@"^(kun|kan|wil|zou) (je|jij|u) (dat|dit|het|dat antwoord|je antwoord) .{0,60}\b(zetten|maken|schrijven|uitschrijven|samenvatten|opsommen|herhalen|geven|sturen)\b|^(zet|schrijf|maak) (dat|dit|het) .{0,40}\b(punten|rij|lijst|lijstje|mail|overzicht)\b|^maak (er|daar) .{0,20}(lijst|lijstje|overzicht|punten) van", RegexOptions.CultureInvariant)]
    private static partial Regex RequestOnAnswer();
}
