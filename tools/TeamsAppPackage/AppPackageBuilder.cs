using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SafetyBot.TeamsAppPackage;

/// <summary>
/// Fills the manifest templates, validates manifest, localization files and icons, and only then writes the
/// zip (manifest.json, localization files, icons at the root).
/// </summary>
public static partial class AppPackageBuilder
{
    public const string ManifestFile = "manifest.json";

    /// <summary>Returns the problems found; when there are none the package has been written.</summary>
    public static IReadOnlyList<string> Build(PackageSettings settings, TextWriter log)
    {
        var problems = new List<string>();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var schemas = new TeamsSchemas(settings.SchemasDirectory);

        var manifest = ReadTemplate(settings, ManifestFile, problems);
        if (manifest is null)
        {
            return problems;
        }

        var manifestVersion = manifest["manifestVersion"]?.GetValue<string>() ?? string.Empty;
        problems.AddRange(schemas.Validate(manifest, manifestVersion, TeamsSchemas.ManifestSchemaFile).Select(e => $"{ManifestFile}: {e}"));
        problems.AddRange(CheckFilledIn(manifest, settings));
        files[ManifestFile] = Serialize(manifest);

        foreach (var languageFile in LocalizationFiles(manifest))
        {
            var localization = ReadTemplate(settings, languageFile, problems);
            if (localization is null)
            {
                continue;
            }

            problems.AddRange(schemas.Validate(localization, manifestVersion, TeamsSchemas.LocalizationSchemaFile).Select(e => $"{languageFile}: {e}"));
            problems.AddRange(CheckKeysExist(localization, manifest).Select(e => $"{languageFile}: {e}"));
            files[languageFile] = Serialize(localization);
        }

        var colorIcon = ReadFile(settings, manifest["icons"]?["color"]?.GetValue<string>(), "icons.color", problems);
        if (colorIcon is not null)
        {
            problems.AddRange(IconRequirements.CheckColor(colorIcon.Value.Name, colorIcon.Value.Bytes));
            files[colorIcon.Value.Name] = colorIcon.Value.Bytes;
        }

        var outlineIcon = ReadFile(settings, manifest["icons"]?["outline"]?.GetValue<string>(), "icons.outline", problems);
        if (outlineIcon is not null)
        {
            problems.AddRange(IconRequirements.CheckOutline(outlineIcon.Value.Name, outlineIcon.Value.Bytes));
            files[outlineIcon.Value.Name] = outlineIcon.Value.Bytes;
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        WriteZip(settings.Output, files);
        log.WriteLine($"wrote {settings.Output}: manifest {manifestVersion}, app version {settings.AppVersion}, bot {settings.MicrosoftAppId} at {settings.BotDomain}");
        log.WriteLine($"  contents: {string.Join(", ", files.Keys)}");
        return [];
    }

    private static JsonNode? ReadTemplate(PackageSettings settings, string name, List<string> problems)
    {
        var file = ReadFile(settings, name, name, problems);
        if (file is null)
        {
            return null;
        }

        var text = System.Text.Encoding.UTF8.GetString(file.Value.Bytes).TrimStart('\uFEFF');
        foreach (var (placeholder, value) in settings.Placeholders)
        {
            // JSON-escaped so a value can never change the document's structure.
            var escaped = JsonSerializer.Serialize(value)[1..^1];
            text = text.Replace("${{" + placeholder + "}}", escaped, StringComparison.Ordinal);
        }

        var left = Placeholder().Match(text);
        if (left.Success)
        {
            problems.Add($"{name}: unknown placeholder {left.Value}");
            return null;
        }

        try
        {
            return JsonNode.Parse(text) ?? throw new JsonException("empty document");
        }
        catch (JsonException e)
        {
            problems.Add($"{name}: not valid JSON: {e.Message}");
            return null;
        }
    }

    private static (string Name, byte[] Bytes)? ReadFile(PackageSettings settings, string? name, string what, List<string> problems)
    {
        if (string.IsNullOrEmpty(name))
        {
            problems.Add($"{ManifestFile}: {what} is missing");
            return null;
        }

        if (name != Path.GetFileName(name))
        {
            problems.Add($"{what}: '{name}' must be a plain file name (everything sits at the root of the package)");
            return null;
        }

        var path = Path.Combine(settings.ManifestDirectory, name);
        if (!File.Exists(path))
        {
            problems.Add($"{what}: {path} not found");
            return null;
        }

        return (name, File.ReadAllBytes(path));
    }

    private static IEnumerable<string> LocalizationFiles(JsonNode manifest)
    {
        var info = manifest["localizationInfo"];
        if (info?["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
        {
            yield return defaultFile;
        }

        foreach (var language in info?["additionalLanguages"]?.AsArray() ?? [])
        {
            if (language?["file"]?.GetValue<string>() is { } file)
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<string> CheckFilledIn(JsonNode manifest, PackageSettings settings)
    {
        var bots = manifest["bots"]?.AsArray() ?? [];
        if (bots.Count != 1 || bots[0]?["botId"]?.GetValue<string>() != settings.MicrosoftAppId)
        {
            yield return $"{ManifestFile}: bots[0].botId must be the app id {settings.MicrosoftAppId}";
        }

        var domains = manifest["validDomains"]?.AsArray().Select(d => d?.GetValue<string>()) ?? [];
        if (!domains.Contains(settings.BotDomain))
        {
            yield return $"{ManifestFile}: validDomains must contain {settings.BotDomain}";
        }
    }

    /// <summary>Every localized key (e.g. <c>bots[0].commandLists[1].commands[2].title</c>) must name a value of the manifest.</summary>
    private static IEnumerable<string> CheckKeysExist(JsonNode localization, JsonNode manifest)
    {
        foreach (var (key, _) in localization.AsObject())
        {
            if (key is "$schema" or "localizationKeys")
            {
                continue;
            }

            var node = manifest;
            foreach (var segment in key.Split('.'))
            {
                var match = PathSegment().Match(segment);
                if (!match.Success)
                {
                    node = null;
                    break;
                }

                node = node?[match.Groups["name"].Value];
                foreach (Capture index in match.Groups["index"].Captures)
                {
                    var i = int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture);
                    node = node is JsonArray array && i < array.Count ? array[i] : null;
                }
            }

            if (node is null)
            {
                yield return $"'{key}' has no counterpart in {ManifestFile}";
            }
        }
    }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static byte[] Serialize(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Indented);

    private static void WriteZip(string output, Dictionary<string, byte[]> files)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(output)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
            {
                foreach (var (name, bytes) in files)
                {
                    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                    using var stream = entry.Open();
                    stream.Write(bytes);
                }
            }

            File.Move(temporary, output, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)(\[(?<index>[0-9]+)\])*$")]
    private static partial Regex PathSegment();
}
