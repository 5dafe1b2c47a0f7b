using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>
/// What the weekly card shows. The shared view (everyone) has <see cref="MyVote"/> null; a voter's own
/// view has it set. <see cref="Tally"/> is null until someone chose "Toon uitslag"; until
/// <see cref="RevealMinimum"/> colleagues voted, the card says from how many votes the result shows.
/// </summary>
public sealed record WeeklyCardView(
    string Week,
    string DilemmaId,
    string Title,
    string Situation,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> Questions,
    string Background,
    int Voters,
    IReadOnlyList<int>? Tally = null,
    int? MyVote = null,
    IReadOnlyList<string>? RefreshUserIds = null,
    bool ManualRefresh = false,
    string? Notice = null,
    int RevealMinimum = 0);

/// <summary>The weekly discussion card: the dilemma, an anonymous vote, prompts for the team meeting, the tally.</summary>
public static class WeeklyCard
{
    public const string VoteVerb = "weekly.vote";
    public const string RevealVerb = "weekly.reveal";
    public const string RefreshVerb = "weekly.refresh";
    public const string OptionInput = "option";

    /// <summary>Teams gives per-user views through <c>refresh.userIds</c> for at most this many users.</summary>
    public const int MaxRefreshUsers = 60;

    public static JsonObject Build(WeeklyCardView view)
    {
        var data = Data(view);
        var body = new List<JsonNode?>
        {
            Text(string.Format(CultureInfo.InvariantCulture, CardStrings.WeeklyLabel, WeekNumber(view.Week)), size: "Small", isSubtle: true),
            Heading(view.Title),
            Text(view.Situation),
            Subheading(CardStrings.WeeklyOptions),
        };

        if (view.MyVote is { } mine && mine >= 1 && mine <= view.Options.Count)
        {
            body.Add(Text(string.Format(CultureInfo.InvariantCulture, CardStrings.WeeklyYouVoted, view.Options[mine - 1]), color: "Good", weight: "Bolder"));
        }

        if (view.Tally is { } tally)
        {
            body.Add(Text(CardStrings.WeeklyResult, weight: "Bolder"));
            body.Add(List(view.Options.Select((option, i) => $"**{Votes(i < tally.Count ? tally[i] : 0)}** · {option}")));
        }

        var choice = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = OptionInput,
            ["style"] = "expanded",
            ["label"] = CardStrings.WeeklyChoose,
            ["isRequired"] = true,
            ["errorMessage"] = CardStrings.WeeklyChooseError,
            ["choices"] = new JsonArray([.. view.Options.Select((option, i) => (JsonNode)new JsonObject
            {
                ["title"] = option,
                ["value"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            })]),
        };
        if (view.MyVote is { } chosen)
        {
            choice["value"] = chosen.ToString(CultureInfo.InvariantCulture);
        }

        body.Add(choice);
        body.Add(ActionSet([Execute(view.MyVote is null ? CardStrings.WeeklyVote : CardStrings.WeeklyChangeVote, VoteVerb, data.DeepClone().AsObject(), style: "positive")]));
        body.Add(Text(VotersLine(view.Voters) + " " + CardStrings.WeeklyAnonymous, size: "Small", isSubtle: true));
        if (view.Tally is null && view.Voters < view.RevealMinimum)
        {
            body.Add(Text(string.Format(CultureInfo.InvariantCulture, CardStrings.WeeklyRevealFrom, view.RevealMinimum), size: "Small", isSubtle: true));
        }

        if (view.Notice is not null)
        {
            body.Add(Text(view.Notice, color: "Attention"));
        }

        body.Add(Container([Subheading(CardStrings.WeeklyDiscuss), List(view.Questions, numbered: true)], separator: true, spacing: "Medium"));
        body.Add(Container([Subheading(CardStrings.WeeklyBackground), Text(view.Background)], spacing: "Medium"));

        var actions = new List<JsonNode?>();
        if (view.Tally is null)
        {
            actions.Add(Execute(CardStrings.WeeklyReveal, RevealVerb, data.DeepClone().AsObject()));
        }

        if (view.ManualRefresh)
        {
            actions.Add(Execute(CardStrings.WeeklyRefresh, RefreshVerb, data.DeepClone().AsObject()));
        }

        var card = Card(body, actions);
        if (view.RefreshUserIds is { Count: > 0 } users)
        {
            card["refresh"] = new JsonObject
            {
                ["action"] = Execute(CardStrings.WeeklyRefresh, RefreshVerb, data.DeepClone().AsObject()),
                ["userIds"] = new JsonArray([.. users.Take(MaxRefreshUsers).Select(u => (JsonNode)JsonValue.Create(u))]),
            };
        }

        return card;
    }

    /// <summary>Which card an action came from: its week and dilemma; null when the data is not a weekly card's.</summary>
    public static (string Week, string DilemmaId)? ReadKey(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("week", out var week) || week.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("dilemma", out var dilemma) || dilemma.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var weekText = week.GetString()!;
        var dilemmaText = dilemma.GetString()!;
        return weekText.Length is > 0 and <= 16 && dilemmaText.Length is > 0 and <= 120 ? (weekText, dilemmaText) : null;
    }

    /// <summary>The chosen option (1-based) from the action data, or null when it is missing or not a number.</summary>
    public static int? ReadOption(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(OptionInput, out var option))
        {
            return null;
        }

        return option.ValueKind switch
        {
            JsonValueKind.Number when option.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(option.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    public static string VotersLine(int voters) => voters switch
    {
        0 => CardStrings.WeeklyNoVotes,
        1 => CardStrings.WeeklyOneVote,
        _ => string.Format(CultureInfo.InvariantCulture, CardStrings.WeeklyVotes, voters),
    };

    private static string Votes(int count) => count == 1 ? "1 stem" : $"{count} stemmen";

    private static string WeekNumber(string isoWeek)
    {
        var dash = isoWeek.IndexOf("-W", StringComparison.Ordinal);
        return dash >= 0 ? isoWeek[(dash + 2)..].TrimStart('0') : isoWeek;
    }

    private static JsonObject Data(WeeklyCardView view) => new() { ["week"] = view.Week, ["dilemma"] = view.DilemmaId };
}
