using Microsoft.Extensions.Time.Testing;
using SafetyBot.Kb;
using SafetyBot.Knowledge.Answers;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// The answer-first shape of an article (lead, a dilemma's situation, the advice list), authoring notes,
/// and the facts a content owner confirms: each rule fails on a sample that breaks it, naming file and line.
/// </summary>
public sealed class ArticleStructureTests
{
    /// <summary>An article with its body from the line after the title: the title is on line 11, the lead on line 13.</summary>
    private static string Article(string id, string afterTitle, string kind = "basis", string extraFront = "") => $"""
        ---
        id: {id}
        title: Titel van {id}
        audience: [po, vo, mbo]
        kind: {kind}
        tags: [test]
        source: "Bronpagina"
        reviewed: 2026-11-01
        {extraFront}related: []
        ---
        # Titel van {id}

        {afterTitle}
        """;

    private const string Advice = "## Wat doe je?\n\n- Praat eerst met de leerling.\n- Licht de mentor in.";

    private static List<string> ErrorsFor(string path, string text)
    {
        using var content = TempContent.Minimal();
        content.Write(path, text);
        return content.Load().Report.Errors.Select(e => e.ToString()).ToList();
    }

    [Fact]
    public void An_article_with_a_short_lead_and_an_advice_list_is_valid()
    {
        Assert.Empty(ErrorsFor("articles/goed.md", Article("goed", "Praat eerst met de leerling. Licht daarna de mentor in.\n\n" + Advice)));
    }

    [Fact]
    public void A_dilemma_with_an_answering_lead_and_its_situation_under_its_own_heading_is_valid()
    {
        var text = Article("dilemma-goed", "Reageer niet op het verzoek en leg uit waarom.\n\n## De situatie\n\nEen leerling stuurt je een verzoek. Wat doe je?\n\n" + Advice, kind: "dilemma");

        Assert.Empty(ErrorsFor("articles/dilemma-goed.md", text));
    }

    [Fact]
    public void A_lead_of_three_sentences_is_an_error_on_its_line()
    {
        var errors = ErrorsFor("articles/lang.md", Article("lang", "Een. Twee zinnen. Drie zinnen is te veel.\n\n" + Advice));

        Assert.Contains(errors, e => e.Contains("articles/lang.md:13: the lead has 3 sentences", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "no lead")]
    [InlineData("- Een lijst.\n- Als lead.", "the lead is a list")]
    public void A_missing_lead_or_a_lead_that_is_a_list_is_an_error(string lead, string expected)
    {
        var errors = ErrorsFor("articles/lead.md", Article("lead", lead + "\n\n" + Advice));

        Assert.Contains(errors, e => e.Contains("articles/lead.md:", StringComparison.Ordinal) && e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dilemma_without_its_situation_section_is_an_error()
    {
        var errors = ErrorsFor("articles/dilemma-x.md", Article("dilemma-x", "Een leerling stuurt je een verzoek.\n\n" + Advice, kind: "dilemma"));

        Assert.Contains(errors, e => e.Contains("articles/dilemma-x.md:11: a dilemma puts its situation under '## De situatie'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_without_an_advice_section_is_an_error()
    {
        var errors = ErrorsFor("articles/geen-advies.md", Article("geen-advies", "Korte lead.\n\n## Wat is het?\n\n- Uitleg."));

        Assert.Contains(errors, e => e.Contains("articles/geen-advies.md:11: no advice section", StringComparison.Ordinal));
    }

    [Fact]
    public void An_advice_section_without_a_list_is_an_error_on_its_heading()
    {
        var errors = ErrorsFor("articles/proza.md", Article("proza", "Korte lead.\n\n## Zo pak je het aan\n\nPraat met de leerling en met de ouders."));

        Assert.Contains(errors, e => e.Contains("articles/proza.md:15: the advice section 'Zo pak je het aan' has no list", StringComparison.Ordinal));
    }

    [Fact]
    public void An_advice_item_that_is_not_a_whole_sentence_is_an_error_on_its_line()
    {
        var errors = ErrorsFor("articles/los.md", Article("los", "Korte lead.\n\n## Tips\n\n- Praat met de leerling.\n- de ouders bellen;"));

        Assert.Contains(errors, e => e.Contains("articles/los.md:18: an advice item is not a whole sentence", StringComparison.Ordinal) && e.Contains("de ouders bellen;", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("Praat met de leerling", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("De bron geeft hier geen lijst; aangevuld uit de praktijk.")]
    [InlineData("Manieren uit de praktijk (de lijst op de bronpagina ontbrak):")]
    [InlineData("De bron noemt geen vaste lijst; deze voorbeelden komen uit de praktijk:")]
    [InlineData("Aangevuld uit de schoolpraktijk, hoort bij de basiskennis:")]
    [InlineData("TODO: voorbeelden toevoegen.")]
    [InlineData("Deze lijst moeten we nog aanvullen.")]
    [InlineData("Bel dan [...] voor advies.")]
    [InlineData("Bel dan […] voor advies.")]
    public void An_authoring_note_in_an_article_is_an_error_on_its_line(string note)
    {
        var errors = ErrorsFor("articles/notitie.md", Article("notitie", "Korte lead.\n\n## Wat is het?\n\n" + note + "\n\n" + Advice));

        Assert.Contains(errors, e => e.Contains("articles/notitie.md:17: an authoring note for editors", StringComparison.Ordinal));
    }

    [Fact]
    public void An_authoring_note_in_a_quiz_question_is_an_error_too()
    {
        var errors = ErrorsFor("quiz/quiz-x.md", TempContent.Quiz("quiz-x").Replace("Omdat het zo staat", "TODO: uitleg. Omdat het zo staat", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Contains("quiz/quiz-x.md:", StringComparison.Ordinal) && e.Contains("authoring note", StringComparison.Ordinal));
    }

    [Fact]
    public void The_source_field_may_name_the_source_page()
    {
        var text = Article("bron", "Korte lead.\n\n" + Advice).Replace("source: \"Bronpagina\"", "source: \"Bronpagina 'Sociale media'; de bronpagina geeft geen lijst\"", StringComparison.Ordinal);

        Assert.Empty(ErrorsFor("articles/bron.md", text));
    }

    [Theory]
    [InlineData("Doe dit. En dan dat.", 2)]
    [InlineData("Bel bijv. de mentor. Of de ouders!", 2)]
    [InlineData("Eén zin met art. 252 Sr erin.", 1)]
    [InlineData("Wat doe je? Je belt. Daarna mail je.", 3)]
    public void Sentences_are_counted_at_a_stop_followed_by_a_capital(string text, int expected)
    {
        Assert.Equal(expected, ArticleStructureCheck.CountSentences(text));
    }

    [Fact]
    public void A_dilemmas_lead_is_its_lead_and_its_situation_section_is_context()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/dilemma-goed.md", Article("dilemma-goed", "Reageer niet op het verzoek.\n\n## De situatie\n\nEen leerling stuurt je een verzoek.\n\n" + Advice, kind: "dilemma"));
        var article = content.Load().KnowledgeBase.Article("dilemma-goed")!;
        var lead = new ContentSection(ContentVocabulary.LeadSectionId, string.Empty, article.Lead, article.Lead, new HashSet<string>());

        Assert.Equal(SectionRole.Lead, SectionRoles.Of(lead));
        Assert.Equal(SectionRole.Situation, SectionRoles.Of(article.Sections[0]));
    }

    [Fact]
    public void Facts_to_confirm_are_read_with_the_files_reviewed_date()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/leeftijd.md", Article("leeftijd", "Korte lead.\n\n" + Advice,
            extraFront: "confirm:\n  - claim: \"WhatsApp: 13 jaar in de EU\"\n    source: \"Gebruiksvoorwaarden WhatsApp\"\n"));

        var loaded = content.Load();

        Assert.True(loaded.Report.IsValid, string.Join('\n', loaded.Report.Errors));
        var fact = Assert.Single(loaded.KnowledgeBase.FactsToConfirm);
        Assert.Equal("WhatsApp: 13 jaar in de EU", fact.Claim);
        Assert.Equal("Gebruiksvoorwaarden WhatsApp", fact.Source);
        Assert.Equal("articles/leeftijd.md", fact.Origin);
        Assert.Equal(new DateOnly(2026, 11, 1), fact.Reviewed);
    }

    [Theory]
    [InlineData("confirm:\n  - claim: \"WhatsApp: 13 jaar\"\n")]
    [InlineData("confirm:\n  - source: \"Gebruiksvoorwaarden\"\n")]
    [InlineData("confirm:\n  - claim: \"\"\n    source: \"Gebruiksvoorwaarden\"\n")]
    public void A_fact_to_confirm_without_claim_or_source_is_an_error(string confirm)
    {
        var errors = ErrorsFor("articles/leeftijd.md", Article("leeftijd", "Korte lead.\n\n" + Advice, extraFront: confirm));

        Assert.Contains(errors, e => e.Contains("articles/leeftijd.md:9: an entry in 'confirm' needs both 'claim'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_front_matter_key_given_twice_is_an_error_not_a_silent_overwrite()
    {
        var twice = "confirm:\n  - claim: \"Een\"\n    source: \"Bron een\"\nconfirm:\n  - claim: \"Twee\"\n    source: \"Bron twee\"\n";

        var errors = ErrorsFor("articles/dubbel.md", Article("dubbel", "Korte lead.\n\n" + Advice, extraFront: twice));

        Assert.Contains(errors, e => e.Contains("articles/dubbel.md: front matter is not valid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_lists_every_fact_to_confirm_with_its_reviewed_date_and_flags_the_overdue_ones()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/oud.md", Article("oud", "Korte lead.\n\n" + Advice, extraFront: "confirm:\n  - claim: \"Politie: 0900-8844\"\n    source: \"politie.nl\"\n")
            .Replace("reviewed: 2026-11-01", "reviewed: 2025-06-01", StringComparison.Ordinal));
        content.Write("articles/nieuw.md", Article("nieuw", "Korte lead.\n\n" + Advice, extraFront: "confirm:\n  - claim: \"TikTok: 13 jaar\"\n    source: \"Gebruiksvoorwaarden TikTok\"\n"));
        using var output = new StringWriter();

        var exit = await KbCommand.RunAsync(["review", "--content", content.Root], output, TextWriter.Null, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("OVERDUE articles/oud.md (reviewed 2025-06-01): Politie: 0900-8844 [source: politie.nl]", text, StringComparison.Ordinal);
        Assert.Contains("ok      articles/nieuw.md (reviewed 2026-11-01): TikTok: 13 jaar [source: Gebruiksvoorwaarden TikTok]", text, StringComparison.Ordinal);
        Assert.Contains("2 fact(s) to confirm, 1 overdue.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_release_notes_beside_the_content_are_not_content()
    {
        using var content = TempContent.Minimal();
        content.Write("CHANGES.md", "# Wijzigingen\n\nTODO: geen content.\n");

        var loaded = content.Load();

        Assert.True(loaded.Report.IsValid, string.Join('\n', loaded.Report.Errors));
        Assert.DoesNotContain(loaded.Report.Issues, i => i.Origin.Contains("CHANGES", StringComparison.Ordinal));
    }
}
