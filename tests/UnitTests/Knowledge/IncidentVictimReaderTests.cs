using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>Issue #27: the act-now card shows the staff steps when the teacher or a colleague is the one hit.</summary>
public sealed class IncidentVictimReaderTests
{
    public static TheoryData<string, IncidentType> Staff => new()
    {
        { "mijn instagram is gehackt en er gaan berichten naar leerlingen", IncidentType.HackedAccount },
        { "ik word al weken gestalkt door een oud-leerling", IncidentType.Cyberstalking },
        { "een vader appt dat hij weet waar ik woon", IncidentType.Threat },
        { "een leerling zet in de groepsapp dat hij met een mes komt voor zijn docent", IncidentType.Threat },
        { "er staat een account online over onze concierge met gemene teksten", IncidentType.Cyberbullying },
        { "iemand dreigt een naaktfoto van mij te verspreiden als ik niet betaal", IncidentType.Sextortion },
        { "er gaat een naaktfoto van een collega rond in de personeelsapp", IncidentType.NudeImages },
        { "een collega heeft vannacht een afscheidsbericht gestuurd", IncidentType.SelfHarm },
        { "my teams account was hacked and students get links from me", IncidentType.HackedAccount },
        { "a parent keeps messaging me at night and I am scared to go home", IncidentType.Cyberstalking },
    };

    public static TheoryData<string, IncidentType> Pupil => new()
    {
        { "het instagramaccount van een leerling uit mijn klas is gehackt", IncidentType.HackedAccount },
        { "een leerling van mij wordt bedreigd via snapchat", IncidentType.Threat },
        { "een collega heeft me net een naaktfoto van een leerling doorgestuurd", IncidentType.NudeImages },
        { "a student in my class is being stalked by her ex", IncidentType.Cyberstalking },
        { "a pupil just messaged me that she has taken pills", IncidentType.SelfHarm },
        { "een man van 30 vraagt een leerling uit mijn klas om foto's van mij", IncidentType.Grooming },
    };

    [Theory]
    [MemberData(nameof(Staff))]
    public void A_message_about_the_teacher_or_a_colleague_reads_as_a_staff_victim(string message, IncidentType type) =>
        Assert.Equal(IncidentVictim.Staff, IncidentVictimReader.Read(message, type));

    [Theory]
    [MemberData(nameof(Pupil))]
    public void A_message_about_a_pupil_reads_as_a_pupil_victim(string message, IncidentType type) =>
        Assert.Equal(IncidentVictim.Pupil, IncidentVictimReader.Read(message, type));
}
