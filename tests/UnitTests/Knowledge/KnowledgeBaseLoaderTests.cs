using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Knowledge;

public sealed class KnowledgeBaseLoaderTests
{
    [Fact]
    public void The_bundled_content_is_valid()
    {
        var loaded = KnowledgeBaseLoader.Load(new BundledContentSource());

        Assert.True(loaded.Report.IsValid, string.Join(Environment.NewLine, loaded.Report.Errors));
    }

    [Fact]
    public void The_bundled_content_has_what_the_product_promises()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;

        Assert.True(knowledge.Articles.Count >= 35, $"{knowledge.Articles.Count} articles");
        Assert.True(knowledge.Articles.Count(a => a.Kind == "dilemma") >= 15);
        Assert.True(knowledge.Articles.Count(a => a.Kind == "rolmodel") >= 5);
        Assert.All(IncidentTypes.All, type => Assert.NotNull(knowledge.Incident(type)));
        Assert.True(knowledge.ModelProtocol!.IsModel);
        Assert.All(new[] { "112", "politie", "helpwanted", "113", "veilig-thuis" }, key => Assert.NotNull(knowledge.HelpLine(key)));
    }

    [Fact]
    public void Incident_plans_for_images_of_minors_and_sextortion_carry_the_non_negotiable_rules()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        var nude = string.Join('\n', knowledge.Incident(IncidentType.NudeImages)!.Sections.Select(s => s.Markdown)).ToLowerInvariant();
        var sextortion = string.Join('\n', knowledge.Incident(IncidentType.Sextortion)!.Sections.Select(s => s.Markdown)).ToLowerInvariant();

        Assert.Contains("doorsturen", nude, StringComparison.Ordinal);
        Assert.Contains("screenshot", nude, StringComparison.Ordinal);
        Assert.Contains("opslaan", nude, StringComparison.Ordinal);
        Assert.Contains("betalen", sextortion, StringComparison.Ordinal);
        Assert.Contains("politie", sextortion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grooming_plan_carries_the_police_112_and_the_routes_for_staff_and_the_home_circle()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        var plan = knowledge.Incident(IncidentType.Grooming)!;
        var text = string.Join('\n', plan.Sections.Select(s => s.Markdown)).ToLowerInvariant();

        Assert.Contains("112", text, StringComparison.Ordinal);
        Assert.Contains("{lijn:politie}", text, StringComparison.Ordinal);
        Assert.Contains("niet zelf aanspreken of confronteren", text, StringComparison.Ordinal);
        Assert.Contains("{lijn:veilig-thuis}", text, StringComparison.Ordinal);
        Assert.Contains("vertrouwensinspecteur", text, StringComparison.Ordinal);
        Assert.Contains("meldcode", text, StringComparison.Ordinal);
        Assert.Contains("dilemma-leerling-online-gegroomd", plan.Related);
        Assert.Contains("id:incident-naaktbeelden", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nude_image_plan_says_what_to_do_with_an_image_you_received_including_automatic_copies()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        var received = knowledge.Incident(IncidentType.NudeImages)!.Section(ContentVocabulary.IncidentReceivedHeading)!.Markdown.ToLowerInvariant();

        Assert.Contains("niet naar de directie of de politie", received, StringComparison.Ordinal);
        Assert.Contains("veiligstellen", received, StringComparison.Ordinal);
        Assert.Contains("recent verwijderd", received, StringComparison.Ordinal);
        Assert.Contains("cloudback-up", received, StringComparison.Ordinal);
        Assert.Contains("collega", received, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lines_say_which_answer_around_the_clock()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;

        Assert.Equal(["112", "113", "veilig-thuis"], knowledge.HelpLines.Where(h => h.AroundTheClock).Select(h => h.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_help_line_without_a_valid_around_the_clock_line_is_an_error()
    {
        using var content = TempContent.Minimal();
        var path = Path.Combine(content.Root, "incident", "hulplijnen.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Dag en nacht: ja", "Dag en nacht: soms", StringComparison.Ordinal));

        var report = content.Load().Report;

        Assert.Contains(report.Errors, e => e.Message.Contains("Dag en nacht:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_minimal_complete_folder_is_valid()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/online-pesten.md", TempContent.Article("online-pesten", "## Wat is het?\n\nPesten via de telefoon."));

        var loaded = content.Load();

        Assert.True(loaded.Report.IsValid, string.Join(Environment.NewLine, loaded.Report.Errors));
        Assert.Equal("Wat is het?", Assert.Single(loaded.KnowledgeBase.Articles).Sections[0].Heading);
    }

    [Theory]
    [InlineData("title: Titel van a\n", "missing 'title'")]
    [InlineData("audience: [po, vo, mbo]\n", "missing 'audience'")]
    [InlineData("source: \"Bronpagina\"\n", "missing 'source'")]
    [InlineData("reviewed: 2026-11-01\n", "'reviewed'")]
    [InlineData("kind: basis\n", "missing 'kind'")]
    public void Missing_front_matter_fields_are_errors(string lineToRemove, string expected)
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## Sectie\n\nTekst.").Replace(lineToRemove, string.Empty, StringComparison.Ordinal));

        var report = content.Load().Report;

        Assert.Contains(report.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids_and_broken_links_are_errors()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nZie [b](id:bestaat-niet).", related: "ook-niet"));
        content.Write("articles/sub/a.md", TempContent.Article("a", "## S\n\nTekst."));

        var errors = content.Load().Report.Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains("duplicate id 'a'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("broken link to 'bestaat-niet'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'ook-niet'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_that_differs_from_the_file_name_is_an_error()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/andere-naam.md", TempContent.Article("a", "## S\n\nTekst."));

        Assert.Contains(content.Load().Report.Errors, e => e.Message.Contains("differs from the file name", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incident_plan_with_an_unknown_placeholder_or_missing_section_is_an_error()
    {
        using var content = TempContent.Minimal();
        var path = Path.Combine(content.Root, "incident", "incident-sextortion.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("{Management}", "{Concierge}", StringComparison.Ordinal).Replace("## Niet doen", "## Anders", StringComparison.Ordinal));

        var errors = content.Load().Report.Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains("'## Niet doen'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown placeholder {Concierge}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_incident_type_and_a_protocol_section_without_id_are_errors()
    {
        using var content = TempContent.Minimal();
        File.Delete(Path.Combine(content.Root, "incident", "incident-cyberstalking.md"));
        var protocol = Path.Combine(content.Root, "protocol", "model-protocol.md");
        File.WriteAllText(protocol, File.ReadAllText(protocol) + "\n## Zonder id\n\nTekst.\n");

        var errors = content.Load().Report.Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains("no incident plan for 'cyberstalking'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'Zonder id' needs a stable id", StringComparison.Ordinal));
    }

    [Fact]
    public void Placeholders_survive_parsing_untouched()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;

        var who = knowledge.Incident(IncidentType.NudeImages)!.Section("Wie schakel je in")!.Markdown;

        Assert.Contains("{SafeguardingOfficer}", who, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_lists_only_content_reviewed_more_than_twelve_months_ago()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/oud.md", TempContent.Article("oud", "## S\n\nTekst.", reviewed: "2025-01-10"));
        content.Write("articles/nieuw.md", TempContent.Article("nieuw", "## S\n\nTekst.", reviewed: "2026-06-01"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

        var due = ReviewSchedule.Due(content.Load().KnowledgeBase, clock);

        Assert.Equal("oud", Assert.Single(due).Document.Id);

        clock.Advance(TimeSpan.FromDays(365));
        Assert.Contains(ReviewSchedule.Due(content.Load().KnowledgeBase, clock), d => d.Document.Id == "nieuw");
    }

    [Fact]
    public void A_weekly_dilemma_is_read_with_its_options_questions_and_background()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nTekst."));
        content.Write("weekly/week-bericht.md", TempContent.Weekly("week-bericht", audience: "[po]", options: "- Optie een\n- Optie twee\n- Optie drie\n- Optie vier"));

        var loaded = content.Load();

        Assert.True(loaded.Report.IsValid, string.Join(Environment.NewLine, loaded.Report.Errors));
        var dilemma = Assert.Single(loaded.KnowledgeBase.Weekly);
        Assert.Equal(Audience.Po, dilemma.Audience);
        Assert.Equal(["Optie een", "Optie twee", "Optie drie", "Optie vier"], dilemma.Options);
        Assert.Equal("Optie twee", dilemma.Option(2));
        Assert.Null(dilemma.Option(5));
        Assert.Equal(2, dilemma.DiscussionQuestions.Count);
        Assert.StartsWith("Een leerling stuurt", dilemma.Situation, StringComparison.Ordinal);
        Assert.Equal(["a"], dilemma.Links);
        Assert.Contains(loaded.Report.Issues, i => i.Message.Contains("fewer than 40", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Alleen\n- Twee", "needs 3 or 4 options, not 2")]
    [InlineData("- Een\n- Twee\n- Drie\n- Vier\n- Vijf", "not 5")]
    [InlineData("- Een\n- Een\n- Drie", "two options are the same")]
    public void A_weekly_dilemma_with_too_few_too_many_or_repeated_options_is_an_error(string options, string expected)
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nTekst."));
        content.Write("weekly/week-x.md", TempContent.Weekly("week-x", options: options));

        var errors = content.Load().Report.Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Weekly_and_quiz_files_with_broken_links_wrong_prefixes_or_a_missing_section_are_errors()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nTekst."));
        content.Write("weekly/dilemma-x.md", TempContent.Weekly("dilemma-x"));
        content.Write("weekly/week-y.md", TempContent.Weekly("week-y", links: "[weg](id:bestaat-niet)"));
        content.Write("weekly/week-z.md", TempContent.Weekly("week-z").Replace("## Bespreek in het team", "## Iets anders", StringComparison.Ordinal));
        content.Write("quiz/vraag-a.md", TempContent.Quiz("vraag-a"));

        var errors = content.Load().Report.Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("weekly/dilemma-x.md: a weekly dilemma's id starts with 'week-'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("weekly/week-y.md: links 'bestaat-niet'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("weekly/week-z.md: a weekly dilemma lacks the section '## Bespreek in het team'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("quiz/vraag-a.md: a quiz question's id starts with 'quiz-'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quiz_question_is_read_with_its_one_right_answer()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nTekst."));
        content.Write("quiz/quiz-waar.md", TempContent.Quiz("quiz-waar"));

        var loaded = content.Load();

        Assert.True(loaded.Report.IsValid, string.Join(Environment.NewLine, loaded.Report.Errors));
        var question = Assert.Single(loaded.KnowledgeBase.Quiz);
        Assert.Equal("Wat is waar?", question.Question);
        Assert.Equal(["Fout een", "Goed", "Fout twee"], question.Answers);
        Assert.Equal(1, question.CorrectIndex);
        Assert.Equal("basis", question.Topic);
        Assert.Equal("a", question.SourceArticleId);
    }

    [Theory]
    [InlineData("- [x] Een\n- [x] Twee\n- [ ] Drie", "basis", "Wat?", "exactly one answer is marked [x], not 2")]
    [InlineData("- [ ] Een\n- [ ] Twee\n- [ ] Drie", "basis", "Wat?", "exactly one answer is marked [x], not 0")]
    [InlineData("- [x] Een\n- [ ] Twee", "basis", "Wat?", "three or four answers, not 2")]
    [InlineData("- [x] Een\n- Twee\n- [ ] Drie", "basis", "Wat?", "starts with [x] (right) or [ ] (wrong)")]
    [InlineData("- [x] Een\n- [ ] Twee\n- [ ] Drie", "koken", "Wat?", "'topic' must be one of")]
    [InlineData("- [x] Een\n- [ ] Twee\n- [ ] Drie", "basis", "Geen vraag", "ends with a question mark")]
    public void A_quiz_question_that_is_not_well_formed_is_an_error(string answers, string topic, string question, string expected)
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nTekst."));
        content.Write("quiz/quiz-x.md", TempContent.Quiz("quiz-x", topic, answers, question));

        var loaded = content.Load();

        Assert.Contains(loaded.Report.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Empty(loaded.KnowledgeBase.Quiz);
    }

    [Fact]
    public void A_topic_of_the_articles_without_two_quiz_questions_is_reported()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nTekst.", kind: "ouders"));
        content.Write("quiz/quiz-x.md", TempContent.Quiz("quiz-x", topic: "ouders"));

        var issues = content.Load().Report.Issues.Select(i => i.Message).ToList();

        Assert.Contains(issues, i => i.Contains("1 quiz questions on the topic 'ouders'", StringComparison.Ordinal));
    }
}
