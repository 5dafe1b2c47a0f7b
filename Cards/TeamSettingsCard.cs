using System.Globalization;
using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>What the team's settings card shows and lets an admin change.</summary>
public sealed record TeamSettingsView(
    int Day,
    string Time,
    string? Region,
    IReadOnlyList<string> Audience,
    bool Paused,
    bool CanEdit,
    string? Notice = null,
    bool NoticeIsError = false);

/// <summary>"@SafetyBot instellingen": when the weekly card comes, for which school type, and a pause.</summary>
public static class TeamSettingsCard
{
    public const string SaveVerb = "settings.save";

    /// <summary>The region choice that means "as set for the school" (a choice's value may not be empty).</summary>
    public const string DefaultRegion = "school";

    public static readonly IReadOnlyList<string> DayNames = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"];

    public static JsonObject Build(TeamSettingsView view)
    {
        var body = new List<JsonNode?>
        {
            Heading(CardStrings.SettingsTitle),
            Text(CardStrings.SettingsIntro),
        };

        if (view.Notice is not null)
        {
            body.Add(Text(view.Notice, color: view.NoticeIsError ? "Attention" : "Good", weight: "Bolder"));
        }

        if (!view.CanEdit)
        {
            body.Add(FactSet(
            [
                (CardStrings.SettingsDay, $"{DayNames[Math.Clamp(view.Day, 1, 5) - 1]} {view.Time}"),
                (CardStrings.SettingsRegion, view.Region ?? CardStrings.SettingsRegionDefault),
                (CardStrings.SettingsAudience, view.Audience.Count == 0 ? CardStrings.SettingsAudienceAll : string.Join(", ", view.Audience)),
                (CardStrings.SettingsPaused, view.Paused ? "ja" : "nee"),
            ]));
            body.Add(Text(CardStrings.SettingsAdminsOnly, isSubtle: true));
            return Card(body);
        }

        body.Add(Choice("day", CardStrings.SettingsDay, DayNames.Select((d, i) => (Title: Capitalise(d), Value: (i + 1).ToString(CultureInfo.InvariantCulture))), view.Day.ToString(CultureInfo.InvariantCulture)));
        body.Add(new JsonObject { ["type"] = "Input.Time", ["id"] = "time", ["label"] = CardStrings.SettingsTime, ["value"] = view.Time, ["isRequired"] = true, ["errorMessage"] = CardStrings.SettingsTimeError });
        body.Add(Choice("region", CardStrings.SettingsRegion, [(CardStrings.SettingsRegionDefault, DefaultRegion), ("Noord", "noord"), ("Midden", "midden"), ("Zuid", "zuid")], view.Region ?? DefaultRegion));
        var audience = Choice("audience", CardStrings.SettingsAudience, [("Primair onderwijs (po)", "po"), ("Voortgezet onderwijs (vo)", "vo"), ("Mbo", "mbo")], string.Join(',', view.Audience));
        audience["isMultiSelect"] = true;
        audience["style"] = "expanded";
        body.Add(audience);
        body.Add(new JsonObject { ["type"] = "Input.Toggle", ["id"] = "paused", ["title"] = CardStrings.SettingsPause, ["value"] = view.Paused ? "true" : "false", ["valueOn"] = "true", ["valueOff"] = "false" });
        return Card(body, [Execute(CardStrings.SettingsSave, SaveVerb, style: "positive")]);
    }

    private static JsonObject Choice(string id, string label, IEnumerable<(string Title, string Value)> choices, string value) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["value"] = value,
        ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
    };

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
