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

        if (MayContinue().IsMatch(text))
        {
            return FollowUpCue.MayContinue;
        }

        var words = WordSplitter.Split(text, WordBreaks.Prose).Length;
        return words <= MaxShortWords ? FollowUpCue.IsShort : FollowUpCue.None;
    }

    [GeneratedRegex(@"^(en|maar|and|but)\s+(als|bij|voor|wat|hoe|in|met|dan|ook|zonder|op|na|if|for|what|how|with|when|then|at|about|without)\b|^(heb je|hebben jullie|heeft de kennisbank|is er|zijn er|do you have|have you got|is there|are there)\b.*\b(daar|daarover|daarvoor|daarbij|hierover|hiervoor|about that|on that|for that|on this|about this)\b|\b(geldt|gelden) (dat|dit|hetzelfde)\b|\b(does|would|do) (that|this|the same) (also )?(apply|work|count|hold)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Continues();

    [GeneratedRegex(@"^(wat als|wat nou als|stel dat|en\b|what if|suppose|what about|how about)|\b(daar|daarover|daarvoor|daarbij|daarmee|hierover|hiervoor|hetzelfde|datzelfde|the same|that case|that topic)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MayContinue();
}
