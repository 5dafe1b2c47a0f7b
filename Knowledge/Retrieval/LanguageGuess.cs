using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Whether a message is written in English: by its function words, which a teacher's Dutch does not
/// borrow (loanwords such as "cyberbullying", "nudes" or "challenge" are content words and count for
/// neither language). Words both languages write the same ("is", "in", "we", "of", "me") count for
/// neither. Checked against every Dutch question of tests/eval (no false positives; a test pins that).
/// </summary>
public static class LanguageGuess
{
    /// <summary>At least this many English function words, and more than twice the Dutch ones.</summary>
    public const int MinEnglishWords = 2;

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "if", "what", "how", "why", "when", "who", "which", "where", "should", "shall",
        "do", "does", "did", "can", "could", "would", "will", "i", "i'm", "my", "you", "your", "our", "us", "they", "their",
        "them", "he", "she", "his", "her", "it", "it's", "this", "that", "these", "those", "to", "on", "for", "with", "about",
        "at", "from", "by", "are", "was", "were", "be", "been", "have", "has", "had", "there", "any", "some", "not", "no",
        "just", "also", "than", "into", "after", "before", "pupil", "pupils", "student's", "teacher", "parents", "school's",
        "is", "anything", "something", "someone", "whether", "must", "may", "allowed", "let", "told", "asked",
    };

    private static readonly HashSet<string> Dutch = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "van", "ik", "je", "jij", "wat", "hoe", "moet", "mag", "kan", "kun", "op", "met", "voor",
        "niet", "als", "dat", "die", "er", "zijn", "bij", "naar", "ook", "wel", "dan", "mijn", "hij", "zij", "ze", "wij",
        "onze", "ons", "hebben", "heeft", "heb", "wordt", "worden", "door", "aan", "om", "te", "nog", "maar", "want", "toch",
        "waarom", "wanneer", "welke", "wie", "zo", "dit", "deze", "geen", "ben", "was", "mijn", "leerling", "leerlingen",
        "ouders", "klas", "iets", "iemand", "hun", "haar", "zijn", "uit", "tegen", "zou", "daar", "hier",
    };

    /// <summary>English by its function words; a message too short to tell is not.</summary>
    public static bool IsEnglish(string message)
    {
        var english = 0;
        var dutch = 0;
        foreach (var word in WordSplitter.Split(TextFolding.FoldLower(message), WordBreaks.Prose))
        {
            var token = word.Trim('\'', '’', '"', '-');
            var inEnglish = English.Contains(token);
            var inDutch = Dutch.Contains(token);
            if (inEnglish && !inDutch)
            {
                english++;
            }
            else if (inDutch && !inEnglish)
            {
                dutch++;
            }
        }

        return english >= MinEnglishWords && english > 2 * dutch;
    }
}
