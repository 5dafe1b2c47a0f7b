using System.Text.Json.Nodes;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>Finding things in a card's JSON: every object in it, depth first.</summary>
public static class CardJson
{
    public static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is JsonObject obj)
            {
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).Where(v => v is not null).Reverse())
                {
                    pending.Push(child!);
                }
            }
            else if (current is JsonArray array)
            {
                foreach (var item in array.Where(i => i is not null).Reverse())
                {
                    pending.Push(item!);
                }
            }
        }
    }

    /// <summary>All the text a card shows (TextBlocks, choice titles, facts, button titles), joined by newlines.</summary>
    public static string Text(JsonNode card) => string.Join('\n', Descendants(card)
        .SelectMany(o => new[] { o["text"], o["title"], o["type"] is null && o["title"] is not null ? o["value"] : null })
        .OfType<JsonValue>()
        .Select(v => v.TryGetValue<string>(out var s) ? s : null)
        .OfType<string>());

    /// <summary>The card of an invoke response body (<c>{statusCode, type, value}</c>).</summary>
    public static JsonObject InvokeCard(JsonObject body) => body["value"]!.AsObject();
}
