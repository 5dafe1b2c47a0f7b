using SafetyBot.Knowledge.Signals;

namespace SafetyBot.Bot.Flows.Incident;

/// <summary>Recognises the incident types of docs/design.md ("Incidents") in a teacher's message.</summary>
public interface IIncidentDetector
{
    /// <summary>The incident whose plan leads, with any other that applies too; null for an ordinary message.</summary>
    IncidentSignal? Detect(string text);
}
