using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SafetyBot.UnitTests.Cards;

/// <summary>The official schemas in ../shared/schemas (beside the repository; SAFETYBOT_SCHEMAS overrides).</summary>
public static class SharedSchemas
{
    private static readonly Lazy<JsonSchema> AdaptiveCard15 = new(() =>
        JsonSchema.FromFile(Path.Combine(Root(), "adaptive-cards", "1.5.0", "adaptive-card.json")));

    public static string Root()
    {
        var schemas = RepositoryPaths.Schemas;
        return Directory.Exists(schemas) ? schemas : throw new DirectoryNotFoundException("The official schemas (../shared/schemas beside the repository) were not found; set SAFETYBOT_SCHEMAS.");
    }

    /// <summary>Validates a card against the Adaptive Card 1.5 schema; returns the errors (none when valid).</summary>
    public static IReadOnlyList<string> ValidateCard(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();

        // Teams' card-level msteams property is not in the schema (see the schemas README).
        copy.Remove("msteams");
        using var document = JsonDocument.Parse(copy.ToJsonString());
        var result = AdaptiveCard15.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToList();
    }
}
