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
        if (Hit(EnglishViolentThreat(), t, "violent threat", cues))
        {
            return new IncidentSignal(IncidentType.Threat, cues);
        }

        if (Hit(EnglishStalkingBehaviour(), t, "stalking behaviour", cues))
        {
            return new IncidentSignal(IncidentType.Cyberstalking, cues);
        }

        return Hit(EnglishMockingPage(), t, "page or group made to mock", cues) && !IsInformational(t)
            ? new IncidentSignal(IncidentType.Cyberbullying, cues)
            : null;
    }

    /// <summary>A question about the topic rather than a report of something happening, in Dutch or English.</summary>
    private static bool IsInformational(string t) => Informational().IsMatch(t) || EnglishInformational().IsMatch(t);

    [GeneratedRegex(@" (blackmail|blackmails|blackmailing|blackmailed|extort|extorts|extorting|extorted|extortion) .{0,60}(nude|nudes|naked|intimate|sexual|explicit|webcam)| (nude|nudes|naked|intimate|sexual|explicit) .{0,60}(blackmail|blackmailing|blackmailed|extort|extorting|extorted)| (pay|money|euros|bitcoin|gift cards) .{0,40}or (they|he|she) (will|ll) (send|post|share|spread|leak)| (threaten|threatens|threatened|threatening) to (send|post|share|spread|leak|show) .{0,40}(pics?|pictures?|photos?|images?|videos?|nudes?|clips?) .{0,60}(unless|if (she|he|i|they|you) (doesn t|does not|don t|do not|won t))", Options)]
    private static partial Regex EnglishExtortion();

    [GeneratedRegex(@"( (make|making|gonna make|going to make|will make|ll make) (me|you|him|her|them|us) pay| (posted|posts|posting|holding|holds|shows|showing|with) .{0,40}(a|what looks like a|a real) (real )?(gun|pistol|rifle|knife|machete) .{0,80}(caption|know who you are|watch out|tomorrow|you ll see|last day)| (going to|gonna|will|ll|wants to|threatened to|threatens to|threatening to) (kill|stab|shoot|hurt|beat up|attack|bomb|blow up|get) (you|him|her|them|me|us|the|a|our|my|his|everyone)| shoot up (the|our|this) school| (bring|bringing|brings) a (gun|knife|weapon|bomb) (to|into) (school|class)| bomb (threat|in (the|our) school)| (you|he|she|they) (are|re|is|s|will be|ll be) dead (after|tomorrow|tonight|on)| (knows|know) where (i|you|she|he|we) (live|lives|sleep)| (won t|will not) be safe) ", Options)]
    private static partial Regex EnglishViolentThreat();

    [GeneratedRegex(@" keeps (creating|making|opening|setting up) new (accounts|profiles|numbers)| (new|different|another) (account|accounts|number|numbers|profile) (every|each) time .{0,30}block| (even )?after (i|she|he|they|we) (blocked|block)| (tracks|tracking|follows|following|shares|sharing) (her|his|my) (live )?location| turns up (wherever|at (my|her|his) (house|home|work))| (waiting|waits) for (me|her|him) outside| (describing|describes|knows|knew) what (i|she|he) (was|is|were) wearing| (dozens|hundreds|tens) of messages (a|per|every) (day|night)", Options)]
    private static partial Regex EnglishStalkingBehaviour();

    [GeneratedRegex(@" hate (page|account|group)| (made|created|set up|started|making) (a|an) (group chat|group|page|account|instagram account|tiktok account|meme page) (called|named|to mock|mocking|about (a|her|him|me|my))", Options)]
    private static partial Regex EnglishMockingPage();

    [GeneratedRegex(@" (what is|what s|what are|what does|what do (the|you) (law|rules)|difference between|signs that|how do (i|we|you) (teach|explain|recognise|recognize|prevent|talk to (my|the|a) class|start)|how can (i|we) (teach|explain|prevent|recognise|recognize)|(a|the) lesson (about|on)|lesson ideas|school policy|our policy|in general|last year|staff meeting|information evening|is it (a crime|illegal|legal|okay|ok)|hypothetically) ", Options)]
    private static partial Regex EnglishInformational();
}
