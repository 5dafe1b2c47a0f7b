using SafetyBot.Knowledge.Answers;

namespace SafetyBot.UnitTests.Answers;

/// <summary>Text hygiene: sections come apart into whole paragraphs and whole list items, never mid-sentence.</summary>
public sealed class MarkdownBlocksTests
{
    [Fact]
    public void Abbreviations_quotes_and_line_breaks_stay_inside_their_paragraph()
    {
        var blocks = MarkdownBlocks.Of("Zie art. 5 van het protocol, bijv. bij o.a. sexting m.b.t. foto's e.d. Zeg: \"Stop. Nu.\" en\nga verder.");

        var paragraph = Assert.Single(blocks).Paragraph;
        Assert.Equal("Zie art. 5 van het protocol, bijv. bij o.a. sexting m.b.t. foto's e.d. Zeg: \"Stop. Nu.\" en ga verder.", paragraph);
    }

    [Fact]
    public void A_list_keeps_each_item_whole_with_its_capital_and_its_own_sentences()
    {
        var blocks = MarkdownBlocks.Of("Zo pak je het aan:\n\n- Praat eerst apart met de leerling. Beloof niets.\n- Observeer de groep;\n  wie doet mee?\n1. Genummerd mag ook.");

        Assert.Equal("Zo pak je het aan:", blocks[0].Paragraph);
        Assert.Equal(["Praat eerst apart met de leerling. Beloof niets.", "Observeer de groep; wie doet mee?"], blocks[1].Items);
        Assert.Equal(["Genummerd mag ook."], blocks[2].Items);
    }

    [Fact]
    public void Links_to_other_articles_become_bold_text_and_emphasis_stays()
    {
        var blocks = MarkdownBlocks.Of("Volg de stappen bij [cyberpesten](id:incident-cyberpesten), **altijd**.");

        Assert.Equal("Volg de stappen bij **cyberpesten**, **altijd**.", Assert.Single(blocks).Paragraph);
    }

    [Fact]
    public void An_article_of_only_a_situation_and_an_empty_caution_is_composed_without_failing()
    {
        var article = new SafetyBot.Knowledge.Content.Article
        {
            Id = "d", Title = "Dilemma", Kind = "dilemma", Audience = SafetyBot.Knowledge.Content.Audience.All, Tags = [], Source = "s",
            Reviewed = null, Related = [], Lead = "Een leerling doet iets.", Links = [], Origin = "d.md",
            Sections = [new("let-op", "Let op", string.Empty, string.Empty, new HashSet<string>())],
        };

        var composed = AnswerComposer.Compose(article, [], "wat moet ik doen");

        Assert.Equal("d", composed.ArticleId);
        Assert.Null(composed.Caution);
    }

    [Theory]
    [InlineData("Wat doe je?", SectionRole.Advice)]
    [InlineData("Wat doe je als leraar bij online uitsluiting?", SectionRole.Advice)]
    [InlineData("Zo pak je het gesprek in het team aan", SectionRole.Advice)]
    [InlineData("Let op", SectionRole.Caution)]
    [InlineData("Waarom?", SectionRole.Why)]
    [InlineData("Wie betrek je?", SectionRole.Who)]
    [InlineData("Wat is cyberstalking?", SectionRole.KnowHow)]
    [InlineData("De situatie", SectionRole.Situation)]
    [InlineData("Zelf situatiekaarten maken", SectionRole.Other)]
    public void Headings_say_what_a_section_is_for(string heading, SectionRole role) =>
        Assert.Equal(role, SectionRoles.OfHeading(heading));

    [Theory]
    [InlineData("wat moet ik doen als een leerling me filmt", QuestionIntent.HowTo)]
    [InlineData("hoe pak ik een ruzie in de klassenapp aan", QuestionIntent.HowTo)]
    [InlineData("wat is sextortion", QuestionIntent.WhatIs)]
    [InlineData("mag ik een leerling volgen op instagram", QuestionIntent.Other)]
    public void Questions_are_read_for_what_they_ask(string question, QuestionIntent intent) =>
        Assert.Equal(intent, AnswerComposer.IntentOf(question));
}
