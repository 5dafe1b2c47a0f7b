using System.Text;
using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Masking;

/// <summary>
/// Replaces what could identify a person in free text with <c>[naam]</c> (or <c>[e-mail]</c>,
/// <c>[telefoon]</c>, <c>[account]</c>) before it is stored or sent to a language model. Person names by
/// a heuristic: bundled lists of common first names and surnames (in any position), capitalised words inside
/// a sentence that are not in the knowledge base's vocabulary or a short allow-list (apps, organisations,
/// days), and a capitalised first word of a sentence that is not a Dutch word either (<see cref="DutchLexicon"/>).
/// Adjacent name words and particles ("Sanne de Vries", "Mohammed el Amrani", "Van den Berg") become one mask.
/// It over-masks rather than under-masks: a stored question may lose a word, never keep a pupil's name.
/// Rules, recall and precision: docs/privacy.md, "Name masking".
/// </summary>
public sealed partial class NameMasker
{
    public const string NameMask = "[naam]";

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "la", "le", "da", "di", "du", "dos", "op", "in", "'t",
    };

    /// <summary>Capitalised words that are not names: platforms, organisations, days, months, school words.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "whatsapp", "tiktok", "instagram", "insta", "snapchat", "snap", "discord", "teams", "magister", "somtoday", "parro",
        "facebook", "youtube", "linkedin", "twitter", "telegram", "google", "microsoft", "apple", "iphone", "android", "roblox",
        "fortnite", "minecraft", "bereal", "messenger", "helpwanted", "offlimits", "kennisnet", "veilig", "thuis", "politie",
        "strava", "robux", "kindertelefoon", "mediadiamant", "rijksoverheid", "inspectie", "ai", "avg", "mbo", "vo", "po", "havo", "vwo", "vmbo",
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

    /// <summary>Particles that, capitalised, open a surname ("Van den Berg", "De Vries", "El Amrani").</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "de", "der", "den", "ter", "ten", "el", "al", "da", "di", "du", "la", "le", "dos",
    };

    /// <summary>
    /// Words that start a teacher's sentence but are not in the Dutch dictionary: chat words and English.
    /// Only consulted at the start of a sentence (mid-sentence the knowledge base's words decide).
    /// </summary>
    private static readonly HashSet<string> BorrowedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "screenshot", "screenshots", "ok", "oke", "okee", "btw", "hey", "hi", "thanks", "please", "help", "lol",
    };

    private static readonly Lazy<HashSet<string>> FirstNames = new(() => LoadNames("masking/voornamen.txt"));

    private static readonly Lazy<HashSet<string>> Surnames = new(() => LoadNames("masking/achternamen.txt"));

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
        var output = new StringBuilder(text.Length);
        var held = new List<(string Separator, string Word)>();
        var position = 0;
        var inName = false;

        foreach (Match token in Token().Matches(text))
        {
            var word = token.Value;
            var separator = text[position..token.Index];
            var sentenceStart = position == 0 || separator.Any(StartsSentence);
            position = token.Index + token.Length;
            if (sentenceStart)
            {
                Release(held, output);
                inName = false;
            }

            if (Particles.Contains(word))
            {
                // A particle ("de", "van den", "El"): hold it until we know whether a name follows.
                held.Add((separator, word));
                continue;
            }

            var listedWithParticles = held.Count > 0 && IsCapitalised(word) && IsListed(Surnames, WithParticles(held, word));
            if (listedWithParticles || IsName(word, sentenceStart))
            {
                if (inName || listedWithParticles || (held.Count > 0 && StartsName(held[0].Word)))
                {
                    // "Sanne de Vries", "van den Berg", "Van Dijk": the particles belong to the name.
                    if (!inName)
                    {
                        output.Append(held.Count > 0 ? held[0].Separator : separator).Append(NameMask);
                    }

                    held.Clear();
                }
                else
                {
                    Release(held, output);
                    output.Append(separator).Append(NameMask);
                }

                inName = true;
            }
            else
            {
                Release(held, output);
                output.Append(separator).Append(word);
                inName = false;
            }
        }

        Release(held, output);
        output.Append(text[position..]);
        return output.ToString();
    }

    private static void Release(List<(string Separator, string Word)> held, StringBuilder output)
    {
        foreach (var (separator, word) in held)
        {
            output.Append(separator).Append(word);
        }

        held.Clear();
    }

    private static string WithParticles(List<(string Separator, string Word)> held, string word) =>
        string.Join(' ', held.Select(p => p.Word).Append(word)).ToLowerInvariant();

    /// <summary>A capitalised particle that opens a surname ("Van Dijk", "De Vries", "El Amrani"), unlike "In" or "Op".</summary>
    private static bool StartsName(string particle) => char.IsUpper(particle[0]) && NameParticles.Contains(particle);

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

        var capitalised = IsCapitalised(word);
        if (IsListed(FirstNames, lower))
        {
            // "sanne stuurde een foto": a listed name is masked even in lower case, unless it is also a common word.
            return capitalised || !NamesThatAreWords.Contains(lower);
        }

        if (IsListed(Surnames, lower))
        {
            // "yilmaz wordt gepest" is masked; "de bakker" is a baker.
            return capitalised || !DutchLexicon.Shared.Contains(lower);
        }

        if (!capitalised || vocabulary.Contains(lower) || vocabulary.Contains(TextFolding.RemoveAccents(lower)) || IsPlatformCompound(lower))
        {
            return false;
        }

        // Mid-sentence a capitalised word is a name ("Al-Masri" too, "Midden-Oosten" not); at the start of a sentence
        // only when it is not a Dutch word ("Gisteren", "Stuurde") nor one teachers borrow ("Screenshot").
        if (sentenceStart)
        {
            return !(DutchLexicon.Shared.Contains(lower) || BorrowedWords.Contains(lower));
        }

        return !lower.Contains('-', StringComparison.Ordinal) || !DutchLexicon.Shared.Contains(lower);
    }

    /// <summary>"Facebookpagina", "Snapchatgroep": an app's name and a Dutch word.</summary>
    private bool IsPlatformCompound(string lower) =>
        NotNames.Any(name => name.Length >= 4 && lower.Length >= name.Length + 3 && lower.StartsWith(name, StringComparison.Ordinal)
            && (vocabulary.Contains(lower[name.Length..]) || DutchLexicon.Shared.Contains(lower[name.Length..])));

    /// <summary>"Sanne", "Al-Masri", "Jean-Pierre"; not "TikTok", "AVG" or "sanne".</summary>
    private static bool IsCapitalised(string word) =>
        char.IsUpper(word[0]) && word.Split('-').All(part => part.Length == 0 || part.Skip(1).All(c => !char.IsUpper(c)));

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n' or ':';

    /// <summary>What can come before the first word of a sentence: its end, an opening quote, a list bullet.</summary>
    private static bool StartsSentence(char c) =>
        IsSentenceEnd(c) || c is '"' or '\'' or '“' or '„' or '‘' or '«' or '(' or '-' or '–' or '•' or '*';

    /// <summary>Without accents, and with the Turkish ı and Polish ł that have none: "Yıldız" is typed "Yildiz".</summary>
    private static string Folded(string lower) => TextFolding.RemoveAccents(lower).Replace('ı', 'i').Replace('ł', 'l');

    private static bool IsListed(Lazy<HashSet<string>> names, string lower) => names.Value.Contains(lower) || names.Value.Contains(Folded(lower));

    private static HashSet<string> LoadNames(string resource)
    {
        using var stream = typeof(NameMasker).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && !name.StartsWith('#'))
            {
                names.Add(name.ToLowerInvariant());
                names.Add(Folded(name.ToLowerInvariant()));
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
