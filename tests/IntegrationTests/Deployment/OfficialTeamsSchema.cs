using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SafetyBot.IntegrationTests.Deployment;

/// <summary>Validates against the official Teams schema files of a manifest version (../shared/schemas/teams/v&lt;version&gt;).</summary>
public static class OfficialTeamsSchema
{
    public static IReadOnlyList<string> Validate(JsonNode document, string manifestVersion, string schemaFile)
    {
        var path = Path.Combine(RepositoryPaths.Schemas, "teams", $"v{manifestVersion}", schemaFile);
        Assert.True(File.Exists(path), $"no official schema at {path}");

        // Declared draft-04 but written with draft-06's `const`; JsonSchema.Net reads it as draft-06
        // (see ../shared/schemas/README.md). Only the in-memory copy changes.
        var schemaNode = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        schemaNode["$schema"] = "http://json-schema.org/draft-06/schema#";
        var schemaElement = JsonDocument.Parse(schemaNode.ToJsonString()).RootElement.Clone();
        var schema = JsonSchema.Build(schemaElement, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"file:///schemas/{manifestVersion}/{schemaFile}"));

        using var instance = JsonDocument.Parse(document.ToJsonString());
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid (no details)")
                .ToList();
    }
}
