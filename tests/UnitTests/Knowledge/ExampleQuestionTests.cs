using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// Example questions in an article's front matter, and out-of-scope topics: how they are read and
/// checked, and what they do to the ranking and the refusals.
/// </summary>
public sealed class ExampleQuestionTests
{
    private static string WithQuestions(string article, params string[] questions) =>
        article.Replace("related: []\n", "related: []\nquestions:\n" + string.Concat(questions.Select(q => $"  - \"{q}\"\n")), StringComparison.Ordinal);

    private static string Topic(string id, string referral, params string[] questions) => $"""
        ---
        id: {id}
        title: Onderwerp {id}
        audience: [po, vo, mbo]
        kind: buiten-bereik
        tags: [test]
        source: "SafetyBot: onderwerp buiten de kennisbank"
        reviewed: 2026-11-01
        questions:
        {string.Concat(questions.Select(q => $"  - \"{q}\"\n"))}
        ---

        # Onderwerp {id}

        {referral}
        """;

    [Fact]
    public void Example_questions_and_out_of_scope_topics_are_read()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", WithQuestions(TempContent.Article("a", "## S\n\nTekst."), "mag ik dit?", "hoe zit dat?"));
        content.Write("outofscope/buiten-rooster.md", Topic("buiten-rooster", "Kijk in het rooster of vraag het de roostermaker.", "wanneer is de vakantie", "waar vind ik mijn rooster", "hoe laat begint het eerste uur"));

        var loaded = content.Load();

        Assert.True(loaded.Report.IsValid, string.Join('\n', loaded.Report.Errors));
        Assert.Equal(["mag ik dit?", "hoe zit dat?"], loaded.KnowledgeBase.Article("a")!.Questions);
        var topic = Assert.Single(loaded.KnowledgeBase.OutOfScope);
        Assert.Equal("buiten-rooster", topic.Id);
        Assert.Equal("Kijk in het rooster of vraag het de roostermaker.", topic.Referral);
        Assert.Equal(3, topic.Questions.Count);
        Assert.Null(loaded.KnowledgeBase.Article("buiten-rooster"));
    }

    [Fact]
    public void Bad_example_questions_and_incomplete_topics_are_errors()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", WithQuestions(TempContent.Article("a", "## S\n\nTekst."), "", new string('x', KnowledgeBaseLoader.MaxQuestionLength + 1)));
        content.Write("outofscope/rooster.md", Topic("rooster", "Vraag het de roostermaker.", "een", "twee", "drie"));
        content.Write("outofscope/buiten-weinig.md", Topic("buiten-weinig", "Vraag het de administratie.", "maar een vraag"));
        content.Write("outofscope/buiten-zonder-verwijzing.md", Topic("buiten-zonder-verwijzing", string.Empty, "een", "twee", "drie"));

        var errors = content.Load().Report.Errors.Select(e => $"{e.Origin}: {e.Message}").ToList();

        Assert.Contains(errors, e => e.Contains("an empty entry in 'questions'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"longer than {KnowledgeBaseLoader.MaxQuestionLength} characters", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("outofscope/rooster.md", StringComparison.Ordinal) && e.Contains("starts with 'buiten-'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("outofscope/buiten-weinig.md", StringComparison.Ordinal) && e.Contains("at least 3 example 'questions'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("outofscope/buiten-zonder-verwijzing.md", StringComparison.Ordinal) && e.Contains("referral", StringComparison.Ordinal));
    }

    [Fact]
    public void An_out_of_scope_topic_may_not_take_an_article_id_and_a_shared_example_question_is_a_warning()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/buiten-a.md", TempContent.Article("buiten-a", "## S\n\nTekst."));
        content.Write("articles/b.md", WithQuestions(TempContent.Article("b", "## S\n\nTekst."), "Waar vind ik mijn rooster?"));
        content.Write("outofscope/buiten-a.md", Topic("buiten-a", "Vraag het de roostermaker.", "waar vind ik mijn rooster", "twee", "drie"));

        var report = content.Load().Report;

        Assert.Contains(report.Errors, e => e.Message.Contains("duplicate id 'buiten-a'", StringComparison.Ordinal));
        Assert.Contains(report.Issues, w => w.Severity == Severity.Warning && w.Message.Contains("\"waar vind ik mijn rooster\" is also in buiten-a", StringComparison.Ordinal));
    }

    [Fact]
    public void An_example_question_finds_its_article_when_the_teacher_uses_none_of_the_article_words()
    {
        // The teacher's words ("juf", "stiekem", "gefilmd", "filmpje") are not in the privacy article; its example question has them.
        const string privacy = "## Je eigen privacy\n\nZet je accounts op privé en controleer wat anderen over je kunnen vinden.";
        const string pesten = "## Pesten aanpakken\n\nBespreek pesten met de klas en met ouders.";
        const string question = "een leerling heeft de juf stiekem gefilmd en het filmpje rondgestuurd";
        using var without = TempContent.Minimal();
        without.Write("articles/privacy.md", TempContent.Article("privacy", privacy)).Write("articles/pesten.md", TempContent.Article("pesten", pesten));
        using var with = TempContent.Minimal();
        with.Write("articles/privacy.md", WithQuestions(TempContent.Article("privacy", privacy), "ik ben als juf stiekem gefilmd in de les, wat nu?"))
            .Write("articles/pesten.md", TempContent.Article("pesten", pesten));

        using var plain = KnowledgeIndex.Build(without.Load().KnowledgeBase);
        using var asked = KnowledgeIndex.Build(with.Load().KnowledgeBase);

        var before = plain.Search(question, Audience.All).Articles;
        Assert.True(before.Count == 0 || before[0].ArticleId != "privacy");
        var after = asked.Search(question, Audience.All);
        Assert.True(after.Articles.Count > 0 && after.Articles[0].ArticleId == "privacy", string.Join(", ", after.Articles.Select(a => $"{a.ArticleId} {a.Score:0.00}")) + " | " + string.Join(' ', after.QueryTerms));
    }

    [Fact]
    public void A_question_nearest_to_an_out_of_scope_topic_is_referred_on_but_a_question_about_the_domain_is_not()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/accounts.md", WithQuestions(TempContent.Article("accounts",
                "## Gehackte accounts\n\nIs het account van een leerling gehackt? Verander het wachtwoord en meld misbruik."),
            "het account van een leerling is gehackt, wat nu?"));
        content.Write("outofscope/buiten-inloggen.md", Topic("buiten-inloggen", "Voor inloggen en wachtwoorden kun je terecht bij de ICT-helpdesk.",
            "ik ben het wachtwoord van mijn schoolmail vergeten", "mijn wachtwoord verloopt, hoe verander ik het", "ik kan niet meer inloggen op mijn laptop"));
        var knowledge = content.Load().KnowledgeBase;
        using var index = KnowledgeIndex.Build(knowledge);
        var answerer = new KnowledgeAnswerer(index, knowledge.Articles);

        var forgotten = answerer.Answer("ik ben mijn wachtwoord vergeten van de schoolmail", Audience.All);
        var hacked = answerer.Answer("het account van een leerling is gehackt en er wordt gepest", Audience.All);

        Assert.Equal(AnswerKind.Unknown, forgotten.Kind);
        Assert.Equal("buiten-inloggen", forgotten.OutOfScope?.Id);
        Assert.Empty(forgotten.FollowUps);
        Assert.Equal(AnswerKind.Answered, hacked.Kind);
        Assert.Null(hacked.OutOfScope);
        Assert.Equal("accounts", hacked.Sources[0].ArticleId);
    }

    [Fact]
    public void Out_of_scope_topics_are_never_ranked_as_articles()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## Rooster\n\nHet rooster van de klas."));
        content.Write("outofscope/buiten-rooster.md", Topic("buiten-rooster", "Vraag het de roostermaker.", "waar vind ik het rooster van de klas", "wie maakt het rooster", "rooster wijziging"));
        using var index = KnowledgeIndex.Build(content.Load().KnowledgeBase);

        var result = index.Search("waar vind ik het rooster van de klas", Audience.All);

        Assert.DoesNotContain(result.Articles, a => a.ArticleId == "buiten-rooster");
        Assert.DoesNotContain(result.Hits, h => h.Passage.ArticleId == "buiten-rooster");
    }

    [Fact]
    public void Every_bundled_article_carries_example_questions_and_the_bundle_has_out_of_scope_topics()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;

        Assert.All(knowledge.Articles, a => Assert.True(a.Questions.Count >= 5, $"{a.Id} has {a.Questions.Count} example questions"));
        Assert.True(knowledge.OutOfScope.Count >= 20, $"{knowledge.OutOfScope.Count} out-of-scope topics");
        Assert.All(knowledge.OutOfScope, t => Assert.False(string.IsNullOrWhiteSpace(t.Referral)));
    }
}
