using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyBot.Bot.Channel;

/// <summary>The one JSON configuration for the wire: camelCase, lenient on case, strict on shape.</summary>
public static class ChannelJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
