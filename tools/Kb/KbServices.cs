using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.Kb;

internal static class KbServices
{
    /// <summary>The same incident classifier the bot runs before retrieval.</summary>
    public static Func<string, IncidentType?> IncidentClassifier()
    {
        var classifier = new IncidentClassifier();
        return text => classifier.Classify(text)?.Type;
    }
}
