using SafetyBot.Knowledge.Content;

namespace SafetyBot.Kb;

internal static class KbServices
{
    public static Func<string, IncidentType?> IncidentClassifier() => _ => null;
}
