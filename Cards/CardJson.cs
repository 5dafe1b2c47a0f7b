using System.Text.Json;

namespace SafetyBot.Cards;

internal static class CardJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        MaxDepth = 16,
    };
}
