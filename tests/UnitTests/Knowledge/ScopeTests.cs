using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// Scope on the bundled knowledge base (issues #23 and #25): a question with domain intent (pupils' or
/// teachers' online conduct, images, phones and devices at school) is answered, also when it is short,
/// in chat spelling, in English, or shares no domain word with the knowledge base; a question that shares
/// only one domain word with it ("lesmateriaal", "protocol", "foto's") is not answered. Our own wordings,
/// not the trial questions (docs/retrieval.md, "Scope").
/// </summary>
public sealed class ScopeTests
{
    private static readonly Lazy<KnowledgeAnswerer> Bundled = new(() =>
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        return new KnowledgeAnswerer(KnowledgeIndex.Build(knowledge), knowledge.Articles);
    });

    [Theory]
    [InlineData("mag ik de telefoon van een ll afpakken als hij hem niet wil geven", "dilemma-telefoon-inleveren-weigert")]
    [InlineData("leerlingen spelen games op hun laptop in de pauze, mag ik dat verbieden?", "")]
    [InlineData("leerlingen hebben de hele les oordopjes in, mag dat?", "oortjes-en-apparaten-in-de-les")]
    [InlineData("een leerling heeft een filmpje van mij tijdens de les op tiktok gezet en iedereen reageert erop, wat kan ik doen?", "dilemma-leerling-filmt-leraar")]
    [InlineData("apps die met AI iemand uitkleden op een foto, wat moet ik daarmee?", "dilemma-deepfake-klasgenoot")]
    [InlineData("een moeder zet foto's van de hele klas op haar facebook, mag dat", "")]
    [InlineData("Een moeder appt me steeds 's avonds laat over haar zoon, soms om 23.00 uur nog. Hoe geef ik netjes een grens aan zonder dat het contact verslechtert?", "ouders-appen-buiten-werktijd")]
    public void An_in_scope_question_without_a_domain_word_is_answered(string question, string expected)
    {
        var answer = Bundled.Value.Answer(question, Audience.All);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Null(answer.OutOfScope);
        if (expected.Length > 0)
        {
            Assert.Equal(expected, answer.Composed!.ArticleId);
        }
    }

    [Theory]
    [InlineData("May I follow my pupils on TikTok?", "dilemma-vriendschapsverzoek-leerling")]
    [InlineData("an ex-pupil asked me out for coffee after graduating, is that ok?", "oud-leerlingen-online")]
    [InlineData("are phones actually banned in Dutch classrooms or is it just advice?", "smartphone-afspraak-2024")]
    [InlineData("who is the safeguarding person at school for worries about a student online?", "waar-kun-je-terecht")]
    public void An_in_scope_english_question_is_answered(string question, string expected)
    {
        var answer = Bundled.Value.Answer(question, Audience.All);

        Assert.True(answer.InEnglish);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(expected, answer.Composed!.ArticleId);
    }

    [Theory]
    [InlineData("Heb je lesmateriaal voor staartdelingen in groep 7?", "buiten-vakdidactiek-en-differentiatie")]
    [InlineData("welke app is handig om de tafels te oefenen met mijn leerlingen", "buiten-educatieve-apps-voor-je-vak")]
    [InlineData("Waar vind ik de pasfoto's van mijn leerlingen in Magister?", "buiten-leerlingadministratie")]
    public void An_off_topic_question_that_shares_one_domain_word_is_referred_on(string question, string topic) =>
        AssertReferredOn(question, topic);

    [Theory]
    [InlineData("Ik kan niet meer in Magister, ik ben buitengesloten na drie verkeerde pogingen. Hoe krijg ik een nieuw wachtwoord?", "buiten-inloggen-en-wachtwoorden")]
    [InlineData("Moet ik me ziekmelden via de app of bellen, en wat is het protocol als ik die dag pleinwacht had?", "buiten-verlof-en-ziekteverzuim")]
    public void A_question_in_the_domain_on_thin_evidence_is_referred_on_when_an_out_of_scope_topic_is_clearly_nearer(string question, string topic) =>
        AssertReferredOn(question, topic);

    private static void AssertReferredOn(string question, string topic)
    {
        var answer = Bundled.Value.Answer(question, Audience.All);

        Assert.Equal(AnswerKind.Unknown, answer.Kind);
        Assert.Equal(topic, answer.OutOfScope?.Id);
    }

    [Theory]
    [InlineData("Valt het onder de strafwet als een leerling voor de lol inlogt bij een klasgenoot van wie hij het wachtwoord kent? Het kwam op in een les over privacy.", "gehackte-accounts")]
    [InlineData("een leerling is buitengesloten uit de klassenapp, wat kan ik doen?", "dilemma-buitengesloten-groepsapp")]
    public void A_question_naming_a_pupil_with_a_domain_word_is_answered_even_near_an_out_of_scope_topic(string question, string expected)
    {
        var answer = Bundled.Value.Answer(question, Audience.All);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(expected, answer.Composed!.ArticleId);
    }

    [Theory]
    [InlineData("Is there a protocol for fire drills at Dutch schools?")]
    [InlineData("Can you help me write a safety policy for the school trip?")]
    public void An_english_question_that_shares_only_a_weak_domain_word_is_not_answered(string question)
    {
        var answer = Bundled.Value.Answer(question, Audience.All);

        Assert.True(answer.InEnglish);
        Assert.Equal(AnswerKind.Unknown, answer.Kind);
    }
}
