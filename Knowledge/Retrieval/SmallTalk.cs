using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Retrieval;

public enum SmallTalkKind
{
    None,
    Greeting,
    Thanks,
}

/// <summary>A bare greeting or thanks gets a friendly reply, not a search.</summary>
public static class SmallTalk
{
    private static readonly HashSet<string> GreetingWords = new(StringComparer.Ordinal)
    {
        "hoi", "hallo", "hey", "hee", "hi", "hello", "goedemorgen", "goedemiddag", "goedenavond", "dag", "daag", "yo",
        "morgen", "middag", "avond", "goeiemorgen", "goeiemiddag", "hallootjes", "heey", "hoihoi", "safetybot", "bot", "allemaal",
        "goede", "goeie", "beste",
    };

    private static readonly HashSet<string> ThanksWords = new(StringComparer.Ordinal)
    {
        "bedankt", "dank", "dankje", "dankjewel", "dankuwel", "thanks", "thx", "merci", "top", "fijn", "super", "prima",
        "je", "u", "wel", "well", "hartelijk", "heel", "erg", "duidelijk", "helder", "ok", "oke", "oké", "okay", "mooi", "goed",
        "thank", "you", "veel", "zeer", "nogmaals", "tof", "handig", "safetybot",
    };

    private static readonly HashSet<string> ThanksCore = new(StringComparer.Ordinal)
    {
        "bedankt", "dank", "dankje", "dankjewel", "dankuwel", "thanks", "thx", "merci", "thank",
    };

    private const WordBreaks Separators = WordBreaks.Space | WordBreaks.LineFeed | WordBreaks.Tab | WordBreaks.SentencePunctuation
        | WordBreaks.ClausePunctuation | WordBreaks.Hyphen | WordBreaks.FriendlyEmoji;

    public static SmallTalkKind Detect(string text)
    {
        var words = WordSplitter.Split(text.ToLowerInvariant(), Separators);
        if (words.Length is 0 or > 6)
        {
            return SmallTalkKind.None;
        }

        if (words.Any(ThanksCore.Contains) && words.All(ThanksWords.Contains))
        {
            return SmallTalkKind.Thanks;
        }

        if (words.Length <= 3 && words.All(GreetingWords.Contains))
        {
            return SmallTalkKind.Greeting;
        }

        return SmallTalkKind.None;
    }
}
