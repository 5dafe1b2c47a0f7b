using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// Issue #25 item 2 on the bundled knowledge base: an English question is also searched in Dutch by the
/// glossary's rendering, so English wording the English example questions lack ("taken over", "hold on
/// to his phone") finds its article; an off-topic English question stays unanswered and is never
/// referred out. The questions here are our own wording, not those of a trial set.
/// </summary>
public sealed class EnglishGlossaryTests
{
    private static readonly Lazy<(KnowledgeAnswerer Answerer, KnowledgeIndex Index)> Bundled = new(() =>
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        var index = KnowledgeIndex.Build(knowledge);
        return (new KnowledgeAnswerer(index, knowledge.Articles), index);
    });

    [Theory]
    [InlineData("her account was taken over yesterday", "overgenomen")]
    [InlineData("Can I hold on to his phone until the end of the day?", "innemen")]
    [InlineData("may the school keep a student's phone all day", "innemen")]
    [InlineData("a boy is spreading nudes of a classmate", "naaktfoto's")]
    [InlineData("how do I deal with bullying in the group chat", "pesten groepsapp")]
    [InlineData("the projector is broken", "beamer")]
    public void Renders_the_domain_words_of_an_english_question_in_dutch(string question, string expected)
    {
        Assert.Contains(expected, EnglishGlossary.Render(question), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_the_words_it_does_not_know()
    {
        Assert.Equal(string.Empty, EnglishGlossary.Render("Hi there, could you please explain this to me?"));
    }

    [Fact]
    public void Every_dutch_rendering_is_a_word_the_knowledge_base_knows()
    {
        // An unknown word would be "corrected" to the nearest indexed word, some other topic.
        var index = Bundled.Value.Index;
        var unknown = EnglishGlossary.Dutch
            .Distinct(StringComparer.Ordinal)
            .Where(dutch => index.Search(dutch, Audience.All).UnknownTerms.Count > 0)
            .ToList();

        Assert.True(unknown.Count == 0, "unknown to the knowledge base: " + string.Join(", ", unknown));
    }

    /// <summary>Refused or answered from another article before the glossary (coverage of the English examples below the bar).</summary>
    [Theory]
    [InlineData("how do I explain to my class how an account gets taken over?", "gehackte-accounts")]
    [InlineData("is it ok to hold on to a student's phone for the rest of the day as a punishment?", "telefoon-innemen")]
    [InlineData("a girl from my mentor group keeps sending me instagram messages late at night, where are the boundaries?", "dilemma-zorgelijk-bericht-dm,rolmodel-contact-met-leerlingen,dilemma-leerling-vraagt-privenummer")]
    [InlineData("a student was offered easy money to lend out his bank card, what should I do?", "criminele-en-extremistische-beinvloeding")]
    public void An_english_question_finds_its_article_by_its_dutch_rendering(string question, string expected)
    {
        var answer = Bundled.Value.Answerer.Answer(question, Audience.All);

        Assert.True(answer.InEnglish);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(answer.Composed!.ArticleId, expected.Split(','));
    }

    [Theory]
    [InlineData("and in English please?", true)]
    [InlineData("can you say that in English", true)]
    [InlineData("English please", true)]
    [InlineData("kun je dat in het Engels zeggen?", true)]
    [InlineData("could you give me that in English?", true)]
    [InlineData("is there an English lesson about cyberbullying?", false)]
    [InlineData("hoe geef ik een les Engels over sociale media", false)]
    [InlineData("What should I do when a student's Instagram account gets hacked?", false)]
    public void Reads_a_request_for_the_answer_in_english(string message, bool expected)
    {
        Assert.Equal(expected, FollowUpCues.AsksEnglish(message));
    }

    [Fact]
    public void The_answer_again_in_english_is_the_same_article_and_section_under_the_english_line()
    {
        var answerer = Bundled.Value.Answerer;
        var first = answerer.Answer("hoe voorkom ik cyberpesten in mijn klas?", Audience.All);
        var previous = new FollowUpContext(first.Composed!.ArticleId, first.Sources.Select(s => s.SectionId).ToList(), []);

        var again = answerer.Again(previous, Audience.All);

        Assert.NotNull(again);
        Assert.True(again.InEnglish);
        Assert.Equal(first.Composed.ArticleId, again.Composed!.ArticleId);
        Assert.Contains(first.Sources[0].SectionId, again.Sources.Select(s => s.SectionId));
        Assert.NotNull(again.Continues);
    }

    /// <summary>Answered before the glossary on one shared word ("password", "request", "app", "lessons").</summary>
    [Theory]
    [InlineData("How do I reset my password for the school email?")]
    [InlineData("How do I request parental leave?")]
    [InlineData("What's the best app to practise French vocabulary with my students?")]
    [InlineData("My students keep talking during lessons, how do I keep order in class?")]
    [InlineData("How many sick days am I allowed before I need a doctor's note?")]
    [InlineData("Where can I find my timetable for next week?")]
    [InlineData("How do I enter grades for my students in Magister?")]
    public void An_english_question_off_the_topic_stays_unanswered_and_is_not_referred_out(string question)
    {
        var answer = Bundled.Value.Answerer.Answer(question, Audience.All);

        Assert.True(answer.InEnglish);
        Assert.Equal(AnswerKind.Unknown, answer.Kind);
        Assert.Null(answer.OutOfScope);
    }
}
