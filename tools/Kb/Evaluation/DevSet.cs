using SafetyBot.Knowledge.Content;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafetyBot.Kb.Evaluation;

/// <summary>One question of the development set: answerable (expected articles), off-topic, or an incident.</summary>
public sealed class DevSetItem
{
    public string Q { get; set; } = string.Empty;
    public List<string>? Expect { get; set; }
    public bool Offtopic { get; set; }
    public string? Incident { get; set; }
    public string? Audience { get; set; }

    public Audience AskerAudience => AudienceCodes.TryParse(Audience) ?? SafetyBot.Knowledge.Content.Audience.All;

    public bool IsAnswerable => Expect is { Count: > 0 };
}

public static class DevSet
{
    public static IReadOnlyList<DevSetItem> Load(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<DevSetItem> Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<List<DevSetItem>>(yaml) ?? [];
    }

    /// <summary>The set in the source tree (tests/eval/devset.yml), found upwards from a directory.</summary>
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "eval", "devset.yml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
