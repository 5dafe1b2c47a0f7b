using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>"Vergeet mij": a confirm card first, then the confirmation in place.</summary>
public static class ForgetMeCard
{
    public const string ForgetVerb = "privacy.forget";

    public static JsonObject Confirm() => Card(
        [Subheading(CardStrings.ForgetTitle), Text(CardStrings.ForgetBody)],
        [Execute(CardStrings.ForgetConfirm, ForgetVerb, new JsonObject { ["confirm"] = true }, style: "destructive")]);

    public static JsonObject Done() => Card([Text(CardStrings.ForgetDone, color: "Good", weight: "Bolder")]);
}
