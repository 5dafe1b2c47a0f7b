using System.Reflection;
using SafetyBot.Knowledge.Content;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafetyBot.Knowledge.Signals;

/// <summary>One labelled training message: a teacher's message and its incident type code, or "none".</summary>
public sealed class IncidentTrainingItem
{
    public string Text { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
}

/// <summary>
/// The bundled training messages of the incident model (<c>Knowledge/Signals/training/*.yml</c>, embedded
/// resources). Written for the model only, never from an evaluation set, so the sets stay a fair test.
/// </summary>
public static class IncidentTrainingData
{
    public const string None = "none";

    private const string Prefix = "signals/training/";

    /// <summary>The bundled messages with their types (null: no incident); a bad entry stops the build of the model.</summary>
    public static IReadOnlyList<(string Text, IncidentType? Type)> Bundled()
    {
        var assembly = typeof(IncidentTrainingData).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(name => Parse(Read(assembly, name), name))
            .ToList();
    }

    public static IEnumerable<(string Text, IncidentType? Type)> Parse(string yaml, string origin)
    {
        var items = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<IncidentTrainingItem>>(yaml) ?? [];
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item.Text))
            {
                throw new InvalidDataException($"{origin}: a training message without text");
            }

            if (item.Type == None)
            {
                yield return (item.Text, null);
            }
            else
            {
                yield return (item.Text, IncidentTypes.TryParse(item.Type) ?? throw new InvalidDataException($"{origin}: '{item.Type}' is not an incident type or '{None}'"));
            }
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
