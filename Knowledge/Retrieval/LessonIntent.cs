using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Whether a Dutch question asks how to teach or discuss a subject with a class ("hoe bespreek ik
/// sexting in 3 havo", "lesidee nepnieuws brugklas", "hoe begin je met mediawijsheid bij kleuters"),
/// rather than what to do about a case. Such a question shares its subject's words with the incident
/// plan or dilemma about it, which then wins on those words and tells the teacher how to handle an
/// incident instead of how to give the lesson (sets C and E, "a sexting lesson got incident steps").
/// A conversation with one pupil ("hoe praat ik met een leerling die…") or with parents is not a lesson.
/// </summary>
public static partial class LessonIntent
{
    public static bool Of(string question)
    {
        var text = TextFolding.FoldLower(question);
        return LessonWord().IsMatch(text) || (!ToParents().IsMatch(text) && (DiscussWithClass().IsMatch(text) || ClassThenDiscuss().IsMatch(text) || TeachClass().IsMatch(text)));
    }

    // Explaining something to parents ("hoe leg ik ouders uit…", "bespreken met de ouders") is not a lesson,
    // whatever class it names.
    [GeneratedRegex(@"\b((aan|met|tegen|voor|richting) (de |die |deze |alle )?(ouders|ouder|vader|moeder)|(ouders|ouder|vader|moeder) (uit|uitleggen|vertellen|duidelijk))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ToParents();

    // A word that names a lesson or a classroom activity. "les" alone is left out: "in de les" is where a
    // phone is used, not a lesson about it.
    [GeneratedRegex(@"\b(lesidee\w*|lesideeen|lesje\w*|lessen|lesmateriaal|lespakket\w*|lesbrief|lesactiviteit\w*|mentorles\w*|mentoruur|werkvorm\w*|themales\w*|voorlichtingsles\w*|een (korte |goede |leuke )?les (\w+ ){0,2}(geven|maken|doen|houden|over|voor)|les (geven|maken|doen|houden) over|les over|(in|voor) (een|de|mijn) les \w+\b.{0,40}\bover|burgerschapsles\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LessonWord();

    // "hoe bespreek ik X in 3 havo / met mijn klas", "hoe praat ik met mijn studenten over…", "het gesprek
    // aangaan in groep 7": discussing with a group, named by a class word.
    [GeneratedRegex(@"\b(bespreek|bespreken|behandel|behandelen|praat|praten|gesprek aan\w*|bespreekbaar|aan de orde|ter sprake|uitleggen|leg)\b.{0,80}\b(klas|klassen|de groep|mijn groep|groep [1-8](\s*[-/]\s*[1-8])?|brugklas\w*|brugklassers|kleuters|onderbouw|bovenbouw|mentorklas|[1-6]\s*(havo|vwo|vmbo|mavo|gym\w*|kader|basis|tl)|(havo|vwo|vmbo|mavo)\s*[1-6]|niveau [1-4]|leerlingen|studenten|lln|jaars)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DiscussWithClass();

    // The class first: "met mijn studenten (niveau 4) praten over…", "in groep 7 het gesprek aangaan over…".
    [GeneratedRegex(@"\b(met|in|aan) (mijn |de |onze |een )?(klas|klassen|groep [1-8]|brugklas\w*|brugklassers|mentorklas|kleuters|leerlingen|studenten|lln)\b.{0,60}\b(bespreek|bespreken|praten|het gesprek aan\w*|uitleggen|behandelen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClassThenDiscuss();

    // "hoe leer ik (mijn havo 5-) leerlingen…", "… leerlingen bewust maken", "hoe bereid ik studenten voor op…",
    // "beginnen met mediawijsheid". Not "hoe maak ik mijn leerlingen weerbaarder": that is digital resilience.
    [GeneratedRegex(@"\b(hoe (leer|bereid) ik (mijn |de |onze )?([\w-]+[\s-]){0,3}(leerlingen|studenten|kleuters|klas|groep|brugklassers|kinderen|lln)\b|bewust (maken|van)\b.{0,60}\b(leerlingen|studenten|klas|brugklassers|kleuters)|(leerlingen|studenten|klas|brugklassers|kleuters)\b.{0,40}\bbewust (maken|van)|(beginnen|starten|begin|start) met mediawijsheid|mediawijsheid (aan|bij|voor|in) (kleuters|groep|de klas|mijn klas|leerlingen))", RegexOptions.CultureInvariant)]
    private static partial Regex TeachClass();
}
