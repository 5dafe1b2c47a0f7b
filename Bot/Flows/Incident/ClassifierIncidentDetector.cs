using SafetyBot.Knowledge.Signals;

namespace SafetyBot.Bot.Flows.Incident;

/// <summary>The Knowledge incident classifier behind the Incident flow.</summary>
public sealed class ClassifierIncidentDetector : IIncidentDetector
{
    private readonly IncidentClassifier classifier = new();

    public IncidentSignal? Detect(string text) => classifier.Classify(text);
}
