using SafetyBot.Knowledge.Text;

namespace SafetyBot.UnitTests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Zoë", "Zoe")]
    [InlineData("CAFÉ", "CAFE")]
    [InlineData("e\u0301e\u0308", "ee")]              // combining marks already decomposed
    [InlineData("ç ñ å ø", "c n a ø")]                 // ø has no decomposition: kept
    [InlineData("ß ẞ", "ß ẞ")]                         // no compatibility mapping to "ss"
    [InlineData("ĳ Ĳ ij", "ĳ Ĳ ij")]                   // the ij ligature stays one letter
    [InlineData("क\u093F", "क\u093F")]                  // a spacing mark is not an accent
    [InlineData("a\u20DD", "a\u20DD")]                  // nor an enclosing one
    [InlineData("🙂 cyber-pesten!", "🙂 cyber-pesten!")]
    [InlineData("", "")]
    public void RemoveAccents_drops_non_spacing_marks_and_keeps_case(string text, string expected) =>
        Assert.Equal(expected, TextFolding.RemoveAccents(text));

    [Theory]
    [InlineData("Zoë", "zoe")]
    [InlineData("CAFÉ", "cafe")]
    [InlineData("Vergeet MÍJ", "vergeet mij")]
    [InlineData("Ĳsselmeer", "ĳsselmeer")]
    [InlineData("STRAẞE", "straße")]
    [InlineData("", "")]
    public void FoldLower_lower_cases_then_removes_accents(string text, string expected) =>
        Assert.Equal(expected, TextFolding.FoldLower(text));

    [Fact]
    public void The_result_is_not_recomposed()
    {
        // Hangul is decomposed into its jamo by form D and stays so (callers that need form C recompose).
        var folded = TextFolding.FoldLower("한");
        Assert.Equal("한".Normalize(System.Text.NormalizationForm.FormD), folded);
        Assert.NotEqual("한", folded);
    }

    [Fact]
    public void A_lone_surrogate_is_rejected_as_before()
    {
        Assert.Throws<ArgumentException>(() => TextFolding.FoldLower("a\uD83D"));
    }
}
