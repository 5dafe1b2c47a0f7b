using System.Text.Json.Nodes;

namespace SafetyBot.Cards;

/// <summary>
/// The Adaptive Card 1.5 elements SafetyBot uses, as JSON nodes. Only semantic colours and styles,
/// so cards read well in Teams' light, dark and high-contrast themes.
/// </summary>
public static class AdaptiveCard
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = new JsonArray([.. body.Where(e => e is not null)]),
        };

        var actionList = actions?.Where(a => a is not null).ToArray();
        if (actionList is { Length: > 0 })
        {
            card["actions"] = new JsonArray(actionList);
        }

        return card;
    }

    public static JsonObject Text(
        string text,
        string? size = null,
        string? weight = null,
        string? color = null,
        bool isSubtle = false,
        bool wrap = true,
        string? style = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        if (style is not null)
        {
            block["style"] = style;
        }

        return block;
    }

    public static JsonObject Heading(string text) => Text(text, size: "Large", weight: "Bolder", style: "heading");

    public static JsonObject Subheading(string text) => Text(text, size: "Medium", weight: "Bolder");

    public static JsonObject Container(IEnumerable<JsonNode?> items, string? style = null, bool separator = false, string? spacing = null)
    {
        var container = new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray([.. items.Where(i => i is not null)]),
        };
        if (style is not null)
        {
            container["style"] = style;
        }

        if (separator)
        {
            container["separator"] = true;
        }

        if (spacing is not null)
        {
            container["spacing"] = spacing;
        }

        return container;
    }

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    /// <summary>A bulleted or numbered list as one wrapped TextBlock (Markdown lists render in Teams).</summary>
    public static JsonObject List(IEnumerable<string> items, bool numbered = false)
    {
        var lines = items.Select((item, i) => numbered ? $"{i + 1}. {item}" : $"- {item}");
        return Text(string.Join("\r", lines));
    }

    public static JsonObject ActionSet(IEnumerable<JsonNode?> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions.Where(a => a is not null)]),
    };

    /// <summary>Action.Execute: arrives as an <c>adaptiveCard/action</c> invoke with this verb and data.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data ?? new JsonObject(),
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    /// <summary>A button that sends its text as if the user typed it (Teams' imBack).</summary>
    public static JsonObject ImBack(string title, string text) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text },
        },
    };

    public static JsonObject OpenUrl(string title, string url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url,
    };

    public static JsonObject ShowCard(string title, JsonObject card) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = card,
    };
}
