using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Incident;

/// <summary>Recognises the incident types of docs/design.md ("Incidents") in a teacher's message.</summary>
public interface IIncidentDetector
{
    IncidentType? Detect(string text);
}
