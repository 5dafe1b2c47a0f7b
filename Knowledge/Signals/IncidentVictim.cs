using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Signals;

/// <summary>Who an incident hits: a pupil (the plans' main steps) or a staff member (the plans' staff section).</summary>
public enum IncidentVictim
{
    Pupil,
    Staff,
}

/// <summary>
/// Reads from a teacher's message whether the incident hits the teacher or a colleague rather than a pupil
/// (issue #27): "mijn insta is gehackt", "ik word bedreigd", "hij weet waar ik woon", "een mes voor zijn
/// docent", "my account was hacked", "he keeps messaging me". Pupil is the default: the act-now card then
/// asks in one button whether it concerns the teacher or a colleague. For nude images only an image of the
/// teacher or of a colleague counts ("een naaktfoto van mij"); a colleague who forwarded a pupil's image is
/// the nude-image plan's own section, not a staff victim.
/// </summary>
public static partial class IncidentVictimReader
{
    public static IncidentVictim Read(string text, IncidentType type)
    {
        if (string.IsNullOrWhiteSpace(text) || type == IncidentType.Grooming)
        {
            return IncidentVictim.Pupil;
        }

        var normalized = IncidentClassifier.NormalizeMessage(text);
        var staff = type == IncidentType.NudeImages ? ImageOfStaff().IsMatch(normalized) : ImageOfStaff().IsMatch(normalized) || StaffHit().IsMatch(normalized);
        return staff ? IncidentVictim.Staff : IncidentVictim.Pupil;
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@" (naaktfoto|naaktfotos|naaktbeeld|foto|fotos|video|filmpje|filmpjes|beeld|beelden|deepfake|plaatje|nude|nudes|photo|photos|picture|pictures|image|images) (van mij|of me|van een collega|van onze collega|of a colleague|of my colleague)", Options)]
    private static partial Regex ImageOfStaff();

    [GeneratedRegex(@" (mijn|mn|m n) (account|accounts|insta|instagram|snapchat|snap|tiktok|whatsapp|facebook|mail|schoolmail|email|e mail|teams|profiel|wachtwoord|telefoon|huis|adres|auto|kinderen|partner|straat|straatnaam|privenummer|prive nummer)| (mij|me) (bedreigd|bedreigt|gestalkt|stalkt|gechanteerd|chanteert|afgeperst|lastiggevallen|achtervolgd)| (bedreigt|bedreigde|stalkt|stalkte|chanteert|chanteerde|achtervolgt|belaagt|volgt) (mij|me)| ik (word|werd|ben) .{0,30}(bedreigd|gestalkt|gechanteerd|afgeperst|gehackt|gepest|lastiggevallen|achtervolgd|belaagd)| waar ik (woon|slaap|ben)| (durf|ga) .{0,20}niet (meer )?naar huis| van mij gemaakt| over mij (gemaakt|aangemaakt)| (account|pagina|tiktok|insta|profiel) over mij| gaat het niet goed met mij| als ik er niet meer ben| (collega|docent|docente|leraar|lerares|juf|meester|mentor|concierge|directeur|teamleider|medewerker) (wordt|werd|is) .{0,30}(bedreigd|gestalkt|gechanteerd|afgeperst|gehackt|gepest|belaagd|lastiggevallen)| (voor|tegen) (zijn|haar|de|onze|een|mijn) (docent|docente|juf|meester|leraar|lerares|collega|mentor|concierge)| (over|van) (onze|de|een) (concierge|collega|juf|meester|docent|docente|leraar|lerares|mentor)\b| (een |onze )?collega .{0,60}(afscheidsbericht|afscheidsbrief|zelfmoord|er niet meer)| my (school |work )?(microsoft |google )?(account|accounts|email|mail|instagram|insta|teams|phone|password|profile|house|home|address|car|kids|children|partner)| (threaten|threatens|threatened|threatening|stalking|stalks|stalked|blackmailing|blackmails|blackmailed|harassing|harasses|follows) me\b| keeps (messaging|message|contacting|calling|texting|following) me\b| i (am|m|was|have been|ve been) (being )?(threatened|stalked|blackmailed|harassed|hacked|followed)| where i live| scared to go home| (a |my |our )?colleague (is|was|has been|keeps being) .{0,30}(threatened|stalked|blackmailed|harassed|hacked|bullied)| (about|against) (me|my colleague|a colleague|our colleague|a teacher|his teacher|her teacher)\b", Options)]
    private static partial Regex StaffHit();
}
