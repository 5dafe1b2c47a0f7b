using SafetyBot.Cards;

namespace SafetyBot.UnitTests.Cards;

/// <summary>
/// <see cref="MarkdownText.Escape"/>: one user's words shown to another (an admin's <c>inzichten</c>) carry no
/// link, no clickable address, no emphasis, no line break and no heading, and stay readable.
/// </summary>
public sealed class MarkdownTextTests
{
    /// <summary>What a Teams client would render as markup or make clickable.</summary>
    private static readonly string[] Markup = ["](", "][", "://", ":/", "*", "_", "~", "`", "<", ">", "\n", "\r", "\u2028", "&lt;", "&#"];

    [Theory]
    [InlineData("[Log opnieuw in](https://evil.example/login)")]
    [InlineData("![plaatje](https://evil.example/pixel.png)")]
    [InlineData("<https://evil.example/login>")]
    [InlineData("https://evil.example/login?next=/")]
    [InlineData("HTTPS:\\\\evil.example")]
    [InlineData("javascript:alert(1)//")]
    [InlineData("**vet** *schuin* __vet__ _schuin_ ~~weg~~ `code`")]
    [InlineData("regel een\nregel twee\r\n\r\n# kop\u2028- lijst\u2029> citaat")]
    [InlineData("&lt;https://evil.example&gt; &#42;vet&#42;")]
    [InlineData("［klik］（ｈｔｔｐｓ：／／evil.example）")]
    [InlineData("https\u200B://evil\u200D.example \u202Eelpmaxe.live\u202C")]
    public void Hostile_text_keeps_no_markup_or_link(string hostile)
    {
        var escaped = MarkdownText.Escape(hostile);

        foreach (var markup in Markup)
        {
            Assert.DoesNotContain(markup, escaped, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("evil.example", escaped, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(escaped, escaped.Trim());
    }

    [Fact]
    public void A_link_stays_readable_defanged()
    {
        Assert.Equal("[Log opnieuw in] (https[:]//evil[.]example/login)", MarkdownText.Escape("[Log opnieuw in](https://evil.example/login)"));
    }

    [Theory]
    [InlineData("www.evil.example", "www[.]evil[.]example")]
    [InlineData("kijk op instagram.com of mail ouder@school.nl", "kijk op instagram[.]com of mail ouder@school[.]nl")]
    [InlineData("zie xn--80ak6aa92e.xn--p1ai", "zie xn--80ak6aa92e[.]xn--p1ai")]
    public void Bare_host_names_are_defanged(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData("# Kop", "＃ Kop")]
    [InlineData("- lijst", "－ lijst")]
    [InlineData("+ lijst", "＋ lijst")]
    [InlineData("  \n\t## Kop", "＃# Kop")]
    [InlineData("[x]: https://evil.example", "[x] : https[:]//evil[.]example")]
    public void Nothing_starts_like_a_heading_a_list_or_a_link_definition(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData("Wat doe ik als [naam] (12) mij volgt op Instagram?")]
    [InlineData("Mag ik o.a. foto's van 3.5 jaar geleden delen, bijv. op de site?")]
    [InlineData("Hoe reageer ik op [naam], [e-mail] en [telefoon]?")]
    [InlineData("Leerlingen & ouders: wat zeg ik 100% zeker niet?")]
    public void Ordinary_questions_and_the_masks_are_left_as_they_are(string question)
    {
        Assert.Equal(question, MarkdownText.Escape(question));
    }

    [Fact]
    public void Line_breaks_and_runs_of_spaces_become_one_space()
    {
        Assert.Equal("een twee drie vier", MarkdownText.Escape("  een\r\ntwee \n\n drie\u2028vier  "));
    }

    [Fact]
    public void Emphasis_characters_become_look_alikes_that_render_as_themselves()
    {
        Assert.Equal("∗∗vet∗∗ ˍschuinˍ ∼∼weg∼∼ ˋcodeˋ ‹a› ⧵", MarkdownText.Escape("**vet** _schuin_ ~~weg~~ `code` <a> \\"));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData(" \r\n\t\u200B ", "")]
    [InlineData("😀 ok", "😀 ok")]
    public void Empty_and_invisible_text_is_handled(string? text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character()
    {
        Assert.Equal("a\uFFFDb \uFFFD", MarkdownText.Escape("a\uD800b \uDC00"));
    }

    [Fact]
    public void Escaping_twice_changes_nothing_more()
    {
        var once = MarkdownText.Escape("**Klik** [hier](https://evil.example/a) of op www.evil.example\n# Kop & &amp;");

        Assert.Equal(once, MarkdownText.Escape(once));
    }
}
