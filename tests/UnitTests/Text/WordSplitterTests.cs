using SafetyBot.Knowledge.Text;

namespace SafetyBot.UnitTests.Text;

public sealed class WordSplitterTests
{
    [Theory]
    [InlineData(WordBreaks.Prose, "cyber-pesten", new[] { "cyber-pesten" })]
    [InlineData(WordBreaks.Prose | WordBreaks.Hyphen, "cyber-pesten", new[] { "cyber", "pesten" })]
    public void A_hyphen_separates_only_when_asked(WordBreaks breaks, string text, string[] expected) =>
        Assert.Equal(expected, WordSplitter.Split(text, breaks));

    [Theory]
    [InlineData(WordBreaks.Space | WordBreaks.FriendlyEmoji, "bedankt🙂👍", new[] { "bedankt" })]
    [InlineData(WordBreaks.Space | WordBreaks.FriendlyEmoji, "dank🙏je", new[] { "dank", "je" })]
    [InlineData(WordBreaks.Space | WordBreaks.FriendlyEmoji, "bedankt 🎉", new[] { "bedankt", "🎉" })]   // only the four friendly ones
    [InlineData(WordBreaks.Space, "bedankt🙂", new[] { "bedankt🙂" })]
    [InlineData(WordBreaks.NonAlphanumeric, "bedankt🎉top", new[] { "bedankt", "top" })]             // every emoji and symbol
    [InlineData(WordBreaks.NonAlphanumeric, "groep 8, klas 3b!", new[] { "groep", "8", "klas", "3b" })] // digits are kept
    [InlineData(WordBreaks.NonAlphanumeric, "cyber-pesten", new[] { "cyber", "pesten" })]
    public void Emoji_and_symbols_separate_only_when_asked(WordBreaks breaks, string text, string[] expected) =>
        Assert.Equal(expected, WordSplitter.Split(text, breaks));

    [Theory]
    [InlineData(WordBreaks.Prose, "‘sexting’", new[] { "‘sexting’" })]
    [InlineData(WordBreaks.Prose | WordBreaks.CurlyQuotes, "‘sexting’ “nee”", new[] { "sexting", "nee" })]
    [InlineData(WordBreaks.Prose, "\"sexting\" (en/of) 'nee'; ja: nee.", new[] { "sexting", "en", "of", "nee", "ja", "nee" })]
    [InlineData(WordBreaks.Prose, "**vet** [link]", new[] { "**vet**", "[link]" })]
    [InlineData(WordBreaks.Prose | WordBreaks.Asterisk | WordBreaks.SquareBrackets, "**vet** [link]", new[] { "vet", "link" })]
    public void Quotes_brackets_and_markdown(WordBreaks breaks, string text, string[] expected) =>
        Assert.Equal(expected, WordSplitter.Split(text, breaks));

    [Theory]
    [InlineData(WordBreaks.Space, "a\tb\nc\u00A0d", new[] { "a\tb\nc\u00A0d" })]
    [InlineData(WordBreaks.Space | WordBreaks.LineFeed | WordBreaks.Tab, "a\tb\nc\u00A0d", new[] { "a", "b", "c\u00A0d" })]
    [InlineData(WordBreaks.Whitespace, "a\tb\nc\u00A0d\u2003e\r\nf", new[] { "a", "b", "c", "d", "e", "f" })]
    public void Whitespace(WordBreaks breaks, string text, string[] expected) =>
        Assert.Equal(expected, WordSplitter.Split(text, breaks));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" . , ! ? \n")]
    [InlineData("- -")]
    [InlineData("🙂🙏")]
    public void No_words_in_empty_text_or_separators_only(string text) =>
        Assert.Empty(WordSplitter.Split(text, WordBreaks.Prose | WordBreaks.Hyphen | WordBreaks.FriendlyEmoji));

    [Fact]
    public void Case_accents_and_other_characters_are_kept()
    {
        Assert.Equal(["Zoë", "ĳs", "straße"], WordSplitter.Split("Zoë ĳs straße", WordBreaks.Space));
        Assert.Equal(["abc"], WordSplitter.Split("abc", WordBreaks.None));
    }

    [Theory]
    [InlineData(WordBreaks.Prose | WordBreaks.Hyphen, new[] { ' ', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '/', '-' })]
    [InlineData(WordBreaks.Prose | WordBreaks.Asterisk | WordBreaks.SquareBrackets | WordBreaks.CurlyQuotes, new[] { ' ', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '/', '*', '[', ']', '’', '‘', '“', '”' })]
    [InlineData(WordBreaks.Space | WordBreaks.SentencePunctuation, new[] { ' ', '?', '!', '.', ',' })]
    [InlineData(WordBreaks.Space, new[] { ' ' })]
    public void Gives_what_string_split_gives_with_the_same_separators(WordBreaks breaks, char[] separators)
    {
        var random = new Random(7);
        const string pool = "ab é-\n\t.,;:!?()[]\"'/*‘’“”🙂x\u00A0";
        for (var n = 0; n < 2000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(12)).Select(_ => pool[random.Next(pool.Length)])]);
            Assert.Equal(text.Split(separators, StringSplitOptions.RemoveEmptyEntries), WordSplitter.Split(text, breaks));
        }
    }

    [Fact]
    public void Friendly_emoji_split_like_string_split_on_the_emoji_strings()
    {
        string[] separators = [" ", ",", ".", "!", "?", ":", ";", "\n", "\t", "-", "🙂", "😊", "👍", "🙏"];
        const WordBreaks breaks = WordBreaks.Space | WordBreaks.LineFeed | WordBreaks.Tab | WordBreaks.SentencePunctuation
            | WordBreaks.ClausePunctuation | WordBreaks.Hyphen | WordBreaks.FriendlyEmoji;
        var random = new Random(11);
        string[] pool = ["a", "b", " ", "-", "\t", ".", "🙂", "😊", "👍", "🙏", "🎉", "\uD83D", "\uDE42"];
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(10)).Select(_ => pool[random.Next(pool.Length)]));
            Assert.Equal(text.Split(separators, StringSplitOptions.RemoveEmptyEntries), WordSplitter.Split(text, breaks));
        }
    }
}
