using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>The knowledge base is written in the project's own words: facts from the source page carry over, sentences do not.</summary>
public sealed partial class ContentOriginalityTests
{
    private const int RunLength = 10;

    [Fact]
    public void No_content_file_repeats_ten_consecutive_words_of_the_source_page()
    {
        var seedFolder = Path.Combine(Path.GetDirectoryName(SafetyBot.UnitTests.Cards.SharedSchemas.Root())!, "seed");
        var seedWords = Words(string.Concat(Directory.GetFiles(seedFolder, "*.txt").Select(File.ReadAllText)));
        var seedRuns = Enumerable.Range(0, Math.Max(0, seedWords.Count - RunLength + 1))
            .Select(i => string.Join(' ', seedWords.Skip(i).Take(RunLength)))
            .ToHashSet(StringComparer.Ordinal);

        var copied = new List<string>();
        foreach (var file in new BundledContentSource().Files())
        {
            var words = Words(file.Text);
            for (var i = 0; i + RunLength <= words.Count; i++)
            {
                var run = string.Join(' ', words.Skip(i).Take(RunLength));
                if (seedRuns.Contains(run))
                {
                    copied.Add($"{file.Path}: \"{run}\"");
                    break;
                }
            }
        }

        Assert.True(copied.Count == 0, string.Join(Environment.NewLine, copied));
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}0-9']+")]
    private static partial Regex WordPattern();
}
