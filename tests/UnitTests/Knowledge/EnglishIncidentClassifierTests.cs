using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// Issue #27: acute messages in English get the act-now card, English questions on the same topics do not.
/// Phrasings written for these tests (not taken from the development set or the training messages).
/// </summary>
public sealed class EnglishIncidentClassifierTests
{
    private static readonly IncidentClassifier Classifier = new();

    public static TheoryData<string, IncidentType> Incidents => new()
    {
        { "a boy in year 10 says he is going to stab his classmate after PE today", IncidentType.Threat },
        { "one of our pupils wrote on snapchat that he'll shoot up the school next week", IncidentType.Threat },
        { "My ex-student keeps creating new accounts to send me messages, even after I blocked him twice", IncidentType.Cyberstalking },
        { "Some girls made an Instagram account called 'ugliest in 2c' to mock a classmate", IncidentType.Cyberbullying },
        { "a student is being blackmailed online with a naked photo, they want money by tonight", IncidentType.Sextortion },
        { "Naked pictures of a 14 year old girl from my class are being shared in the year group chat right now", IncidentType.NudeImages },
        { "My school email account was hacked this morning and parents are getting strange links from me", IncidentType.HackedAccount },
        { "A pupil messaged me that she wants to end her life tonight", IncidentType.SelfHarm },
        // Extortion said as "threatening to post … unless", and a weapon shown with a menacing caption: both got no card.
        { "some guy is threatening to share clips of my student online unless she sends him more photos", IncidentType.Sextortion },
        { "He posted a selfie holding a knife with the caption 'tomorrow you'll see'", IncidentType.Threat },
        { "the father of a boy in my class texted that he will make me pay for the detention, he's coming by tomorrow", IncidentType.Threat },
        // Threats told about, not quoted: weapons beside a threat, a bomb announced at the school.
        { "two gangs of pupils are threatening each other on instagram and videos with knives are being shared", IncidentType.Threat },
        { "an anonymous account says there is a bomb in our school and tagged us, kids are scared", IncidentType.Threat },
        { "a boy posted a video holding a pistol saying 'stay home on monday if you like living'", IncidentType.Threat },
    };

    public static TheoryData<string> Questions => new()
    {
        "What's the difference between sexting and sharing nude pictures under Dutch law?",
        "How do I teach year 7 about online threats and jokes?",
        "What are the signs that a pupil is being groomed online?",
        "Is it okay to follow my students on Instagram?",
        "Can you suggest a lesson on cyberbullying for primary school?",
        "Last year a pupil's account was hacked. How do we prevent that?",
        "We have a bomb drill next week, how do I prepare my class?",
        "Three years ago we had a bomb threat that was a hoax. What should our protocol say now?",
    };

    [Theory]
    [MemberData(nameof(Incidents))]
    public void An_acute_message_in_English_is_recognised_with_its_type(string message, IncidentType expected) =>
        Assert.Equal(expected, Classifier.Classify(message)?.Type);

    [Theory]
    [MemberData(nameof(Questions))]
    public void An_English_question_about_a_topic_is_not_an_incident(string question) =>
        Assert.Null(Classifier.Classify(question));
}
