using System.Globalization;
using System.Text.RegularExpressions;

namespace SafetyBot.Bot.Summarization;

/// <summary>Why a generated answer was not shown; logged as the fallback reason (never the text itself).</summary>
public enum SummaryRejection
{
    None,
    Empty,
    Truncated,
    TooLong,
    Uncited,
    UnknownCitation,
}

/// <summary>The outcome of checking a generated answer: the text to show and the passage numbers it cites.</summary>
public sealed record CheckedSummary(SummaryRejection Rejection, string Text, IReadOnlyList<int> Cited)
{
    public bool IsAccepted => Rejection == SummaryRejection.None;
}

/// <summary>
/// Grounding guard: a generated answer is shown only when it cites at least one passage as [n] and
/// every [n] it cites was given. Markdown links are flattened first, so a model cannot add a link
/// (or hide a citation inside one) in the card.
/// </summary>
public static partial class CitationCheck
{
    public const int MaxAnswerCharacters = 1200;

    public static CheckedSummary Check(string? text, int passagesGiven)
    {
        var clean = MarkdownLink().Replace(text ?? string.Empty, "$1").Trim();
        if (clean.Length == 0)
        {
            return new CheckedSummary(SummaryRejection.Empty, clean, []);
        }

        if (clean.Length > MaxAnswerCharacters)
        {
            return new CheckedSummary(SummaryRejection.TooLong, clean, []);
        }

        var cited = new List<int>();
        foreach (Match marker in Citation().Matches(clean))
        {
            foreach (var part in marker.Groups["numbers"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > passagesGiven)
                {
                    return new CheckedSummary(SummaryRejection.UnknownCitation, clean, []);
                }

                cited.Add(number);
            }
        }

        return cited.Count == 0
            ? new CheckedSummary(SummaryRejection.Uncited, clean, [])
            : new CheckedSummary(SummaryRejection.None, clean, cited.Distinct().Order().ToList());
    }

    /// <summary>[3], [1, 2], [1;2]; also catches [0] and [12] so they can be refused.</summary>
    [GeneratedRegex(@"\[(?<numbers>\s*\d+\s*(?:[,;]\s*\d+\s*)*)\]")]
    private static partial Regex Citation();

    /// <summary>[text](target) → text; a citation written as a link keeps its brackets' content only.</summary>
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
