using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SafetyBot.TeamsAppPackage;

/// <summary>
/// The official Teams manifest and localization schemas from a local copy (../shared/schemas/teams/v&lt;version&gt;/),
/// so validation runs offline.
/// </summary>
public sealed class TeamsSchemas(string schemasDirectory)
{
    public const string ManifestSchemaFile = "MicrosoftTeams.schema.json";
    public const string LocalizationSchemaFile = "MicrosoftTeams.Localization.schema.json";

    public string VersionDirectory(string manifestVersion) =>
        Path.Combine(schemasDirectory, "teams", $"v{manifestVersion}");

    /// <summary>Validates a document; returns the errors, none when valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode document, string manifestVersion, string schemaFile)
    {
        var path = Path.Combine(VersionDirectory(manifestVersion), schemaFile);
        if (!File.Exists(path))
        {
            return [$"schema {path} not found: set SAFETYBOT_SCHEMAS or --schemas to a folder with teams/v{manifestVersion}/{schemaFile} (see docs/deploy.md)"];
        }

        var schema = Load(path);
        using var instance = JsonDocument.Parse(document.ToJsonString());
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {Explain(e.Value)}"))
            .Distinct()
            .DefaultIfEmpty("invalid (the validator gave no details)")
            .ToList();
    }

    // additionalProperties: false reports as a failed `false` schema, which says little to an admin.
    private static string Explain(string error) =>
        error.Contains("false schema", StringComparison.Ordinal) ? "not allowed here (the schema does not know this property)" : error;

    private static JsonSchema Load(string path)
    {
        // The Teams schemas declare draft-04 but use draft-06's `const`; JsonSchema.Net has no draft-04
        // dialect, so they are read as draft-06 (see ../shared/schemas/README.md). The file is not changed.
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-06/schema#";
        // The built schema keeps pointing into the element, so it gets a copy that outlives the document.
        using var document = JsonDocument.Parse(node.ToJsonString());
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(document.RootElement.Clone(), options, new Uri(Path.GetFullPath(path)));
    }
}
