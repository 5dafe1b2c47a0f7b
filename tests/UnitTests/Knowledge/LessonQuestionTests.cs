using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// Issues #23 and #24 on the bundled knowledge base: a question about giving a lesson is answered from
/// a lesson article, with the lesson ideas for the age asked about, not from the incident plan or
/// dilemma that shares its subject's words ("a sexting lesson got incident steps", "media literacy for
/// toddlers got the phone policy"). A case to handle, or something to explain to parents, is not a lesson.
/// </summary>
public sealed class LessonQuestionTests
{
    private static readonly Lazy<KnowledgeAnswerer> Bundled = new(() =>
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        return new KnowledgeAnswerer(KnowledgeIndex.Build(knowledge), knowledge.Articles);
    });

    [Theory]
    [InlineData("Hoe bespreek ik sexting in 3 havo zonder dat het ongemakkelijk wordt?")]
    [InlineData("lesidee nepnieuws brugklas 1 uur")]
    [InlineData("Hoe geef ik een lesje mediawijsheid aan kleuters in groep 1-2?")]
    [InlineData("Wat is een goede manier om met mijn studenten (niveau 4) te praten over wat ze online van zichzelf laten zien?")]
    [InlineData("Hoe leer ik mijn havo 5-leerlingen hun digitale voetafdruk op te schonen?")]
    [InlineData("Ik wil met groep 6 een les doen over privacy en sterke wachtwoorden.")]
    [InlineData("Wat kan ik in een les burgerschap op het mbo doen over geldezels?")]
    public void Reads_a_question_about_giving_a_lesson(string question)
    {
        Assert.True(LessonIntent.Of(question));
    }

    [Theory]
    [InlineData("Een leerling vertelt dat er een naaktfoto van haar rondgaat. Wat moet ik doen?")]
    [InlineData("Hoe leg ik ouders uit waarom wij afraden dat kinderen in groep 8 al op TikTok zitten?")]
    [InlineData("Hoe praat ik met een leerling die anderen uitscheldt in een game?")]
    [InlineData("mag ik de telefoon van een leerling innemen in de les?")]
    [InlineData("ll's praten over mij op discord")]
    public void A_case_or_a_talk_with_parents_is_not_a_lesson(string question)
    {
        Assert.False(LessonIntent.Of(question));
    }

    [Fact]
    public void A_lesson_on_sexting_gets_the_lesson_article_not_the_incident_steps()
    {
        var answer = Bundled.Value.Answer("Hoe bespreek ik sexting in 3 havo zonder dat het ongemakkelijk wordt of dat de hele klas in de lach schiet?", Audience.All);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("lessen-over-online-gedrag", answer.Composed!.ArticleId);
        Assert.Contains("gevoelig onderwerp", answer.Sources[0].Heading, StringComparison.Ordinal);
        Assert.Equal("lessen-over-online-gedrag", answer.RankedArticleIds[0]);
    }

    [Theory]
    [InlineData("Hoe geef ik een lesje mediawijsheid aan kleuters in groep 1-2? Veel van hen zitten thuis al uren op de iPad.", "kleuters")]
    [InlineData("Hoe bespreek ik deepfakes in de klas?", "voortgezet onderwijs")]
    [InlineData("Wat kan ik in een les burgerschap op het mbo doen over online oplichting en geldezels?", "mbo")]
    [InlineData("Ik wil met groep 6 een les doen over privacy en sterke wachtwoorden. Hoe pak ik dat aan?", "basisschool")]
    [InlineData("Hoe geef ik een les over nepnieuws en deepfakes aan havo 4? Ik heb er twee lesuren voor.", "voortgezet onderwijs")]
    [InlineData("lesidee nepnieuws voor groep 3", "kleuters en groep 3")]
    public void A_lesson_question_shows_the_lesson_ideas_for_its_age_or_subject(string question, string heading)
    {
        var answer = Bundled.Value.Answer(question, Audience.All);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("lessen-over-online-gedrag", answer.Composed!.ArticleId);
        Assert.Contains(heading, answer.Sources[0].Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lesson_question_is_answered_on_the_lesson_articles_own_coverage()
    {
        // The nearest article (the teacher's own privacy) covers too little of it; the lesson article does.
        var answer = Bundled.Value.Answer("Hoe leer ik mijn havo 5-leerlingen hun digitale voetafdruk op te schonen voordat ze gaan solliciteren of studeren?", Audience.All);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("lessen-over-online-gedrag", answer.Composed!.ArticleId);
    }

    [Fact]
    public void A_case_keeps_its_incident_article()
    {
        var answer = Bundled.Value.Answer("Een leerling vertelt dat er een naaktfoto van haar rondgaat die ze naar haar vriendje had gestuurd. Hoe praat ik met haar?", Audience.All);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.NotEqual("lessen-over-online-gedrag", answer.Composed!.ArticleId);
    }
}
