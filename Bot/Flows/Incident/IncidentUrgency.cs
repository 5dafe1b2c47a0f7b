using SafetyBot.Bot.Channel;

namespace SafetyBot.Bot.Flows.Incident;

/// <summary>A message the incident classifier recognises as acute runs past the global concurrency cap.</summary>
public sealed class IncidentUrgency(IIncidentDetector detector) : IUrgentTurn
{
    public bool IsUrgent(Activity activity) =>
        activity.IsType(ActivityTypes.Message)
        && MentionText.Strip(activity.Text) is { Length: > 0 } text
        && detector.Detect(text) is not null;
}
