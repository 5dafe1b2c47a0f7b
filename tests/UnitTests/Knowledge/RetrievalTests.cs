using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>The analysis chain and ranking on a small index built in memory.</summary>
public sealed class RetrievalTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();
    private readonly KnowledgeIndex index;

    public RetrievalTests()
    {
        content.Write("articles/smartphonebeleid.md", TempContent.Article("smartphonebeleid",
            "## Afspraken over de smartphone\n\nMaak met het team afspraken over het smartphonebeleid en de mobiele telefoon in de klas.", audience: "[po, vo]"));
        content.Write("articles/sexting.md", TempContent.Article("sexting",
            "## Naaktfoto's van leerlingen\n\nEen naaktfoto van een leerling mag je nooit doorsturen of opslaan. Meld het bij de aandachtsfunctionaris.", audience: "[vo, mbo]"));
        content.Write("articles/pesten.md", TempContent.Article("pesten",
            "## Cyberpesten in de groepsapp\n\nPesten in de klassenapp bespreek je met de klas en met ouders. Leerlingen die gepest worden, krijgen steun.\n\n## Signalen\n\nLet op leerlingen die stil worden."));
        var loaded = content.Load();
        Assert.True(loaded.Report.IsValid, string.Join('\n', loaded.Report.Errors));
        index = KnowledgeIndex.Build(loaded.KnowledgeBase);
        articles = loaded.KnowledgeBase.Articles;
    }

    private readonly IReadOnlyList<Article> articles;

    public void Dispose()
    {
        index.Dispose();
        content.Dispose();
    }

    [Theory]
    [InlineData("leerlingen", "leerling")]
    [InlineData("pesten", "pest")]
    [InlineData("Naaktfoto's", "naaktfoto")]
    [InlineData("naaktfoto’s", "naaktfoto")]
    [InlineData("coördinator", "coordinator")]
    public void Stems_folds_accents_and_drops_apostrophe_endings(string word, string expected)
    {
        Assert.Contains(expected, index.Terms(word));
    }

    [Fact]
    public void Splits_compounds_into_parts_found_in_the_content()
    {
        var terms = index.Terms("smartphonebeleid");

        Assert.Contains("smartphonebeleid", terms);
        Assert.Contains("smartphon", terms);
        Assert.Contains("beleid", terms);
    }

    [Fact]
    public void Drops_dutch_stopwords()
    {
        Assert.Empty(index.Terms("de het een en van"));
    }

    [Theory]
    [InlineData("mobieltje in de les", "smartphonebeleid")]
    [InlineData("gsm beleid", "smartphonebeleid")]
    [InlineData("iemand deelt nudes", "sexting")]
    [InlineData("klasgenoten treiteren een kind in de whatsappgroep", "pesten")]
    [InlineData("cyberpesten", "pesten")]
    [InlineData("naaktfoot doorsturen", "sexting")]
    public void Teachers_words_find_the_right_article(string question, string expected)
    {
        var result = index.Search(question, Audience.All);

        Assert.Equal(expected, result.Hits[0].Passage.ArticleId);
    }

    [Theory]
    [InlineData("een leerling wordt uitgescholden in de klas", DomainTouch.Domain)]
    [InlineData("ze schelden elkaar uit, wat doe ik", DomainTouch.Domain)]
    [InlineData("ruzie in de snapchatgroep van de klas", DomainTouch.DevicesOnly)]
    [InlineData("een instagramaccount voor de klas", DomainTouch.DevicesOnly)]
    [InlineData("wanneer is de kerstvakantie", DomainTouch.None)]
    [InlineData("roblox chat gevaarlijk?", DomainTouch.Domain)]
    [InlineData("een leerling krijgt een gemeen bericht op insta", DomainTouch.Domain)]
    [InlineData("hoe leer ik ze nepnieuws herkennen", DomainTouch.Domain)]
    [InlineData("een filmpje van een vechtpartij gaat rond", DomainTouch.Domain)]
    public void Names_of_abuse_and_platforms_inside_compounds_place_a_question_in_or_near_the_domain(string question, DomainTouch expected)
    {
        Assert.Equal(expected, index.Search(question, Audience.All).Domain);
    }

    [Theory]
    [InlineData("ll wordt gepest in de klassenapp")]
    [InlineData("lln pesten elkaar in de klassenapp")]
    public void Teachers_abbreviations_for_pupil_are_read_as_pupil(string question)
    {
        Assert.Contains("leerling", index.Search(question, Audience.All).MatchTerms);
    }

    [Fact]
    public void The_audience_filter_keeps_out_articles_for_other_school_types()
    {
        var forPo = index.Search("naaktfoto doorsturen", Audience.Po);
        var forMbo = index.Search("naaktfoto doorsturen", Audience.Mbo);

        Assert.DoesNotContain(forPo.Hits, h => h.Passage.ArticleId == "sexting");
        Assert.Equal("sexting", forMbo.Hits[0].Passage.ArticleId);
    }

    [Theory]
    [InlineData("wanneer begint de kerstvakantie")]
    [InlineData("hoeveel salaris krijg ik in schaal 11")]
    [InlineData("recept voor appeltaart")]
    public void A_question_outside_the_knowledge_base_is_refused(string question)
    {
        var answer = new KnowledgeAnswerer(index, articles).Answer(question, Audience.All);

        Assert.Equal(AnswerKind.Unknown, answer.Kind);
        Assert.Null(answer.Composed);
    }

    [Fact]
    public void An_answer_is_a_whole_paragraph_of_the_best_article_and_names_its_source()
    {
        var answer = new KnowledgeAnswerer(index, articles).Answer("mag ik een naaktfoto van een leerling doorsturen?", Audience.All);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("Een naaktfoto van een leerling mag je nooit doorsturen of opslaan. Meld het bij de aandachtsfunctionaris.", answer.Composed!.Direct.Paragraph);
        Assert.All(answer.Sources, source => Assert.Equal("sexting", source.ArticleId));
        Assert.Equal("Naaktfoto's van leerlingen", answer.Sources[0].Heading);
    }

    [Theory]
    [InlineData("hoi", SmallTalkKind.Greeting)]
    [InlineData("Goedemorgen!", SmallTalkKind.Greeting)]
    [InlineData("dank je wel", SmallTalkKind.Thanks)]
    [InlineData("Top, bedankt!", SmallTalkKind.Thanks)]
    [InlineData("hoi, een leerling wordt gepest", SmallTalkKind.None)]
    [InlineData("bedankt, maar wat als ouders boos worden?", SmallTalkKind.None)]
    public void Greetings_and_thanks_are_recognised_but_questions_are_not(string text, SmallTalkKind expected)
    {
        Assert.Equal(expected, SmallTalk.Detect(text));
    }
}
