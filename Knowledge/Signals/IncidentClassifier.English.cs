using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Signals;

/// <summary>
/// English beside the Dutch rules (issue #27): international staff write in English, so extortion with
/// images, a violent threat, stalking behaviour or a page made to mock a pupil in English fires like its
/// Dutch counterpart, and an
/// English question about a topic ("what's the difference between…", "how do I teach…") is not a report.
/// The model hears the rest from the English training messages (<c>training/english.yml</c>).
/// </summary>
public sealed partial class IncidentClassifier
{
    /// <summary>The first English rule that fires, tried only when no Dutch rule did.</summary>
    private static IncidentSignal? EnglishRule(string t)
    {
        var cues = new List<string>();
        if (Hit(EnglishExtortion(), t, "extortion with images", cues) && !IsInformational(t))
        {
            return new IncidentSignal(IncidentType.Sextortion, cues);
        }

        cues.Clear();
        if (Hit(EnglishNudeShared(), t, "nude image shared", cues) && !IsInformational(t) && !NotNude().IsMatch(t))
        {
            return new IncidentSignal(IncidentType.NudeImages, cues);
        }

        // Knowing where someone lives is a threat on its own, but with another sign of stalking it is stalking.
        cues.Clear();
        // A threat told as long past ("a bomb threat two years ago that turned out to be a hoax") is a question about it.
        if ((Hit(EnglishViolentThreat(), t, "violent threat", cues)
            || Hit(EnglishKnowsWhere(), t, "violent threat", cues) && !EnglishStalkingSigns(t, []))
            && !EnglishLongPast().IsMatch(t))
        {
            return new IncidentSignal(IncidentType.Threat, cues);
        }

        cues.Clear();
        if (Hit(EnglishAccountTakenOver(), t, "hacked", cues) && !IsInformational(t))
        {
            return new IncidentSignal(IncidentType.HackedAccount, cues);
        }

        cues.Clear();
        if (Hit(EnglishStalkingBehaviour(), t, "stalking behaviour", cues) || EnglishStalkingSigns(t, cues))
        {
            return new IncidentSignal(IncidentType.Cyberstalking, cues);
        }

        if (Hit(EnglishMockingPage(), t, "page or group made to mock", cues) && !IsInformational(t))
        {
            return new IncidentSignal(IncidentType.Cyberbullying, cues);
        }

        cues.Clear();
        return Hit(EnglishBullyingWord(), t, "bullying", cues) && Hit(EnglishSeverity(), t, "severe", cues) && !IsInformational(t)
            ? new IncidentSignal(IncidentType.Cyberbullying, cues)
            : null;
    }

    /// <summary>Two different English signs of stalking make a pattern, as in Dutch (<see cref="StalkingSigns"/>).</summary>
    private static bool EnglishStalkingSigns(string t, List<string> cues) => TwoSigns(EnglishStalkingSign(), t, IsInformational, cues);

    /// <summary>A question about the topic rather than a report of something happening, in Dutch or English.</summary>
    private static bool IsInformational(string t) => InformationalDutch(t) || EnglishInformational().IsMatch(t);

    [GeneratedRegex(@" (blackmail|blackmails|blackmailing|blackmailed|extort|extorts|extorting|extorted|extortion) .{0,60}(nude|nudes|naked|intimate|sexual|explicit|webcam)| (nude|nudes|naked|intimate|sexual|explicit) .{0,60}(blackmail|blackmailing|blackmailed|extort|extorting|extorted)| (pay|money|euros|bitcoin|gift cards) .{0,40}or (they|he|she) (will|ll) (send|post|share|spread|leak)| (has|have|got|holds|holding) (a |an |his |her |my |their |some )?(video|videos|photo|photos|picture|pictures|pics|images|nudes|recording) .{0,80}(gift cards|giftcards|euros|bitcoin|money|pay|paid|unless|or (it|they) (goes|go|will go|will be|gets|get))| (unless|or else) (i|you|he|she|they) .{0,30}(pay|send|change|give)| (threaten|threatens|threatened|threatening) to (send|post|share|spread|leak|show) .{0,40}(pics?|pictures?|photos?|images?|videos?|nudes?|clips?) .{0,60}(unless|if (she|he|i|they|you) (doesn t|does not|don t|do not|won t))", Options)]
    private static partial Regex EnglishExtortion();

    [GeneratedRegex(@"( (make|making|gonna make|going to make|will make|ll make) (me|you|him|her|them|us) pay| (posted|posts|posting|holding|holds|shows|showing|with) .{0,40}(a|what looks like a|a real) (real )?(gun|pistol|rifle|knife|machete) .{0,80}(caption|know who you are|watch out|tomorrow|you ll see|last day|see you|my name|her name|his name|your name|monday|tuesday|wednesday|thursday|friday|next week|after school|stay home)| (going to|gonna|will|ll|wants to|threatened to|threatens to|threatening to) (kill|stab|shoot|hurt|beat up|attack|bomb|blow up|get) (you|him|her|them|me|us|the|a|our|my|his|everyone)| shoot up (the|our|this) school| (bring|bringing|brings) a (gun|knife|weapon|bomb) (to|into) (school|class)| bomb (threat|in (the|our) school)| (you|he|she|they) (are|re|is|s|will be|ll be) dead (after|tomorrow|tonight|on)| (won t|will not) be safe| stay (home|away|at home) if you (like|love|want|value) (living|your life|to live|breathing)| if you (like|love|value) (living|your life|breathing)| (threatening|threatened|threaten|threatens) .{0,80}(knife|knives|gun|guns|weapon|weapons|machete|stab|shoot|bomb)| (knife|knives|gun|guns|weapon|weapons|machete|machetes) .{0,60}(threat|threats|threatening|threatened)| (a |there will be a |there s a )?bomb (at|in|on|under) (our|the|this) (school|location|building|campus|site)| (deserves|deserve) (a bullet|to die|to be shot)| (hit|kill) list) ", Options)]
    private static partial Regex EnglishViolentThreat();

    [GeneratedRegex(@" keeps (creating|making|opening|setting up) new (accounts|profiles|numbers)| (new|different|another) (account|accounts|number|numbers|profile) (every|each) time .{0,30}block| (even )?after (i|she|he|they|we) (blocked|block)| (tracks|tracking|follows|following|shares|sharing) (her|his|my) (live )?location| turns up (wherever|at (my|her|his) (house|home|work))| (waiting|waits) for (me|her|him) outside| (describing|describes|knows|knew) what (i|she|he) (was|is|were) wearing| (dozens|hundreds|tens) of messages (a|per|every) (day|night)", Options)]
    private static partial Regex EnglishStalkingBehaviour();

    /// <summary>Someone else in an account: logged into, took over, hacked.</summary>
    [GeneratedRegex(@" (logged into|logged in to|got into|broke into|hacked|hacked into|took over|taken over|has access to) (my|her|his|their|a student s|a colleague s|the) .{0,20}(account|instagram|insta|snapchat|teams|email|e mail|tiktok|whatsapp|profile)| (account|instagram|snapchat|tiktok|email|profile) (was|has been|got|is) (hacked|taken over)", Options)]
    private static partial Regex EnglishAccountTakenOver();

    /// <summary>A case told as long past, in English.</summary>
    [GeneratedRegex(@" (last (school )?year|(two|three|four|five|several|a few|2|3|4|5) years ago|back in 20[0-9][0-9]|turned out to be a hoax)\b", Options)]
    private static partial Regex EnglishLongPast();

    [GeneratedRegex(@" (knows|know) where (i|you|she|he|we) (live|lives|sleep)", Options)]
    private static partial Regex EnglishKnowsWhere();

    /// <summary>A nude or explicit image of someone shared, sent or passed around.</summary>
    [GeneratedRegex(@" (naked|nude|nudes|topless|explicit|intimate|sexual|sex) (photo|photos|picture|pictures|pic|pics|image|images|video|videos|selfie|selfies|clip|clips|tape)? ?.{0,80}(passed around|going around|being shared|shared|sent (to|around)|forwarded|posted|spread|spreading|leaked|airdrop[a-z]*|circulating|viral)\b| (sharing|shared|posted|posting|forwarded|forwarding|spreading|airdropping|showing|showed) .{0,40}(naked|nude|nudes|topless|explicit) ", Options)]
    private static partial Regex EnglishNudeShared();

    /// <summary>Signs of stalking in English, each a named group; two different ones make a pattern.</summary>
    [GeneratedRegex(@"(?<knows> (knows|knew) (exactly )?where (she|he|i|you|we|they) (is|was|am|are|were|lives|live|go|goes)| (found|tracked down|looked up) (my|her|his) (private|home|partner|address|number|phone|family))|(?<wearing> nice (jacket|dress|outfit|shirt|coat|shoes|top|hair|hat) (today|yesterday|this morning)| what (i|she|he|you) (was|is|were|are) wearing)|(?<seen> (saw|seen|watched|watching|see) (you|her|him|me) (at|in|outside|near|on|walking|leaving))|(?<meeting> see (you|her|him) (after school|tomorrow|tonight|soon|later|at))|(?<unknown> (unknown|anonymous|fake|new) (account|accounts|number|numbers|profile))|(?<night> (messages|texts|calls|messaging|texting|calling) .{0,30}(every night|at night|all night|middle of the night|at 2|at 3))|(?<home> (outside|near|at|past|by) (her|his|my) (house|home|front door|work|gym|flat))|(?<tracker> airtag| tracker | find my| snap map| life360)|(?<persistent> keeps (getting|sending|messaging|texting|calling|following|commenting)| (every|each) (day|time i post)| comments on everything)", Options | RegexOptions.ExplicitCapture)]
    private static partial Regex EnglishStalkingSign();

    /// <summary>Bullying words in English (a severity sign must come with them: <see cref="EnglishSeverity"/>).</summary>
    [GeneratedRegex(@" (bullied|bullying|bullies|insults|insulting|mocking|mocked|humiliat[a-z]*|edited (photos|pictures|pics|videos)|photoshopped|memes (about|of)|rumours|racist (comments|messages|jokes|remarks)|rumors|hate (comments|messages|posts)|excluded|everyone except|laughing at (her|him|me)|name calling|calling (her|him|me) names|slurs|fat|ugly|loser)\b", Options)]
    private static partial Regex EnglishBullyingWord();

    /// <summary>A sign that bullying is severe: distress, an audience, duration.</summary>
    [GeneratedRegex(@" (crying|cries|in tears|won t (come|go|leave)|refuses to (come|go|leave)|doesn t want to (come|go)|hiding in|locked (herself|himself)|whole (school|year|class|year group)|half the school|everyone (has seen|saw|is sharing)|for (weeks|months)|every (day|night)|parents are (emailing|calling|complaining)|(hundreds|dozens|thousands) of (comments|views|likes|followers|shares)|viral|terrified|panicking|panic|stopped eating|self harm|stopped coming|[0-9]+k? (views|likes|followers|students|pupils|kids|members)|racist|scared to)\b", Options)]
    private static partial Regex EnglishSeverity();

    [GeneratedRegex(@" hate (page|account|group)| (made|created|set up|started|making) (a|an) (group chat|group|page|account|instagram account|tiktok account|meme page) (called|named|to mock|mocking|about (a|her|him|me|my))| (made|created|set up|started) (a|an) .{0,30}(account|page|group|chat) .{0,40}(mock|mocking|make fun|making fun|laugh at|humiliate|humiliating)", Options)]
    private static partial Regex EnglishMockingPage();

    [GeneratedRegex(@" (what is|what s|what are|what does|what do (the|you) (law|rules)|difference between|signs that|how do (i|we|you) (teach|explain|recognise|recognize|prevent|talk to (my|the|a) class|start)|how can (i|we) (teach|explain|prevent|recognise|recognize)|(a|the) lesson (about|on)|lesson ideas|school policy|our policy|in general|last year|(two|three|four|five|several|a few|2|3|4|5) years ago|back in 20[0-9][0-9]|staff meeting|information evening|is it (a crime|illegal|legal|okay|ok)|hypothetically|is (that|this|it) (bullying|normal|harassment|stalking|grooming|sexting)) ", Options)]
    private static partial Regex EnglishInformational();
}
