using System.Text;
using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Masking;

/// <summary>
/// Replaces what could identify a person in free text with <c>[naam]</c> (or <c>[e-mail]</c>,
/// <c>[telefoon]</c>, <c>[account]</c>) before it is stored or sent to a language model. Person names by
/// a heuristic: a bundled list of common first names, plus capitalised words that are not at the start
/// of a sentence and not in the knowledge base's vocabulary or a short allow-list (apps, organisations,
/// days). Adjacent name words and particles ("Sanne de Vries", "Mohammed el Amrani") become one mask.
/// It over-masks rather than under-masks: a stored question may lose a word, never keep a pupil's name.
/// </summary>
public sealed partial class NameMasker
{
    public const string NameMask = "[naam]";

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "la", "le", "da", "di", "du", "op", "in", "'t",
    };

    /// <summary>Capitalised words that are not names: platforms, organisations, days, months, school words.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "whatsapp", "tiktok", "instagram", "insta", "snapchat", "snap", "discord", "teams", "magister", "somtoday", "parro",
        "facebook", "youtube", "linkedin", "twitter", "telegram", "google", "microsoft", "apple", "iphone", "android", "roblox",
        "fortnite", "minecraft", "bereal", "messenger", "helpwanted", "offlimits", "kennisnet", "veilig", "thuis", "politie",
        "kindertelefoon", "mediadiamant", "rijksoverheid", "inspectie", "ai", "avg", "mbo", "vo", "po", "havo", "vwo", "vmbo",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart",
        "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "nederland", "nederlands",
        "engels", "frans", "duits", "ik", "hij", "zij", "ze", "wij", "we", "jij", "je", "u", "hallo", "hoi", "beste", "groep",
        "klas", "juf", "meester", "mentor", "sexting", "deepfake", "kerst", "pasen", "ramadan", "suikerfeest", "safetybot",
    };

    /// <summary>First names that are also ordinary Dutch words: masked only when capitalised mid-sentence.</summary>
    private static readonly HashSet<string> NamesThatAreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "roos", "floor", "mark", "rob", "bas", "kees", "jan", "sam", "max", "tim", "tom", "ben", "bo", "eva", "lot", "kim",
        "iris", "rosa", "mila", "noor", "vera", "lynn", "isa", "sil", "sem", "stef", "lou", "pien", "puck", "jade", "amber",
        "hans", "dirk", "moos", "lize", "dex", "can", "said", "victor", "ans", "liv", "lea", "ella", "anna", "lena", "ise", "ivo",
        "dean", "nova", "lotus", "emma", "finn", "elin", "nick", "rick", "rik", "luca", "bart", "vince", "jack", "lana",
    };

    private static readonly Lazy<HashSet<string>> FirstNames = new(LoadFirstNames);

    private readonly IReadOnlySet<string> vocabulary;

    /// <param name="vocabulary">Lower-case words of the knowledge base: a capitalised word found here is not a name.</param>
    public NameMasker(IReadOnlySet<string> vocabulary) => this.vocabulary = vocabulary;

    public string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = Email().Replace(text, "[e-mail]");
        masked = Phone().Replace(masked, "[telefoon]");
        masked = Handle().Replace(masked, "$1[account]");
        return MaskNames(masked);
    }

    private string MaskNames(string text)
    {
        var tokens = Token().Matches(text);
        var output = new StringBuilder(text.Length);
        var position = 0;
        var sentenceStart = true;
        var inName = false;
        var pendingParticles = new StringBuilder();

        foreach (Match token in tokens)
        {
            var word = token.Value;
            var separator = text[position..token.Index];
            position = token.Index + token.Length;

            if (IsName(word, sentenceStart))
            {
                if (!inName)
                {
                    output.Append(separator).Append(pendingParticles).Append(NameMask);
                }

                pendingParticles.Clear();
                inName = true;
            }
            else if (inName && Particles.Contains(word) && !separator.Any(IsSentenceEnd))
            {
                // A particle inside a name ("Sanne de Vries"): hold it until we know whether a name follows.
                pendingParticles.Append(separator).Append(word);
                continue;
            }
            else
            {
                if (pendingParticles.Length > 0)
                {
                    output.Append(pendingParticles);
                    pendingParticles.Clear();
                }

                output.Append(separator).Append(word);
                inName = false;
            }

            sentenceStart = false;
            if (position < text.Length && IsSentenceEnd(text[position]))
            {
                sentenceStart = true;
            }
        }

        output.Append(pendingParticles);
        output.Append(text[position..]);
        return output.ToString();
    }

    private bool IsName(string word, bool sentenceStart)
    {
        if (word.Length < 2 || !char.IsLetter(word[0]))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        if (NotNames.Contains(lower))
        {
            return false;
        }

        var capitalised = char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c) || c == '\'');
        if (FirstNames.Value.Contains(lower))
        {
            // "sanne stuurde een foto": a listed name is masked even in lower case, unless it is also a common word.
            return capitalised || !NamesThatAreWords.Contains(lower);
        }

        return capitalised && !sentenceStart && !vocabulary.Contains(lower) && !vocabulary.Contains(TextFolding.RemoveAccents(lower));
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n' or ':';

    private static HashSet<string> LoadFirstNames()
    {
        using var stream = typeof(NameMasker).Assembly.GetManifestResourceStream("masking/voornamen.txt")
            ?? throw new InvalidOperationException("The first-name list is not embedded.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && !name.StartsWith('#'))
            {
                names.Add(name.ToLowerInvariant());
                names.Add(TextFolding.RemoveAccents(name.ToLowerInvariant()));
            }
        }

        return names;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.NonBacktracking)]
    private static partial Regex Email();

    // 06-12345678, 0612345678, 06 1234 5678, +31 6 12345678, 020-1234567, 0031 20 123 4567
    [GeneratedRegex(@"(\+31|0031|0)[ \-]?\(?0?\)?[1-9]([ \-]?[0-9]){7,8}", RegexOptions.NonBacktracking)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(^|[\s(,;:])@[A-Za-z0-9_.]{2,30}", RegexOptions.NonBacktracking)]
    private static partial Regex Handle();

    [GeneratedRegex(@"[\p{L}][\p{L}'’\-]*|\[[a-z\-]+\]|\d+", RegexOptions.NonBacktracking)]
    private static partial Regex Token();
}
