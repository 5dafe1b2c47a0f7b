using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// The Wet seksuele misdrijven (in force 1 July 2024) renumbered the sexual offences: content names the
/// offence in words and cites only the new numbers that are confirmed (art. 251 and 252 Sr). A test on
/// every bundled file (articles, incident plans, protocol, quiz, weekly dilemmas, out-of-scope topics),
/// front matter included, so an old number cannot come back.
/// </summary>
public sealed partial class CurrentLawTests
{
    /// <summary>The new numbers in the old title's range that the content may cite.</summary>
    private static readonly HashSet<string> ConfirmedNewNumbers = ["251", "252"];

    public static IEnumerable<string> OutdatedReferences(string text)
    {
        foreach (Match match in OldNumber().Matches(text))
        {
            yield return match.Value;
        }

        foreach (Match match in SexualOffenceRange().Matches(text))
        {
            if (!ConfirmedNewNumbers.Contains(match.Groups["number"].Value))
            {
                yield return match.Value;
            }
        }
    }

    [Fact]
    public void No_bundled_content_cites_an_article_number_the_Wet_seksuele_misdrijven_replaced()
    {
        var files = new BundledContentSource().Files().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} bundled files");

        var outdated = files
            .SelectMany(f => OutdatedReferences(f.Text).Select(reference => $"{f.Path}: {reference}"))
            .ToList();

        Assert.True(outdated.Count == 0, "outdated criminal-law references:\n" + string.Join('\n', outdated));
    }

    [Theory]
    [InlineData("is strafbaar (art. 139h Sr)")]
    [InlineData("Wetboek van Strafrecht, art. 240b")]
    [InlineData("grooming (artikel 248e Wetboek van Strafrecht)")]
    [InlineData("248a Sr")]
    [InlineData("art. 240a Sr")]
    [InlineData("art. 245 Sr")]
    public void An_old_number_is_found_whatever_way_it_is_written(string text)
    {
        Assert.NotEmpty(OutdatedReferences(text));
    }

    [Theory]
    [InlineData("seksuele beelden van minderjarigen (art. 252 Sr)")]
    [InlineData("seksuele benadering van minderjarigen, art. 251 Wetboek van Strafrecht")]
    [InlineData("bedreiging (art. 285 Sr) en belaging (art. 285b Sr)")]
    [InlineData("wat is 15 procent van 240")]
    public void Current_and_unrelated_numbers_pass(string text)
    {
        Assert.Empty(OutdatedReferences(text));
    }

    /// <summary>The numbers this content used before July 2024, however they are written.</summary>
    [GeneratedRegex(@"\b(139h|240a|240b|248[a-f]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OldNumber();

    /// <summary>An article of the sexual-offences title (239-254) cited with "Sr" or "Wetboek van Strafrecht".</summary>
    [GeneratedRegex(@"\b(art(ikel)?\.?\s*)?(?<number>2(39|4\d|5[0-4])[a-z]{0,2})\s*(Sr\b|\(?Wetboek van Strafrecht)", RegexOptions.IgnoreCase)]
    private static partial Regex SexualOffenceRange();
}
