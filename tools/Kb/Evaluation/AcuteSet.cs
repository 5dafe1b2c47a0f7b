using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafetyBot.Kb.Evaluation;

/// <summary>
/// A set of acute and ordinary messages written blind (<c>messages:</c> with <c>kind: acute|ordinary</c>,
/// <c>type</c>, <c>text</c>): each acute message names the incident it describes, each ordinary one the
/// topic it merely touches.
/// </summary>
public sealed class AcuteSet
{
    public List<AcuteMessage> Messages { get; set; } = [];

    public static AcuteSet Load(string path) => Parse(File.ReadAllText(path));

    public static AcuteSet Parse(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<AcuteSet>(yaml) ?? new AcuteSet();
}
