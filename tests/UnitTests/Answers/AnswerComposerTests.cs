using System.Text.Json;
using SafetyBot.Bot.Flows.Ask;
using SafetyBot.Cards;
using SafetyBot.Kb.Evaluation;
using SafetyBot.Knowledge.Answers;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Answers;

/// <summary>
/// The answer card's text: one article, the section that answers, whole. Pinned on the bundled content
/// with the questions of every evaluation set, so a change that shows a situation, mixes articles or cuts
/// a sentence fails here.
/// </summary>
public sealed class AnswerComposerTests : IClassFixture<AnswerComposerTests.Bundled>
{
    private readonly Bundled bundled;

    public AnswerComposerTests(Bundled bundled) => this.bundled = bundled;

    public sealed class Bundled : IDisposable
    {
        public Bundled()
        {
            Knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
            Index = KnowledgeIndex.Build(Knowledge);
            Answerer = new KnowledgeAnswerer(Index, Knowledge.Articles);
            Questions = [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "eval"), "*.yml")
                .SelectMany(DevSet.Load)
                .Where(i => i.IsAnswerable)
                .Select(i => i.Q)
                .Distinct()];
        }

        public KnowledgeBase Knowledge { get; }

        public KnowledgeIndex Index { get; }

        public KnowledgeAnswerer Answerer { get; }

        public IReadOnlyList<string> Questions { get; }

        public void Dispose() => Index.Dispose();
    }

    private IEnumerable<(string Question, KnowledgeAnswer Answer)> Answered() =>
        bundled.Questions
            .Select(q => (q, bundled.Answerer.Answer(q, Audience.All)))
            .Where(x => x.Item2.Kind == AnswerKind.Answered);

    [Fact]
    public void The_evaluation_sets_give_hundreds_of_answers_to_check()
    {
        Assert.True(Answered().Count() > 400, $"only {Answered().Count()} answered questions");
    }

    [Fact]
    public void A_dilemmas_situation_is_never_the_answer()
    {
        var dilemmas = 0;
        foreach (var (question, answer) in Answered())
        {
            var article = bundled.Knowledge.Articles.Single(a => a.Id == answer.Composed!.ArticleId);
            if (article.Kind != "dilemma")
            {
                continue;
            }

            dilemmas++;
            var situation = Assert.Single(article.Sections, s => SectionRoles.Of(s) == SectionRole.Situation);
            Assert.True(answer.Composed!.Direct.SectionId != situation.Id, $"'{question}' got the situation of {article.Id}");
            Assert.DoesNotContain(answer.Composed.Parts, p => p.SectionId == situation.Id);
            Assert.DoesNotContain(answer.Composed.Parts, p => p.Paragraph is not null && situation.Markdown.Contains(p.Paragraph.Replace("**", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        }

        Assert.True(dilemmas > 20, $"only {dilemmas} answers from dilemmas");
    }

    [Fact]
    public void A_dilemmas_lead_answers_and_is_never_treated_as_its_situation()
    {
        foreach (var dilemma in bundled.Knowledge.Articles.Where(a => a.Kind == "dilemma"))
        {
            var lead = new ContentSection(ContentVocabulary.LeadSectionId, string.Empty, dilemma.Lead, dilemma.Lead, new HashSet<string>());
            Assert.Equal(SectionRole.Lead, SectionRoles.Of(lead));
            Assert.Contains(dilemma.Sections, s => SectionRoles.Of(s) == SectionRole.Situation);
        }
    }

    [Fact]
    public void Every_answer_comes_from_one_article_the_best_ranked_one()
    {
        foreach (var (question, answer) in Answered())
        {
            Assert.Equal(answer.RankedArticleIds[0], answer.Composed!.ArticleId);
            Assert.All(answer.Sources, s => Assert.Equal(answer.Composed.ArticleId, s.ArticleId));
        }
    }

    [Fact]
    public void Every_paragraph_and_list_item_shown_is_a_whole_block_of_its_section()
    {
        foreach (var (question, answer) in Answered())
        {
            var article = bundled.Knowledge.Articles.Single(a => a.Id == answer.Composed!.ArticleId);
            foreach (var part in answer.Composed!.Parts)
            {
                var markdown = part.SectionId == ContentVocabulary.LeadSectionId ? article.Lead : article.Sections.Single(s => s.Id == part.SectionId).Markdown;
                var blocks = MarkdownBlocks.Of(markdown);
                if (part.Paragraph is not null)
                {
                    Assert.Contains(blocks, b => b.Paragraph == part.Paragraph);
                }

                if (part.Items.Count > 0)
                {
                    var list = Assert.Single(blocks, b => b.IsList && b.Items.Take(part.Items.Count).SequenceEqual(part.Items));
                    Assert.Equal(list.Items.Count, part.Items.Count + part.MoreItems);
                }
            }
        }
    }

    [Theory]
    [InlineData("een leerling wordt buitengesloten uit de klassenapp, wat kan ik doen?")]
    [InlineData("een ouder mailt dat haar kind als enige niet in de klassenapp zit, wat moet ik doen")]
    public void A_what_to_do_question_gets_the_advice_list_whole_not_the_situation(string question)
    {
        var answer = bundled.Answerer.Answer(question, Audience.All);

        var composed = answer.Composed!;
        Assert.True(composed.ShowsAdvice, $"{composed.ArticleId}: {composed.Direct.Heading}");
        var shown = composed.Parts.SelectMany(p => p.Items).ToList();
        Assert.Contains(shown, item => item.StartsWith("Praat eerst apart met de buitengesloten leerling", StringComparison.Ordinal) || item.StartsWith("Vraag de leerling in een rustig moment", StringComparison.Ordinal));
        Assert.DoesNotContain(composed.Parts, p => p.Paragraph?.Contains("Een ouder mailt", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_teacher_who_says_innemen_finds_the_phone_articles_whether_they_say_innemen_or_inleveren()
    {
        // Since release 2026-12 (second) the knowledge base has its own article on confiscating a phone.
        var answer = bundled.Answerer.Answer("telefoon innemen mag dat?", Audience.All);
        var refused = bundled.Answerer.Answer("mag ik de telefoon innemen als een leerling weigert hem af te geven", Audience.All);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(answer.Composed!.ArticleId, new[] { "telefoon-innemen", "dilemma-telefoon-inleveren-weigert", "smartphone-afspraak-2024" });
        Assert.Equal(AnswerKind.Answered, refused.Kind);
        Assert.Contains(refused.Composed!.ArticleId, new[] { "dilemma-telefoon-inleveren-weigert", "telefoon-innemen" });
    }

    [Fact]
    public void A_password_that_stopped_working_is_referred_to_the_desk_and_misuse_of_a_password_is_answered()
    {
        var broken = bundled.Answerer.Answer("mijn wachtwoord van magister werkt niet meer", Audience.All);
        var misuse = bundled.Answerer.Answer("een leerling heeft ingelogd met het wachtwoord van een ander", Audience.All);

        Assert.Equal("buiten-inloggen-en-wachtwoorden", broken.OutOfScope?.Id);
        Assert.Equal(AnswerKind.Answered, misuse.Kind);
    }

    [Fact]
    public void A_what_is_question_gets_background_not_steps_first()
    {
        var composed = bundled.Answerer.Answer("wat is cyberstalking", Audience.All).Composed!;

        Assert.Equal("cyberstalking", composed.ArticleId);
        Assert.NotEqual(SectionRole.Advice, composed.DirectRole);
    }

    [Fact]
    public void Every_answer_card_is_under_28_KB_and_has_a_button_for_the_whole_article()
    {
        var largest = 0;
        foreach (var (question, answer) in Answered())
        {
            var card = AnswerCard.Build(AskFlow.ToView(answer));
            var json = card.ToJsonString();
            largest = Math.Max(largest, System.Text.Encoding.UTF8.GetByteCount(json));
            Assert.Contains(CardStrings.ReadWholeArticle, json, StringComparison.Ordinal);
        }

        Assert.True(largest < 28 * 1024, $"largest answer card {largest} bytes");
    }

    [Fact]
    public void No_answer_card_shows_the_same_paragraph_twice()
    {
        foreach (var (question, answer) in Answered())
        {
            var body = JsonDocument.Parse(AnswerCard.Build(AskFlow.ToView(answer)).ToJsonString()).RootElement.GetProperty("body");
            var texts = Descend(body)
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "TextBlock")
                .Select(e => e.GetProperty("text").GetString()!)
                .Where(t => t.Length > 40)
                .ToList();
            var repeated = texts.GroupBy(t => t).FirstOrDefault(g => g.Count() > 1)?.Key;
            Assert.True(repeated is null, $"\"{question}\" shows twice: {repeated}");
        }
    }

    [Fact]
    public void No_answer_card_shows_two_lists_under_one_label()
    {
        // Tried in the client: "ouder belt boos: zoon z'n tel ingenomen door collega, wat zeg ik" showed the section on
        // an angry parent and the article's own advice, both under "Wat je kunt doen".
        const string angryParent = "ouder belt boos: zoon z'n tel ingenomen door collega, wat zeg ik";
        foreach (var (question, answer) in Answered().Append((angryParent, bundled.Answerer.Answer(angryParent, Audience.All))))
        {
            var body = JsonDocument.Parse(AnswerCard.Build(AskFlow.ToView(answer)).ToJsonString()).RootElement.GetProperty("body");
            var labels = Descend(body)
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "TextBlock")
                .Count(e => e.GetProperty("text").GetString() == CardStrings.AdviceLabel);
            Assert.True(labels <= 1, $"\"{question}\" shows {labels} lists under \"{CardStrings.AdviceLabel}\"");
        }
    }

    [Fact]
    public void A_composed_card_round_trips_through_its_feedback_data()
    {
        var answer = bundled.Answerer.Answer("een leerling wordt buitengesloten uit de klassenapp, wat kan ik doen?", Audience.All);
        var view = AskFlow.ToView(answer);
        var card = AnswerCard.Build(view);
        var data = card.ToJsonString();
        var up = JsonDocument.Parse(data).RootElement.GetProperty("body").EnumerateArray()
            .SelectMany(Descend).First(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("verb", out var v) && v.GetString() == AnswerCard.RateVerb).GetProperty("data");

        var back = AnswerCard.ReadView(up);

        Assert.NotNull(back);
        Assert.Equal(view.Article, back.Article);
        Assert.Equal(view.Points!.Items, back.Points!.Items);
    }

    private static IEnumerable<JsonElement> Descend(JsonElement element)
    {
        yield return element;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var child in element.EnumerateObject().SelectMany(p => Descend(p.Value)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(Descend))
            {
                yield return child;
            }
        }
    }
}
