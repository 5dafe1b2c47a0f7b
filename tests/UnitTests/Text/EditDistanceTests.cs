using SafetyBot.Knowledge.Text;

namespace SafetyBot.UnitTests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 2)]                       // a swap is two edits
    [InlineData("pesten", "pesten", 0)]
    [InlineData("cafe", "café", 1)]                    // no folding: é is another letter
    public void Levenshtein_counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Levenshtein(a, b));
        Assert.Equal(expected, EditDistance.Levenshtein(b, a));
    }

    [Theory]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 0, 1)]
    [InlineData("a", "a", 0, 0)]
    [InlineData("a", "b", 0, 1)]
    [InlineData("", "abcdef", 1, 2)]
    public void Levenshtein_with_a_maximum_reports_anything_larger_as_maximum_plus_one(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Levenshtein(a, b, max));

    [Fact]
    public void Levenshtein_handles_words_longer_than_the_stack_buffer()
    {
        var a = new string('a', 400);
        var b = new string('a', 399) + "b";
        Assert.Equal(1, EditDistance.Levenshtein(a, b));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("rolmdoel", "rolmodel", 1)]           // a swap of neighbours is one typo
    [InlineData("ab", "ba", 1)]
    [InlineData("instelingen", "instellingen", 1)]
    [InlineData("ca", "abc", 3)]                      // optimal string alignment: a swapped pair is not edited again
    [InlineData("kitten", "sitting", 3)]
    public void OptimalStringAlignment_counts_a_swap_as_one_edit(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.OptimalStringAlignment(a, b));
        Assert.Equal(expected, EditDistance.OptimalStringAlignment(b, a));
    }

    [Theory]
    [InlineData("weekkaart", "week", 1, 2)]           // lengths differ too much: stops before the table
    [InlineData("weekkart", "weekkaart", 1, 1)]
    [InlineData("kitten", "sitting", 1, 2)]
    [InlineData("quiz", "quiz", 0, 0)]
    public void OptimalStringAlignment_with_a_maximum_reports_anything_larger_as_maximum_plus_one(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.OptimalStringAlignment(a, b, max));

    [Fact]
    public void A_negative_maximum_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EditDistance.Levenshtein("a", "b", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => EditDistance.OptimalStringAlignment("a", "b", -1));
    }

    [Theory]
    [InlineData("gehackt", "gehackt", true)]
    [InlineData("gehakct", "gehackt", true)]          // swap
    [InlineData("gehakt", "gehackt", true)]           // deletion
    [InlineData("gehacktt", "gehackt", true)]         // insertion at the end
    [InlineData("gehackd", "gehackt", true)]          // substitution
    [InlineData("gehkact", "gehackt", false)]         // a swap that is not of neighbours
    [InlineData("hacked", "hackedxx", false)]
    [InlineData("", "a", true)]
    [InlineData("", "ab", false)]
    [InlineData("", "", true)]
    public void IsWithinOneEdit(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsWithinOneEdit(a, b));
        Assert.Equal(expected, EditDistance.IsWithinOneEdit(b, a));
    }

    [Fact]
    public void The_variants_agree_on_every_short_word_over_three_letters()
    {
        var words = Words("abc", 4).ToArray();
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                var osa = EditDistance.OptimalStringAlignment(a, b);
                var levenshtein = EditDistance.Levenshtein(a, b);
                Assert.Equal(osa <= 1, EditDistance.IsWithinOneEdit(a, b));
                Assert.True(osa <= levenshtein, $"{a} {b}");
                for (var max = 0; max <= 2; max++)
                {
                    Assert.Equal(Math.Min(levenshtein, max + 1), EditDistance.Levenshtein(a, b, max));
                    Assert.Equal(Math.Min(osa, max + 1), EditDistance.OptimalStringAlignment(a, b, max));
                }
            }
        }
    }

    private static IEnumerable<string> Words(string alphabet, int maxLength)
    {
        IEnumerable<string> level = [string.Empty];
        yield return string.Empty;
        for (var length = 1; length <= maxLength; length++)
        {
            level = level.SelectMany(w => alphabet.Select(c => w + c)).ToArray();
            foreach (var word in level)
            {
                yield return word;
            }
        }
    }
}
